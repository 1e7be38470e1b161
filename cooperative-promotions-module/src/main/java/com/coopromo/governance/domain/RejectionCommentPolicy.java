package com.coopromo.governance.domain;

import com.coopromo.common.domain.PolicyResult;

import java.util.List;

/** A rejection says why, so whoever was turned down knows what to fix or what to appeal against. */
public final class RejectionCommentPolicy implements VotePolicy {
    public static final String RULE = "rejection comment";

    @Override
    public PolicyResult check(Decision decision, List<Vote> accepted, Vote vote) {
        if (vote.choice() == VoteChoice.REJECT && vote.comment() == null) {
            return PolicyResult.rejected(RULE, "a REJECT vote needs a comment saying why");
        }
        if (vote.comment() != null && vote.comment().length() > Vote.COMMENT_MAX) {
            return PolicyResult.rejected(RULE, "the comment must be at most " + Vote.COMMENT_MAX + " characters (was "
                    + vote.comment().length() + ")");
        }
        return PolicyResult.allowed();
    }
}
