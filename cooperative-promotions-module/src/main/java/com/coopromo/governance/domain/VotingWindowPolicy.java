package com.coopromo.governance.domain;

import com.coopromo.common.domain.PolicyResult;

import java.util.List;

/** A vote is cast while the decision's voting window is open. */
public final class VotingWindowPolicy implements VotePolicy {
    public static final String RULE = "voting window";

    @Override
    public PolicyResult check(Decision decision, List<Vote> accepted, Vote vote) {
        if (!decision.isOpenAt(vote.castAt())) {
            return PolicyResult.rejected(RULE, "votes are accepted from " + decision.opensAt() + " until "
                    + decision.closesAt() + " (exclusive); this vote was cast at " + vote.castAt());
        }
        return PolicyResult.allowed();
    }
}
