package com.coopromo.governance.domain;

import com.coopromo.common.domain.PolicyResult;

import java.util.List;

/** Only committee members vote. */
public final class CommitteeMembershipPolicy implements VotePolicy {
    public static final String RULE = "committee member";

    @Override
    public PolicyResult check(Decision decision, List<Vote> accepted, Vote vote) {
        if (!decision.committee().contains(vote.voterId())) {
            return PolicyResult.rejected(RULE, "'" + vote.voterId() + "' is not a member of the committee");
        }
        return PolicyResult.allowed();
    }
}
