package com.coopromo.governance.domain;

import com.coopromo.common.domain.Validation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One row of the {@link EscalationRules} table: how long a vote stays open, when the decision is due, how long
 * after a rejection an appeal may be filed, and whom a missed deadline goes to. Appeals use the same window,
 * deadline and path as first decisions.
 */
public final class TierTimings {
    /** The longest voting window, deadline, appeal window or escalation delay: a committee decides within a year. */
    public static final Duration LONGEST = Duration.ofDays(366);

    private final Duration votingWindow;
    private final Duration deadline;
    private final Duration appealWindow;
    private final List<EscalationStep> path;

    /**
     * @throws com.coopromo.common.domain.CoopValidationException if a duration is not positive, the deadline comes
     *         before the vote closes, a duration is longer than {@link #LONGEST}, or the path does not end with the
     *         platform admin in non-decreasing delays
     */
    public TierTimings(Duration votingWindow, Duration deadline, Duration appealWindow, List<EscalationStep> path) {
        Validation v = new Validation();
        v.require(positive(votingWindow), "votingWindow", "must be positive (was " + votingWindow + ")");
        v.require(positive(deadline), "deadline", "must be positive (was " + deadline + ")");
        if (positive(votingWindow) && positive(deadline)) {
            v.require(deadline.compareTo(votingWindow) >= 0, "deadline",
                    "must not come before the voting window closes (" + deadline + " < " + votingWindow + ")");
        }
        v.require(positive(appealWindow), "appealWindow", "must be positive (was " + appealWindow + ")");
        atMostLongest(v, "votingWindow", votingWindow);
        atMostLongest(v, "deadline", deadline);
        atMostLongest(v, "appealWindow", appealWindow);
        if (path == null || path.isEmpty()) {
            v.reject("path", "needs at least one step, ending with PLATFORM_ADMIN");
        } else {
            v.require(path.get(path.size() - 1).target() == Overruler.PLATFORM_ADMIN, "path",
                    "must end with PLATFORM_ADMIN (ends with " + path.get(path.size() - 1).target() + ")");
            for (int i = 0; i < path.size(); i++) {
                v.require(path.get(i).after().compareTo(LONGEST) <= 0, "path", "step " + (i + 1) + " ("
                        + path.get(i) + ") must escalate within " + LONGEST.toDays() + " days");
            }
            for (int i = 1; i < path.size(); i++) {
                v.require(path.get(i).after().compareTo(path.get(i - 1).after()) >= 0, "path",
                        "step " + (i + 1) + " (" + path.get(i) + ") comes before step " + i + " (" + path.get(i - 1) + ")");
            }
        }
        v.throwIfInvalid();
        this.votingWindow = votingWindow;
        this.deadline = deadline;
        this.appealWindow = appealWindow;
        this.path = Collections.unmodifiableList(new ArrayList<EscalationStep>(path));
    }

    private static void atMostLongest(Validation v, String field, Duration d) {
        if (d != null && d.compareTo(LONGEST) > 0) {
            v.reject(field, "must be at most " + LONGEST.toDays() + " days (was " + d.toDays() + " days)");
        }
    }

    private static boolean positive(Duration d) {
        return d != null && !d.isNegative() && !d.isZero();
    }

    /** How long votes are accepted after the decision opens. */
    public Duration votingWindow() {
        return votingWindow;
    }

    /** How long after opening the decision must be settled before it escalates. */
    public Duration deadline() {
        return deadline;
    }

    /** How long after a rejection an appeal may be filed. */
    public Duration appealWindow() {
        return appealWindow;
    }

    public List<EscalationStep> path() {
        return path;
    }
}
