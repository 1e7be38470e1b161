package com.coopromo.governance.domain;

import java.time.Instant;

/** A decision handed up: to whom, since when, at which step of its path, and the sentence to show them. */
public final class Escalation {
    private final long decisionId;
    private final Overruler target;
    private final Instant since;
    private final int step;
    private final String message;

    Escalation(long decisionId, Overruler target, Instant since, int step, String message) {
        this.decisionId = decisionId;
        this.target = target;
        this.since = since;
        this.step = step;
        this.message = message;
    }

    public long decisionId() {
        return decisionId;
    }

    public Overruler target() {
        return target;
    }

    /** When this step was reached. */
    public Instant since() {
        return since;
    }

    /** 1-based position in the decision's escalation path. */
    public int step() {
        return step;
    }

    public String message() {
        return message;
    }

    @Override
    public String toString() {
        return message;
    }
}
