package com.coopromo.governance.domain;

import com.coopromo.campaign.domain.CampaignTier;
import com.coopromo.common.domain.Validation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A question put to the committee: what is decided (kind and subject), for which tier, which sellers it involves
 * (their members may not vote), who may vote and in which role, and when: votes are accepted in
 * [{@code opensAt}, {@code closesAt}), and a decision still unsettled at {@code deadline} escalates along its
 * {@code escalationPath}. The rights and timings are copied in when it opens, so later changes to the tables do not
 * change a running vote. Votes and outcomes are kept apart: see {@link Ballot} and {@link Tally}.
 */
public final class Decision {
    public static final int REASON_MAX = 2000;

    private final Builder b;

    private Decision(Builder b) {
        this.b = b.copy();
    }

    public static Builder builder() {
        return new Builder();
    }

    public long id() { return b.id; }
    public DecisionKind kind() { return b.kind; }
    /** The campaign, participation, decision (for an appeal) or campaign (for an adjustment) decided on. */
    public long subjectId() { return b.subjectId; }
    public CampaignTier tier() { return b.tier; }
    public Set<Long> sellersInvolved() { return Collections.unmodifiableSet(b.sellersInvolved); }
    public Committee committee() { return b.committee; }
    public List<Voter> voters() { return Collections.unmodifiableList(b.voters); }
    public TierRights rights() { return b.rights; }
    public Instant opensAt() { return b.opensAt; }
    public Instant closesAt() { return b.closesAt; }
    public Instant deadline() { return b.deadline; }
    public List<EscalationStep> escalationPath() { return Collections.unmodifiableList(b.escalationPath); }
    /** For an appeal: the decision appealed against; otherwise null. */
    public Long appealOf() { return b.appealOf; }
    /** Why it was raised: the appeal's grounds or the adjustment's justification; may be null for other kinds. */
    public String reason() { return b.reason; }
    /** For an adjustment request: the change asked for; otherwise null. */
    public Adjustment adjustment() { return b.adjustment; }
    /** Committee members left out of the vote, with why (for refusal messages). */
    public Map<String, String> excluded() { return Collections.unmodifiableMap(b.excluded); }

    /** The eligible voter with this member id, or null. */
    public Voter voter(String memberId) {
        for (Voter v : b.voters) {
            if (v.id().equals(memberId)) {
                return v;
            }
        }
        return null;
    }

    /** True while votes are accepted: opensAt &lt;= at &lt; closesAt. */
    public boolean isOpenAt(Instant at) {
        return !at.isBefore(b.opensAt) && at.isBefore(b.closesAt);
    }

    /** A member's conflict with this decision's subject, or null: the seller they represent is involved. */
    public String conflictOf(CommitteeMember member) {
        return conflict(member, b.sellersInvolved, b.kind);
    }

    static String conflict(CommitteeMember member, Set<Long> sellers, DecisionKind kind) {
        if (sellers != null) {
            for (Long seller : sellers) {
                if (member.represents(seller)) {
                    return member.id() + " represents seller " + seller + ", which this " + kind + " involves";
                }
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return b.kind + " #" + b.id + " on " + b.subjectId + " (" + b.tier + ")";
    }

    /** Input for a {@link Decision}; {@link #build()} checks it all and names every problem. */
    public static final class Builder {
        private long id;
        private DecisionKind kind;
        private long subjectId;
        private CampaignTier tier;
        private Set<Long> sellersInvolved = new TreeSet<Long>();
        private Committee committee;
        private List<Voter> voters = new ArrayList<Voter>();
        private TierRights rights;
        private Instant opensAt;
        private Instant closesAt;
        private Instant deadline;
        private List<EscalationStep> escalationPath = new ArrayList<EscalationStep>();
        private Long appealOf;
        private String reason;
        private Adjustment adjustment;
        private Map<String, String> excluded = new LinkedHashMap<String, String>();

        public Builder id(long v) { this.id = v; return this; }
        public Builder kind(DecisionKind v) { this.kind = v; return this; }
        public Builder subjectId(long v) { this.subjectId = v; return this; }
        public Builder tier(CampaignTier v) { this.tier = v; return this; }
        public Builder sellersInvolved(Set<Long> v) { this.sellersInvolved = new TreeSet<Long>(v); return this; }
        public Builder committee(Committee v) { this.committee = v; return this; }
        public Builder voters(List<Voter> v) { this.voters = new ArrayList<Voter>(v); return this; }
        public Builder rights(TierRights v) { this.rights = v; return this; }
        public Builder opensAt(Instant v) { this.opensAt = v; return this; }
        public Builder closesAt(Instant v) { this.closesAt = v; return this; }
        public Builder deadline(Instant v) { this.deadline = v; return this; }
        public Builder escalationPath(List<EscalationStep> v) { this.escalationPath = new ArrayList<EscalationStep>(v); return this; }
        public Builder appealOf(Long v) { this.appealOf = v; return this; }
        public Builder reason(String v) { this.reason = v == null ? null : v.trim(); return this; }
        public Builder adjustment(Adjustment v) { this.adjustment = v; return this; }
        public Builder exclude(String memberId, String why) { this.excluded.put(memberId, why); return this; }

        private Builder copy() {
            Builder c = new Builder();
            c.id = id;
            c.kind = kind;
            c.subjectId = subjectId;
            c.tier = tier;
            c.sellersInvolved = new TreeSet<Long>(sellersInvolved);
            c.committee = committee;
            c.voters = new ArrayList<Voter>(voters);
            c.rights = rights;
            c.opensAt = opensAt;
            c.closesAt = closesAt;
            c.deadline = deadline;
            c.escalationPath = new ArrayList<EscalationStep>(escalationPath);
            c.appealOf = appealOf;
            c.reason = reason;
            c.adjustment = adjustment;
            c.excluded = new LinkedHashMap<String, String>(excluded);
            return c;
        }

        /** @throws com.coopromo.common.domain.CoopValidationException naming every bad field */
        public Decision build() {
            Validation v = new Validation();
            v.require(kind != null, "kind", "is required");
            v.require(tier != null, "tier", "is required");
            v.require(committee != null, "committee", "is required");
            v.require(rights != null, "rights", "are required");
            v.require(opensAt != null, "opensAt", "is required");
            v.require(closesAt != null, "closesAt", "is required");
            v.require(deadline != null, "deadline", "is required");
            if (opensAt != null && closesAt != null) {
                v.require(closesAt.isAfter(opensAt), "closesAt",
                        "the voting window must close after it opens (" + opensAt + " to " + closesAt + ")");
            }
            if (closesAt != null && deadline != null) {
                v.require(!deadline.isBefore(closesAt), "deadline",
                        "must not come before the voting window closes (" + deadline + " is before " + closesAt + ")");
            }
            v.require(!escalationPath.isEmpty(), "escalationPath", "needs at least one step");
            if (kind == DecisionKind.APPEAL) {
                v.require(appealOf != null, "appealOf", "an appeal names the decision it appeals against");
                v.requireText(reason, "reason", REASON_MAX);
            }
            if (kind == DecisionKind.ADJUSTMENT_REQUEST) {
                v.require(adjustment != null, "adjustment", "an adjustment request says which change it asks for");
            }
            checkVoters(v);
            v.throwIfInvalid();
            return new Decision(this);
        }

        private void checkVoters(Validation v) {
            if (voters.isEmpty()) {
                v.reject("voters", "a decision needs at least one eligible voter");
                return;
            }
            Set<String> seen = new TreeSet<String>();
            for (Voter voter : voters) {
                if (!seen.add(voter.id())) {
                    v.reject("voters", voter.id() + " is listed more than once");
                }
                if (committee != null && !committee.contains(voter.id())) {
                    v.reject("voters", voter.id() + " is not a member of the committee");
                }
                String conflict = conflict(voter.member(), sellersInvolved, kind);
                if (conflict != null) {
                    v.reject("voters", conflict);
                }
            }
            if (rights != null) {
                int eligible = voters.size();
                QuorumRule q = rights.quorum();
                v.require(q.ballotsNeeded(eligible) <= eligible, "voters", eligible + " eligible voter(s) can never reach "
                        + "the quorum of " + q.ballotsNeeded(eligible) + " ballot(s)");
                v.require(q.approvalsNeeded(eligible) <= eligible, "voters", eligible + " eligible voter(s) can never "
                        + "give the " + q.approvalsNeeded(eligible) + " approval(s) needed");
            }
        }
    }
}
