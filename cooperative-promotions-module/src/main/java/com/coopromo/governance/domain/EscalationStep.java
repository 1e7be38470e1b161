package com.coopromo.governance.domain;

import java.time.Duration;

/** One rung of an escalation path: hand the decision to {@code target} once the deadline is {@code after} past. */
public final class EscalationStep {
    private final Overruler target;
    private final Duration after;

    public EscalationStep(Overruler target, Duration after) {
        if (target == null || after == null || after.isNegative()) {
            throw new IllegalArgumentException("an escalation step needs a target and a delay of zero or more");
        }
        this.target = target;
        this.after = after;
    }

    public Overruler target() {
        return target;
    }

    /** How long after the deadline this step is reached. */
    public Duration after() {
        return after;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EscalationStep && ((EscalationStep) o).target == target && ((EscalationStep) o).after.equals(after);
    }

    @Override
    public int hashCode() {
        return target.hashCode() * 31 + after.hashCode();
    }

    @Override
    public String toString() {
        return target + " after " + after;
    }
}
