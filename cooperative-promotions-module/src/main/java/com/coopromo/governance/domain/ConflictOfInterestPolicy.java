package com.coopromo.governance.domain;

import com.coopromo.common.domain.PolicyResult;

import java.util.List;

/** A seller's member does not vote on a case involving that seller (its participation, its appeal, its request). */
public final class ConflictOfInterestPolicy implements VotePolicy {
    public static final String RULE = "conflict of interest";

    @Override
    public PolicyResult check(Decision decision, List<Vote> accepted, Vote vote) {
        CommitteeMember member = decision.committee().member(vote.voterId());
        String conflict = member == null ? null : decision.conflictOf(member);
        if (conflict != null) {
            return PolicyResult.rejected(RULE, conflict);
        }
        return PolicyResult.allowed();
    }
}
