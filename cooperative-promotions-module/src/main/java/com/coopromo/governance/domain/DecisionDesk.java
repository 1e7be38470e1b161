package com.coopromo.governance.domain;

import com.coopromo.campaign.domain.CampaignState;
import com.coopromo.campaign.domain.CampaignTier;
import com.coopromo.common.domain.Validation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Opens decisions for the committee: works out who votes in which role from the rotation at the opening instant,
 * leaves out conflicted members, and copies in the tier's rights, window, deadline and escalation path.
 */
public final class DecisionDesk {
    private final Rotation rotation;
    private final DecisionRights rights;
    private final EscalationRules timings;

    public DecisionDesk(Rotation rotation, DecisionRights rights, EscalationRules timings) {
        if (rotation == null || rights == null || timings == null) {
            throw new IllegalArgumentException("a decision desk needs a rotation, decision rights and escalation rules");
        }
        this.rotation = rotation;
        this.rights = rights;
        this.timings = timings;
    }

    /** @param organisingSellers sellers running the campaign; their members do not vote on it */
    public Decision openCampaignApproval(long decisionId, long campaignId, CampaignTier tier, Set<Long> organisingSellers,
                                         Instant opensAt) {
        return firstInstance(decisionId, DecisionKind.CAMPAIGN_APPROVAL, campaignId, tier, organisingSellers, opensAt)
                .build();
    }

    /** @param sellersInvolved every seller party to the dispute; their members do not vote on it */
    public Decision openDispute(long decisionId, long participationId, CampaignTier tier, Set<Long> sellersInvolved,
                                Instant opensAt) {
        return firstInstance(decisionId, DecisionKind.PARTICIPATION_DISPUTE, participationId, tier, sellersInvolved, opensAt)
                .build();
    }

    /**
     * A request to change a live campaign, decided like any first-instance decision of the campaign's tier. The
     * requesting seller's member does not vote on it.
     *
     * @throws com.coopromo.common.domain.CoopValidationException if the campaign is not live or no reason is given
     */
    public Decision openAdjustment(long decisionId, Adjustment adjustment, CampaignState campaignState, CampaignTier tier,
                                   String reason, Instant opensAt) {
        Validation v = new Validation();
        v.require(campaignState == CampaignState.LIVE, "campaignState", "adjustments apply to LIVE campaigns; campaign "
                + adjustment.campaignId() + " is " + campaignState);
        v.requireText(reason, "reason", Decision.REASON_MAX);
        v.throwIfInvalid();
        Set<Long> sellers = adjustment.requestingSellerId() == null
                ? Collections.<Long>emptySet() : Collections.singleton(adjustment.requestingSellerId());
        return firstInstance(decisionId, DecisionKind.ADJUSTMENT_REQUEST, adjustment.campaignId(), tier, sellers, opensAt)
                .adjustment(adjustment)
                .reason(reason)
                .build();
    }

    /**
     * An appeal against a rejected decision, filed within the tier's appeal window after the rejection, with a
     * reason. It is decided by the committee members who did not vote on the original (and are not conflicted),
     * whatever their office, under the {@link DecisionRights#appealQuorum() appeal quorum}. An appeal's own
     * outcome is final: it cannot be appealed again.
     *
     * @param originalVotes the votes recorded on the original decision
     * @param appellantSellerId the seller appealing, or null when the organiser or platform appeals
     * @throws com.coopromo.common.domain.CoopValidationException naming every reason the appeal cannot be filed
     */
    public Decision openAppeal(long appealId, Decision original, List<Vote> originalVotes, Long appellantSellerId,
                               String reason, Instant filedAt) {
        TierTimings tierTimings = timings.forTier(original.tier());
        DecisionResult result = Tally.of(original, originalVotes, filedAt);
        Validation v = new Validation();
        v.require(original.kind() != DecisionKind.APPEAL, "appealOf", original + " is itself an appeal; its outcome is final");
        if (result.status() != DecisionStatus.REJECTED) {
            v.reject("appealOf", "only a REJECTED decision can be appealed; " + original + " is " + result.status());
        } else {
            Instant last = result.decidedAt().plus(tierTimings.appealWindow());
            v.require(!filedAt.isAfter(last), "filedAt", "an appeal against " + original + " could be filed until " + last
                    + " (" + tierTimings.appealWindow() + " after the rejection at " + result.decidedAt()
                    + "); this one was filed at " + filedAt);
        }
        v.requireText(reason, "reason", Decision.REASON_MAX);
        v.throwIfInvalid();

        Set<Long> sellers = new TreeSet<Long>(original.sellersInvolved());
        if (appellantSellerId != null) {
            sellers.add(appellantSellerId);
        }
        TierRights originalRights = original.rights();
        TierRights appealRights = new TierRights(EnumSet.allOf(CommitteeRole.class), EnumSet.allOf(CommitteeRole.class),
                originalRights.overrulers(), rights.appealQuorum());
        Set<String> deciders = new HashSet<String>(result.voterIds());
        Decision.Builder b = Decision.builder()
                .id(appealId)
                .kind(DecisionKind.APPEAL)
                .subjectId(original.id())
                .appealOf(original.id())
                .reason(reason)
                .tier(original.tier())
                .sellersInvolved(sellers)
                .committee(rotation.committee())
                .rights(appealRights);
        List<Voter> voters = new ArrayList<Voter>();
        for (CommitteeMember member : rotation.committee().members()) {
            String conflict = Decision.conflict(member, sellers, DecisionKind.APPEAL);
            if (conflict != null) {
                b.exclude(member.id(), conflict);
            } else if (deciders.contains(member.id())) {
                b.exclude(member.id(), "they voted on the original " + original);
            } else {
                voters.add(new Voter(member, rotation.roleOf(member, filedAt)));
            }
        }
        return b.voters(voters)
                .opensAt(filedAt)
                .closesAt(filedAt.plus(tierTimings.votingWindow()))
                .deadline(filedAt.plus(tierTimings.deadline()))
                .escalationPath(tierTimings.path())
                .build();
    }

    private Decision.Builder firstInstance(long decisionId, DecisionKind kind, long subjectId, CampaignTier tier,
                                           Set<Long> sellers, Instant opensAt) {
        TierRights tierRights = rights.forTier(tier);
        TierTimings tierTimings = timings.forTier(tier);
        Decision.Builder b = Decision.builder()
                .id(decisionId)
                .kind(kind)
                .subjectId(subjectId)
                .tier(tier)
                .sellersInvolved(sellers == null ? Collections.<Long>emptySet() : sellers)
                .committee(rotation.committee())
                .rights(tierRights)
                .opensAt(opensAt)
                .closesAt(opensAt.plus(tierTimings.votingWindow()))
                .deadline(opensAt.plus(tierTimings.deadline()))
                .escalationPath(tierTimings.path());
        List<Voter> voters = new ArrayList<Voter>();
        for (CommitteeMember member : rotation.committee().members()) {
            CommitteeRole role = rotation.roleOf(member, opensAt);
            String conflict = Decision.conflict(member, sellers, kind);
            if (conflict != null) {
                b.exclude(member.id(), conflict);
            } else if (!tierRights.voters().contains(role)) {
                b.exclude(member.id(), "a " + role + " does not vote on " + tier + " decisions (voting roles: "
                        + tierRights.voters() + ")");
            } else {
                voters.add(new Voter(member, role));
            }
        }
        return b.voters(voters);
    }
}
