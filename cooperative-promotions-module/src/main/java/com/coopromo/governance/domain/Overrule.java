package com.coopromo.governance.domain;

import java.time.Instant;

/** An overruler setting the outcome alone: who, in which capacity, which outcome, why and when. */
public final class Overrule {
    private final Overruler by;
    private final String actorId;
    private final DecisionStatus outcome;
    private final String reason;
    private final Instant at;

    public Overrule(Overruler by, String actorId, DecisionStatus outcome, String reason, Instant at) {
        if (by == null || actorId == null || outcome == null || at == null) {
            throw new IllegalArgumentException("an overrule needs who, in which capacity, the outcome and when");
        }
        this.by = by;
        this.actorId = actorId;
        this.outcome = outcome;
        this.reason = reason == null || reason.trim().isEmpty() ? null : reason.trim();
        this.at = at;
    }

    public Overruler by() {
        return by;
    }

    public String actorId() {
        return actorId;
    }

    public DecisionStatus outcome() {
        return outcome;
    }

    public String reason() {
        return reason;
    }

    public Instant at() {
        return at;
    }
}
