package com.coopromo.governance.domain;

import com.coopromo.common.domain.PolicyResult;

import java.util.List;

/** The voter's role may give this answer on this decision's tier ({@link DecisionRights}); anyone may abstain. */
public final class VotingRightPolicy implements VotePolicy {
    public static final String RULE = "decision rights";

    @Override
    public PolicyResult check(Decision decision, List<Vote> accepted, Vote vote) {
        Voter voter = decision.voter(vote.voterId());
        if (voter == null) {
            return PolicyResult.allowed();
        }
        TierRights rights = decision.rights();
        if (vote.choice() == VoteChoice.APPROVE && !rights.mayApprove(voter.role())) {
            return PolicyResult.rejected(RULE, "a " + voter.role() + " may not approve " + decision + " (may approve: "
                    + rights.approvers() + ")");
        }
        if (vote.choice() == VoteChoice.REJECT && !rights.mayReject(voter.role())) {
            return PolicyResult.rejected(RULE, "a " + voter.role() + " may not reject " + decision + " (may reject: "
                    + rights.rejecters() + ")");
        }
        return PolicyResult.allowed();
    }
}
