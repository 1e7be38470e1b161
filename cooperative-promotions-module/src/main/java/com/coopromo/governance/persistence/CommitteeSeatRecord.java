package com.coopromo.governance.persistence;

import com.coopromo.common.persistence.CoopIdGenerator;
import com.coopromo.governance.domain.CommitteeMember;
import com.coopromo.seller.domain.SellerSegment;
import org.hibernate.annotations.GenericGenerator;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Table;
import java.io.Serializable;

/** One seat of a committee, at its place in the rotation order (0-based). */
@Entity
@Table(name = "COOP_COMMITTEE_MEMBER")
public class CommitteeSeatRecord implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "CoopCommitteeMemberId")
    @GenericGenerator(name = "CoopCommitteeMemberId", strategy = CoopIdGenerator.STRATEGY)
    @Column(name = "SEAT_ID")
    protected Long id;

    @Column(name = "COMMITTEE_ID", nullable = false)
    protected Long committeeId;

    @Column(name = "MEMBER_ID", nullable = false, length = 64)
    protected String memberId;

    @Column(name = "ROTATION_ORDER", nullable = false)
    protected Integer rotationOrder;

    @Column(name = "MARKETER", nullable = false)
    protected Boolean marketer;

    @Column(name = "SELLER_ID")
    protected Long sellerId;

    /** The seller's segment when the seat was given, so the committee's balance is judged as it was set up. */
    @Column(name = "SEGMENT", length = 16)
    protected String segment;

    protected CommitteeSeatRecord() {
    }

    public CommitteeSeatRecord(long committeeId, int rotationOrder, CommitteeMember member) {
        this.committeeId = committeeId;
        this.rotationOrder = rotationOrder;
        this.memberId = member.id();
        this.marketer = member.isPlatformMarketer();
        this.sellerId = member.sellerId();
        this.segment = member.segment() == null ? null : member.segment().name();
    }

    public Long getId() {
        return id;
    }

    public long getCommitteeId() {
        return committeeId;
    }

    public int getRotationOrder() {
        return rotationOrder;
    }

    public CommitteeMember toMember() {
        return Boolean.TRUE.equals(marketer)
                ? CommitteeMember.platformMarketer(memberId)
                : CommitteeMember.seller(memberId, SellerSegment.valueOf(segment), sellerId);
    }
}
