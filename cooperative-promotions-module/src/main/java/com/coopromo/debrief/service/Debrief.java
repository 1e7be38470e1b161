package com.coopromo.debrief.service;

import com.coopromo.debrief.domain.DebriefFigures;
import com.coopromo.debrief.domain.SurveySummary;
import com.coopromo.debrief.persistence.DebriefRecord;

import java.time.Instant;

/**
 * A campaign's debrief as shown: a draft's figures and survey summary computed now, a published one's as they were
 * when it was published.
 */
public final class Debrief {
    private final long campaignId;
    private final String campaignName;
    private final String campaignState;
    private final DebriefRecord record;
    private final DebriefFigures figures;
    private final SurveySummary survey;

    public Debrief(long campaignId, String campaignName, String campaignState, DebriefRecord record,
                   DebriefFigures figures, SurveySummary survey) {
        this.campaignId = campaignId;
        this.campaignName = campaignName;
        this.campaignState = campaignState;
        this.record = record;
        this.figures = figures;
        this.survey = survey;
    }

    public long campaignId() { return campaignId; }

    public String campaignName() { return campaignName; }

    public String campaignState() { return campaignState; }

    public boolean isPublished() { return record != null && record.isPublished(); }

    /** The organiser's lessons, or null while none are written. */
    public String lessons() { return record == null ? null : record.lessons(); }

    public String publishedBy() { return record == null ? null : record.publishedBy(); }

    public Instant publishedAt() { return record == null ? null : record.publishedAt(); }

    public DebriefFigures figures() { return figures; }

    public SurveySummary survey() { return survey; }
}
