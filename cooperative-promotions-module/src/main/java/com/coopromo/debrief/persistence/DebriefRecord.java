package com.coopromo.debrief.persistence;

import java.time.Instant;

/** A campaign's debrief row: DRAFT or PUBLISHED, the organiser's lessons, and (once published) the frozen snapshot. */
public final class DebriefRecord {
    public static final String DRAFT = "DRAFT";
    public static final String PUBLISHED = "PUBLISHED";

    private final long campaignId;
    private final String state;
    private final String lessons;
    private final String snapshot;
    private final String outcome;
    private final String updatedBy;
    private final Instant updatedAt;
    private final String publishedBy;
    private final Instant publishedAt;

    public DebriefRecord(long campaignId, String state, String lessons, String snapshot, String outcome,
                         String updatedBy, Instant updatedAt, String publishedBy, Instant publishedAt) {
        this.campaignId = campaignId;
        this.state = state;
        this.lessons = lessons;
        this.snapshot = snapshot;
        this.outcome = outcome;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
        this.publishedBy = publishedBy;
        this.publishedAt = publishedAt;
    }

    public long campaignId() { return campaignId; }

    public String state() { return state; }

    public boolean isPublished() { return PUBLISHED.equals(state); }

    public String lessons() { return lessons; }

    /** The figures and survey summary as published (JSON), or null for a draft. */
    public String snapshot() { return snapshot; }

    /** met / missed / no targets, once published. */
    public String outcome() { return outcome; }

    public String updatedBy() { return updatedBy; }

    public Instant updatedAt() { return updatedAt; }

    public String publishedBy() { return publishedBy; }

    public Instant publishedAt() { return publishedAt; }
}
