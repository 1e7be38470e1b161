package com.coopromo.governance.domain;

import com.coopromo.common.domain.PolicyResult;

import java.util.ArrayList;
import java.util.List;

/**
 * A member votes only if the decision lists them as a voter. Non-members and conflicted members are reported by
 * their own rules, so this one speaks only of members left out for another reason (office, original decider).
 */
public final class EligibleVoterPolicy implements VotePolicy {
    public static final String RULE = "eligible voter";

    @Override
    public PolicyResult check(Decision decision, List<Vote> accepted, Vote vote) {
        CommitteeMember member = decision.committee().member(vote.voterId());
        if (member == null || decision.conflictOf(member) != null || decision.voter(vote.voterId()) != null) {
            return PolicyResult.allowed();
        }
        String why = decision.excluded().get(vote.voterId());
        if (why == null) {
            List<String> ids = new ArrayList<String>();
            for (Voter v : decision.voters()) {
                ids.add(v.id());
            }
            why = "the eligible voters are " + ids;
        }
        return PolicyResult.rejected(RULE, vote.voterId() + " may not vote on " + decision + ": " + why);
    }
}
