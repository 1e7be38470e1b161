package com.coopromo.metrics.domain;

import java.time.Instant;
import java.time.LocalDate;

/** A campaign's kept daily report: its UTC day and when it was written. */
public final class DailyReport {
    private final long campaignId;
    private final LocalDate day;
    private final Instant createdAt;

    public DailyReport(long campaignId, LocalDate day, Instant createdAt) {
        this.campaignId = campaignId;
        this.day = day;
        this.createdAt = createdAt;
    }

    public long campaignId() { return campaignId; }

    /** The UTC day the report covers. */
    public LocalDate day() { return day; }

    public Instant createdAt() { return createdAt; }

    /** e.g. {@code campaign-4-2026-12-02.csv} */
    public String fileName() { return "campaign-" + campaignId + "-" + day + ".csv"; }
}
