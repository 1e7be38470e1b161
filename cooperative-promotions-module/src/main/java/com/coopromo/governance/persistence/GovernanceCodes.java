package com.coopromo.governance.persistence;

import com.coopromo.governance.domain.EscalationStep;
import com.coopromo.governance.domain.Overruler;
import com.coopromo.governance.domain.QuorumRule;
import com.coopromo.governance.domain.VoteThreshold;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How quorum rules and escalation paths are written in their columns: a quorum as {@code ballots/approvals/rejections}
 * with {@code M} for "a majority of the eligible voters" ({@code 2/2/2}, {@code M/M/M}); a path as
 * {@code TARGET@ISO-duration} steps separated by commas ({@code CHAIR@PT0S,PLATFORM_ADMIN@PT24H}).
 */
final class GovernanceCodes {
    private GovernanceCodes() {
    }

    static String quorum(QuorumRule rule) {
        return threshold(rule.ballots()) + "/" + threshold(rule.approvals()) + "/" + threshold(rule.rejections());
    }

    static QuorumRule quorum(String stored) {
        String[] parts = stored.split("/");
        if (parts.length != 3) {
            throw new IllegalStateException("stored quorum '" + stored + "' is not ballots/approvals/rejections");
        }
        return new QuorumRule(threshold(parts[0]), threshold(parts[1]), threshold(parts[2]));
    }

    static String threshold(VoteThreshold t) {
        return t.isMajority() ? "M" : String.valueOf(t.fixedCount());
    }

    static VoteThreshold threshold(String stored) {
        return "M".equals(stored.trim()) ? VoteThreshold.majorityOfEligible() : VoteThreshold.fixed(Integer.parseInt(stored.trim()));
    }

    /** A null count stands for a majority (the tier table's nullable quorum columns). */
    static Integer count(VoteThreshold t) {
        return t.isMajority() ? null : t.fixedCount();
    }

    static VoteThreshold threshold(Integer count) {
        return count == null ? VoteThreshold.majorityOfEligible() : VoteThreshold.fixed(count);
    }

    static String path(List<EscalationStep> steps) {
        StringBuilder sb = new StringBuilder();
        for (EscalationStep step : steps) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(step.target().name()).append('@').append(step.after());
        }
        return sb.toString();
    }

    static List<EscalationStep> path(String stored) {
        List<EscalationStep> steps = new ArrayList<EscalationStep>();
        for (String step : stored.split(",")) {
            int at = step.indexOf('@');
            steps.add(new EscalationStep(Overruler.valueOf(step.substring(0, at).trim()), Duration.parse(step.substring(at + 1).trim())));
        }
        return steps;
    }
}
