package com.coopromo.governance.persistence;

import com.coopromo.common.persistence.CoopIdGenerator;
import com.coopromo.common.persistence.StoredValues;
import com.coopromo.governance.domain.Vote;
import com.coopromo.governance.domain.VoteChoice;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Immutable;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import java.io.Serializable;
import java.util.Date;

/** A vote that counted when it was cast. Never changed: a member votes once ({@code UK_COOP_VOTE_MEMBER}). */
@Entity
@Immutable
@Table(name = "COOP_VOTE")
public class VoteRecord implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "CoopVoteId")
    @GenericGenerator(name = "CoopVoteId", strategy = CoopIdGenerator.STRATEGY)
    @Column(name = "VOTE_ID")
    protected Long id;

    @Column(name = "DECISION_ID", nullable = false)
    protected Long decisionId;

    @Column(name = "MEMBER_ID", nullable = false, length = 64)
    protected String memberId;

    @Column(name = "CHOICE", nullable = false, length = 16)
    protected String choice;

    @Column(name = "VOTE_COMMENT", length = 2000)
    protected String comment;

    @Column(name = "CAST_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date castAt;

    protected VoteRecord() {
    }

    public VoteRecord(long decisionId, Vote vote) {
        this.decisionId = decisionId;
        this.memberId = vote.voterId();
        this.choice = vote.choice().name();
        this.comment = vote.comment();
        this.castAt = StoredValues.instant(vote.castAt());
    }

    public Long getId() {
        return id;
    }

    public long getDecisionId() {
        return decisionId;
    }

    public Vote toVote() {
        return new Vote(memberId, VoteChoice.valueOf(choice), comment, StoredValues.instant(castAt));
    }
}
