package com.coopromo.metrics.domain;

import java.time.Instant;

/** A half-open span of time [from, to) the dashboard looks at. */
public final class TimeRange {
    private final Instant from;
    private final Instant to;

    public TimeRange(Instant from, Instant to) {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new IllegalArgumentException("a time range needs a start before its end");
        }
        this.from = from;
        this.to = to;
    }

    public Instant from() {
        return from;
    }

    public Instant to() {
        return to;
    }

    public boolean contains(Instant t) {
        return !t.isBefore(from) && t.isBefore(to);
    }

    @Override
    public String toString() {
        return "[" + from + ", " + to + ")";
    }
}
