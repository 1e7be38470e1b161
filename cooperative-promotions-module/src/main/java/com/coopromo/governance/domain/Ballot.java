package com.coopromo.governance.domain;

import com.coopromo.common.domain.PolicyResult;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Casting a vote: checks it against the vote rules and the decision's state and returns the votes to record. */
public final class Ballot {
    public static final String SETTLED_RULE = "decision settled";

    private Ballot() {
    }

    /**
     * @param accepted the votes recorded so far
     * @return the recorded votes plus this one
     * @throws VoteRefusedException naming every rule the vote breaks, or that the decision is already settled
     */
    public static List<Vote> cast(Decision decision, List<Vote> accepted, Vote vote) {
        List<PolicyResult> refusals = new ArrayList<PolicyResult>();
        DecisionResult before = Tally.of(decision, accepted, vote.castAt());
        if (before.status().isSettled()) {
            refusals.add(PolicyResult.rejected(SETTLED_RULE, decision + " was already " + before.status() + " at "
                    + before.decidedAt()));
        }
        refusals.addAll(VotePolicies.standard().refusals(decision, accepted, vote));
        if (!refusals.isEmpty()) {
            throw new VoteRefusedException(refusals);
        }
        List<Vote> after = new ArrayList<Vote>(accepted);
        after.add(vote);
        return Collections.unmodifiableList(after);
    }
}
