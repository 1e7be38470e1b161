package com.coopromo.governance.domain;

import java.time.Instant;

/** One ballot as cast: by whom, which way, why (required to reject) and when. {@link Ballot} decides if it counts. */
public final class Vote {
    public static final int COMMENT_MAX = 2000;

    private final String voterId;
    private final VoteChoice choice;
    private final String comment;
    private final Instant castAt;

    public Vote(String voterId, VoteChoice choice, String comment, Instant castAt) {
        if (voterId == null || choice == null || castAt == null) {
            throw new IllegalArgumentException("a vote needs a voter, a choice and the instant it was cast");
        }
        this.voterId = voterId.trim();
        this.choice = choice;
        this.comment = comment == null || comment.trim().isEmpty() ? null : comment.trim();
        this.castAt = castAt;
    }

    public String voterId() {
        return voterId;
    }

    public VoteChoice choice() {
        return choice;
    }

    /** The voter's comment, or null if none was given. */
    public String comment() {
        return comment;
    }

    public Instant castAt() {
        return castAt;
    }

    @Override
    public String toString() {
        return voterId + " " + choice + " at " + castAt;
    }
}
