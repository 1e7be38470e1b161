package com.coopromo.governance.domain;

import com.coopromo.common.domain.PolicyResult;

import java.util.List;

/** One vote per voter; a vote is not changed once cast, so the record shows what each voter said when. */
public final class DuplicateVotePolicy implements VotePolicy {
    public static final String RULE = "one vote each";

    @Override
    public PolicyResult check(Decision decision, List<Vote> accepted, Vote vote) {
        for (Vote earlier : accepted) {
            if (earlier.voterId().equals(vote.voterId())) {
                return PolicyResult.rejected(RULE, vote.voterId() + " already voted " + earlier.choice() + " at "
                        + earlier.castAt());
            }
        }
        return PolicyResult.allowed();
    }
}
