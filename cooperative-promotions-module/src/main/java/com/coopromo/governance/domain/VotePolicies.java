package com.coopromo.governance.domain;

import com.coopromo.common.domain.PolicyResult;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** The vote rules in force, assembled in one place; a refused vote shows every rule it broke. */
public final class VotePolicies {
    private static final VotePolicies STANDARD = new VotePolicies(Arrays.<VotePolicy>asList(
            new VotingWindowPolicy(),
            new CommitteeMembershipPolicy(),
            new ConflictOfInterestPolicy(),
            new EligibleVoterPolicy(),
            new DuplicateVotePolicy(),
            new VotingRightPolicy(),
            new RejectionCommentPolicy()));

    private final List<VotePolicy> policies;

    public VotePolicies(List<VotePolicy> policies) {
        this.policies = Collections.unmodifiableList(new ArrayList<VotePolicy>(policies));
    }

    public static VotePolicies standard() {
        return STANDARD;
    }

    /** Every rule the vote breaks; empty means it counts. */
    public List<PolicyResult> refusals(Decision decision, List<Vote> accepted, Vote vote) {
        List<PolicyResult> refused = new ArrayList<PolicyResult>();
        for (VotePolicy policy : policies) {
            PolicyResult result = policy.check(decision, accepted, vote);
            if (!result.isAllowed()) {
                refused.add(result);
            }
        }
        return refused;
    }
}
