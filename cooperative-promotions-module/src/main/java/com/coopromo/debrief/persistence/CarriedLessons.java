package com.coopromo.debrief.persistence;

import java.time.Instant;

/** The lessons a campaign carries from the published debrief it was cloned from. */
public final class CarriedLessons {
    private final long campaignId;
    private final long sourceCampaignId;
    private final String sourceName;
    private final String lessons;
    private final String outcome;
    private final Instant carriedAt;

    public CarriedLessons(long campaignId, long sourceCampaignId, String sourceName, String lessons, String outcome,
                          Instant carriedAt) {
        this.campaignId = campaignId;
        this.sourceCampaignId = sourceCampaignId;
        this.sourceName = sourceName;
        this.lessons = lessons;
        this.outcome = outcome;
        this.carriedAt = carriedAt;
    }

    public long campaignId() { return campaignId; }

    public long sourceCampaignId() { return sourceCampaignId; }

    public String sourceName() { return sourceName; }

    public String lessons() { return lessons; }

    /** The source debrief's outcome: met, missed or no targets. */
    public String outcome() { return outcome; }

    public Instant carriedAt() { return carriedAt; }
}
