package com.coopromo.governance.domain;

import com.coopromo.common.domain.Validation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Counts a decision's votes as of an instant; a pure function of (decision, votes, instant), so the admin, the
 * clock job and a preview all see the same outcome. Votes are replayed in the order cast; one that breaks a
 * {@link VotePolicies vote rule} does not count. After each vote the {@link QuorumRule} is asked whether the
 * outcome is settled for good; the first vote that settles it fixes the outcome and later votes are ignored.
 * If nothing settles it before the window closes, it closes as NO_QUORUM (too few ballots) or REJECTED (a quorum,
 * but not enough approvals: without a yes, the status quo stands).
 */
public final class Tally {
    private static final Comparator<Vote> BY_CAST_TIME = new Comparator<Vote>() {
        @Override
        public int compare(Vote a, Vote b) {
            return a.castAt().compareTo(b.castAt());
        }
    };

    private Tally() {
    }

    public static DecisionResult of(Decision decision, List<Vote> votes, Instant at) {
        List<Vote> ordered = new ArrayList<Vote>(votes);
        // stable sort: votes cast at the same instant keep their recorded order
        Collections.sort(ordered, BY_CAST_TIME);
        int eligible = decision.voters().size();
        QuorumRule rule = decision.rights().quorum();
        List<Vote> counted = new ArrayList<Vote>();
        int approvals = 0;
        int rejections = 0;
        int abstentions = 0;
        for (Vote vote : ordered) {
            if (vote.castAt().isAfter(at)) {
                break;
            }
            if (!VotePolicies.standard().refusals(decision, counted, vote).isEmpty()) {
                continue;
            }
            counted.add(vote);
            if (vote.choice() == VoteChoice.APPROVE) {
                approvals++;
            } else if (vote.choice() == VoteChoice.REJECT) {
                rejections++;
            } else {
                abstentions++;
            }
            DecisionStatus settled = settled(rule, eligible, approvals, rejections, abstentions);
            if (settled != null) {
                return new DecisionResult(settled, vote.castAt(), approvals, rejections, abstentions, eligible, counted, null);
            }
        }
        if (at.isBefore(decision.closesAt())) {
            return new DecisionResult(DecisionStatus.PENDING, null, approvals, rejections, abstentions, eligible, counted, null);
        }
        int ballots = approvals + rejections + abstentions;
        DecisionStatus closing = ballots < rule.ballotsNeeded(eligible) ? DecisionStatus.NO_QUORUM : DecisionStatus.REJECTED;
        return new DecisionResult(closing, decision.closesAt(), approvals, rejections, abstentions, eligible, counted, null);
    }

    /**
     * As {@link #of(Decision, List, Instant)}, with an overrule that sets the outcome from its instant on.
     *
     * @throws com.coopromo.common.domain.CoopValidationException if the overrule is not allowed (see {@link #checkOverrule})
     */
    public static DecisionResult of(Decision decision, List<Vote> votes, Overrule overrule, Instant at) {
        if (overrule == null || overrule.at().isAfter(at)) {
            return of(decision, votes, at);
        }
        checkOverrule(decision, overrule);
        DecisionResult votesSoFar = of(decision, votes, overrule.at());
        return new DecisionResult(overrule.outcome(), overrule.at(), votesSoFar.approvals(), votesSoFar.rejections(),
                votesSoFar.abstentions(), votesSoFar.eligible(), votesSoFar.counted(), overrule);
    }

    /**
     * An overrule is allowed if the tier's rights let that overruler act, the chair is the chair recorded on the
     * decision (so a chair excluded from an appeal cannot overrule it), it says approve or reject and why, and it
     * comes after the decision opened.
     *
     * @throws com.coopromo.common.domain.CoopValidationException naming every problem
     */
    public static void checkOverrule(Decision decision, Overrule overrule) {
        Validation v = new Validation();
        v.require(decision.rights().mayOverrule(overrule.by()), "by", overrule.by() + " may not overrule "
                + decision + " (may overrule: " + decision.rights().overrulers() + ")");
        if (overrule.by() == Overruler.CHAIR) {
            Voter voter = decision.voter(overrule.actorId());
            v.require(voter != null && voter.role() == CommitteeRole.CHAIR, "actorId",
                    overrule.actorId() + " is not the chair recorded on " + decision);
        }
        v.require(overrule.outcome().isSettled(), "outcome", "an overrule approves or rejects (was " + overrule.outcome() + ")");
        v.require(overrule.reason() != null, "reason", "an overrule needs a reason");
        v.require(!overrule.at().isBefore(decision.opensAt()), "at",
                "an overrule cannot come before the decision opens at " + decision.opensAt());
        v.throwIfInvalid();
    }

    /** The outcome that no further vote can change, or null if there is none yet. */
    static DecisionStatus settled(QuorumRule rule, int eligible, int approvals, int rejections, int abstentions) {
        int ballots = approvals + rejections + abstentions;
        if (ballots < rule.ballotsNeeded(eligible)) {
            return null;
        }
        if (approvals >= rule.approvalsNeeded(eligible)) {
            return DecisionStatus.APPROVED;
        }
        int outstanding = eligible - ballots;
        if (rejections >= rule.rejectionsNeeded(eligible) || approvals + outstanding < rule.approvalsNeeded(eligible)) {
            return DecisionStatus.REJECTED;
        }
        return null;
    }
}
