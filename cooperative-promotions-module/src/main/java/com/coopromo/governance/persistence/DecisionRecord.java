package com.coopromo.governance.persistence;

import com.coopromo.campaign.domain.CampaignTier;
import com.coopromo.common.persistence.CoopIdGenerator;
import com.coopromo.common.persistence.StoredRows;
import com.coopromo.common.persistence.StoredValues;
import com.coopromo.governance.domain.Adjustment;
import com.coopromo.governance.domain.AdjustmentKind;
import com.coopromo.governance.domain.Committee;
import com.coopromo.governance.domain.CommitteeMember;
import com.coopromo.governance.domain.CommitteeRole;
import com.coopromo.governance.domain.Decision;
import com.coopromo.governance.domain.DecisionKind;
import com.coopromo.governance.domain.DecisionResult;
import com.coopromo.governance.domain.DecisionStatus;
import com.coopromo.governance.domain.Escalation;
import com.coopromo.governance.domain.Overrule;
import com.coopromo.governance.domain.Overruler;
import com.coopromo.governance.domain.TierRights;
import com.coopromo.governance.domain.Voter;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Type;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A decision as opened, with everything the vote runs on copied in (voters and their roles, rights, quorum, window,
 * deadline, escalation path), plus where it stands: the tally's outcome, any overrule and how far it escalated.
 * {@link #toDecision(Committee)} gives back the domain's {@link Decision}.
 */
@Entity
@Table(name = "COOP_DECISION")
public class DecisionRecord implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Still taking votes, waiting for its window to close, or escalated: not yet approved or rejected. */
    public static final String OPEN = "OPEN";
    /** Approved or rejected, by the vote or by an overrule; nothing changes it any more. */
    public static final String DECIDED = "DECIDED";

    @Id
    @GeneratedValue(generator = "CoopDecisionId")
    @GenericGenerator(name = "CoopDecisionId", strategy = CoopIdGenerator.STRATEGY)
    @Column(name = "DECISION_ID")
    protected Long id;

    @Column(name = "COMMITTEE_ID", nullable = false)
    protected Long committeeId;

    @Column(name = "KIND", nullable = false, length = 32)
    protected String kind;

    @Column(name = "SUBJECT_ID", nullable = false)
    protected Long subjectId;

    @Column(name = "CAMPAIGN_ID", nullable = false)
    protected Long campaignId;

    @Column(name = "TIER", nullable = false, length = 16)
    protected String tier;

    @Column(name = "OPENS_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected java.util.Date opensAt;

    @Column(name = "CLOSES_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected java.util.Date closesAt;

    @Column(name = "DEADLINE_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected java.util.Date deadlineAt;

    @Column(name = "STATUS", nullable = false, length = 16)
    protected String status;

    @Column(name = "OUTCOME", nullable = false, length = 16)
    protected String outcome;

    @Column(name = "DECIDED_AT")
    @Temporal(TemporalType.TIMESTAMP)
    protected java.util.Date decidedAt;

    @Column(name = "ESCALATION_LEVEL", nullable = false)
    protected Integer escalationLevel;

    @Column(name = "ESCALATED_TO", length = 16)
    protected String escalatedTo;

    @Column(name = "ESCALATED_AT")
    @Temporal(TemporalType.TIMESTAMP)
    protected java.util.Date escalatedAt;

    @Column(name = "APPEAL_OF")
    protected Long appealOf;

    @Column(name = "REASON", length = 2000)
    protected String reason;

    /** Seller ids, comma-separated. */
    @Column(name = "SELLERS_INVOLVED", length = 1000)
    protected String sellersInvolved;

    /** {@code memberId=ROLE} pairs, comma-separated, in committee order. */
    @Column(name = "VOTERS", nullable = false, length = 2000)
    protected String voters;

    /** Member id and why, one a line ({@link StoredRows}). */
    @Column(name = "EXCLUDED")
    @Type(type = "text")
    protected String excluded;

    @Column(name = "APPROVERS", nullable = false, length = 64)
    protected String approvers;

    @Column(name = "REJECTERS", nullable = false, length = 64)
    protected String rejecters;

    @Column(name = "OVERRULERS", nullable = false, length = 64)
    protected String overrulers;

    @Column(name = "QUORUM", nullable = false, length = 64)
    protected String quorum;

    @Column(name = "ESCALATION_PATH", nullable = false)
    protected String escalationPath;

    @Column(name = "ADJUSTMENT_KIND", length = 32)
    protected String adjustmentKind;

    @Column(name = "ADJUSTMENT_TARGET_ID")
    protected Long adjustmentTargetId;

    @Column(name = "REQUESTING_SELLER_ID")
    protected Long requestingSellerId;

    @Column(name = "OVERRULE_BY", length = 16)
    protected String overruleBy;

    @Column(name = "OVERRULE_ACTOR")
    protected String overruleActor;

    @Column(name = "OVERRULE_OUTCOME", length = 16)
    protected String overruleOutcome;

    @Column(name = "OVERRULE_REASON", length = 2000)
    protected String overruleReason;

    @Column(name = "OVERRULED_AT")
    @Temporal(TemporalType.TIMESTAMP)
    protected java.util.Date overruledAt;

    @Column(name = "OPENED_BY", nullable = false)
    protected String openedBy;

    protected DecisionRecord() {
    }

    /** @param d the decision as the desk opened it (its id is ignored: the record's id is the decision's id) */
    public DecisionRecord(Decision d, long committeeId, long campaignId, String openedBy) {
        this.committeeId = committeeId;
        this.kind = d.kind().name();
        this.subjectId = d.subjectId();
        this.campaignId = campaignId;
        this.tier = d.tier().name();
        this.opensAt = StoredValues.instant(d.opensAt());
        this.closesAt = StoredValues.instant(d.closesAt());
        this.deadlineAt = StoredValues.instant(d.deadline());
        this.status = OPEN;
        this.outcome = DecisionStatus.PENDING.name();
        this.escalationLevel = 0;
        this.appealOf = d.appealOf();
        this.reason = d.reason();
        this.sellersInvolved = joinIds(d.sellersInvolved());
        StringBuilder v = new StringBuilder();
        for (Voter voter : d.voters()) {
            v.append(v.length() == 0 ? "" : ",").append(voter.id()).append('=').append(voter.role().name());
        }
        this.voters = v.toString();
        List<List<String>> rows = new ArrayList<List<String>>();
        for (Map.Entry<String, String> e : d.excluded().entrySet()) {
            rows.add(Arrays.asList(e.getKey(), e.getValue()));
        }
        this.excluded = StoredRows.write(rows);
        TierRights rights = d.rights();
        this.approvers = StoredValues.names(rights.approvers());
        this.rejecters = StoredValues.names(rights.rejecters());
        this.overrulers = StoredValues.names(rights.overrulers());
        this.quorum = GovernanceCodes.quorum(rights.quorum());
        this.escalationPath = GovernanceCodes.path(d.escalationPath());
        if (d.adjustment() != null) {
            this.adjustmentKind = d.adjustment().kind().name();
            this.adjustmentTargetId = d.adjustment().targetId();
            this.requestingSellerId = d.adjustment().requestingSellerId();
        }
        this.openedBy = openedBy;
    }

    /** For a participation dispute, whose domain decision carries no reason: why it was raised. */
    public void setReason(String reason) {
        this.reason = reason;
    }

    /** The domain's decision, with the voters resolved against the committee it was opened under. */
    public Decision toDecision(Committee committee) {
        Decision.Builder b = Decision.builder()
                .id(id)
                .kind(getKind())
                .subjectId(subjectId)
                .tier(getTier())
                .sellersInvolved(splitIds(sellersInvolved))
                .committee(committee)
                .rights(new TierRights(StoredValues.enums(CommitteeRole.class, approvers),
                        StoredValues.enums(CommitteeRole.class, rejecters), StoredValues.enums(Overruler.class, overrulers),
                        GovernanceCodes.quorum(quorum)))
                .opensAt(getOpensAt())
                .closesAt(getClosesAt())
                .deadline(getDeadline())
                .escalationPath(GovernanceCodes.path(escalationPath))
                .appealOf(appealOf)
                .reason(reason);
        List<Voter> list = new ArrayList<Voter>();
        for (String pair : voters.split(",")) {
            int eq = pair.indexOf('=');
            CommitteeMember member = committee.member(pair.substring(0, eq));
            list.add(new Voter(member, CommitteeRole.valueOf(pair.substring(eq + 1))));
        }
        b.voters(list);
        for (List<String> row : StoredRows.read(excluded)) {
            b.exclude(row.get(0), row.get(1));
        }
        if (adjustmentKind != null) {
            b.adjustment(new Adjustment(AdjustmentKind.valueOf(adjustmentKind), campaignId, adjustmentTargetId, requestingSellerId));
        }
        return b.build();
    }

    /** Records the tally's result; a settled outcome closes the decision. */
    public void record(DecisionResult result) {
        this.outcome = result.status().name();
        this.decidedAt = StoredValues.instant(result.decidedAt());
        this.status = result.status().isSettled() ? DECIDED : OPEN;
    }

    public void record(Overrule overrule) {
        this.overruleBy = overrule.by().name();
        this.overruleActor = overrule.actorId();
        this.overruleOutcome = overrule.outcome().name();
        this.overruleReason = overrule.reason();
        this.overruledAt = StoredValues.instant(overrule.at());
    }

    public void record(Escalation escalation) {
        this.escalationLevel = escalation.step();
        this.escalatedTo = escalation.target().name();
        this.escalatedAt = StoredValues.instant(escalation.since());
    }

    /** The overrule that settled the decision, or null. */
    public Overrule getOverrule() {
        return overruleBy == null ? null : new Overrule(Overruler.valueOf(overruleBy), overruleActor,
                DecisionStatus.valueOf(overruleOutcome), overruleReason, StoredValues.instant(overruledAt));
    }

    /** A short description of where the decision stands, for the audit log's before/after. */
    public String describeState() {
        return "status=" + status + "\noutcome=" + outcome + (decidedAt == null ? "" : "\ndecidedAt=" + getDecidedAt())
                + "\nescalationLevel=" + escalationLevel + (escalatedTo == null ? "" : "\nescalatedTo=" + escalatedTo
                + "\nescalatedAt=" + StoredValues.instant(escalatedAt))
                + (overruleBy == null ? "" : "\noverrule=" + overruleOutcome + " by " + overruleActor + " (" + overruleBy + ")");
    }

    public Long getId() { return id; }
    public long getCommitteeId() { return committeeId; }
    public DecisionKind getKind() { return DecisionKind.valueOf(kind); }
    public long getSubjectId() { return subjectId; }
    public long getCampaignId() { return campaignId; }
    public CampaignTier getTier() { return CampaignTier.valueOf(tier); }
    public Instant getOpensAt() { return StoredValues.instant(opensAt); }
    public Instant getClosesAt() { return StoredValues.instant(closesAt); }
    public Instant getDeadline() { return StoredValues.instant(deadlineAt); }
    public String getStatus() { return status; }
    public boolean isOpen() { return OPEN.equals(status); }
    public DecisionStatus getOutcome() { return DecisionStatus.valueOf(outcome); }
    public Instant getDecidedAt() { return StoredValues.instant(decidedAt); }
    public int getEscalationLevel() { return escalationLevel; }
    public Overruler getEscalatedTo() { return escalatedTo == null ? null : Overruler.valueOf(escalatedTo); }
    public Instant getEscalatedAt() { return StoredValues.instant(escalatedAt); }
    public Long getAppealOf() { return appealOf; }
    public String getReason() { return reason; }
    public Set<Long> getSellersInvolved() { return splitIds(sellersInvolved); }
    public String getOpenedBy() { return openedBy; }

    /** True if the member is listed as a voter (a cheap check before rebuilding the decision). */
    public boolean listsVoter(String memberId) {
        for (String pair : voters.split(",")) {
            if (pair.substring(0, pair.indexOf('=')).equals(memberId)) {
                return true;
            }
        }
        return false;
    }

    private static String joinIds(Set<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (Long id : ids) {
            sb.append(sb.length() == 0 ? "" : ",").append(id);
        }
        return sb.toString();
    }

    private static Set<Long> splitIds(String stored) {
        Set<Long> ids = new TreeSet<Long>();
        if (stored != null) {
            for (String s : stored.split(",")) {
                if (!s.trim().isEmpty()) {
                    ids.add(Long.valueOf(s.trim()));
                }
            }
        }
        return ids;
    }
}
