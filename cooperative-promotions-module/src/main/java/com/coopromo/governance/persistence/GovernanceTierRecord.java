package com.coopromo.governance.persistence;

import com.coopromo.campaign.domain.CampaignTier;
import com.coopromo.common.persistence.StoredValues;
import com.coopromo.governance.domain.CommitteeRole;
import com.coopromo.governance.domain.Overruler;
import com.coopromo.governance.domain.QuorumRule;
import com.coopromo.governance.domain.TierRights;
import com.coopromo.governance.domain.TierTimings;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/** The admin's decision rights and timings for one tier, replacing the defaults for decisions opened afterwards. */
@Entity
@Table(name = "COOP_GOVERNANCE_TIER")
public class GovernanceTierRecord implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "TIER", length = 16)
    protected String tier;

    @Column(name = "APPROVERS", nullable = false, length = 64)
    protected String approvers;

    @Column(name = "REJECTERS", nullable = false, length = 64)
    protected String rejecters;

    @Column(name = "OVERRULERS", nullable = false, length = 64)
    protected String overrulers;

    @Column(name = "QUORUM_BALLOTS")
    protected Integer quorumBallots;

    @Column(name = "QUORUM_APPROVALS")
    protected Integer quorumApprovals;

    @Column(name = "QUORUM_REJECTIONS")
    protected Integer quorumRejections;

    @Column(name = "VOTING_WINDOW", nullable = false, length = 32)
    protected String votingWindow;

    @Column(name = "DECISION_DEADLINE", nullable = false, length = 32)
    protected String decisionDeadline;

    @Column(name = "APPEAL_WINDOW", nullable = false, length = 32)
    protected String appealWindow;

    @Column(name = "ESCALATION_PATH", nullable = false)
    protected String escalationPath;

    @Column(name = "UPDATED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date updatedAt;

    @Column(name = "UPDATED_BY", nullable = false)
    protected String updatedBy;

    protected GovernanceTierRecord() {
    }

    public GovernanceTierRecord(CampaignTier tier) {
        this.tier = tier.name();
    }

    public CampaignTier getTier() {
        return CampaignTier.valueOf(tier);
    }

    public void set(TierRights rights, TierTimings timings, Instant at, String by) {
        approvers = StoredValues.names(rights.approvers());
        rejecters = StoredValues.names(rights.rejecters());
        overrulers = StoredValues.names(rights.overrulers());
        quorumBallots = GovernanceCodes.count(rights.quorum().ballots());
        quorumApprovals = GovernanceCodes.count(rights.quorum().approvals());
        quorumRejections = GovernanceCodes.count(rights.quorum().rejections());
        votingWindow = timings.votingWindow().toString();
        decisionDeadline = timings.deadline().toString();
        appealWindow = timings.appealWindow().toString();
        escalationPath = GovernanceCodes.path(timings.path());
        updatedAt = StoredValues.instant(at);
        updatedBy = by;
    }

    public TierRights toRights() {
        return new TierRights(StoredValues.enums(CommitteeRole.class, approvers), StoredValues.enums(CommitteeRole.class, rejecters),
                StoredValues.enums(Overruler.class, overrulers),
                new QuorumRule(GovernanceCodes.threshold(quorumBallots), GovernanceCodes.threshold(quorumApprovals),
                        GovernanceCodes.threshold(quorumRejections)));
    }

    public TierTimings toTimings() {
        return new TierTimings(Duration.parse(votingWindow), Duration.parse(decisionDeadline), Duration.parse(appealWindow),
                GovernanceCodes.path(escalationPath));
    }
}
