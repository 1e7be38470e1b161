package com.coopromo.governance.domain;

import com.coopromo.common.domain.PolicyResult;

import java.util.List;

/** One rule a vote must pass to count. Add a rule by adding a class to {@link VotePolicies}. */
public interface VotePolicy {
    /**
     * @param accepted the votes already counted on this decision, in the order cast
     */
    PolicyResult check(Decision decision, List<Vote> accepted, Vote vote);
}
