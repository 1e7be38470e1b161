package com.coopromo.debrief.search;

/** One published debrief found in the lessons library. */
public final class LessonHit {
    private final long campaignId;
    private final String campaignName;
    private final String tier;
    private final String objective;
    private final String outcome;
    private final String lessons;

    public LessonHit(long campaignId, String campaignName, String tier, String objective, String outcome, String lessons) {
        this.campaignId = campaignId;
        this.campaignName = campaignName;
        this.tier = tier;
        this.objective = objective;
        this.outcome = outcome;
        this.lessons = lessons;
    }

    public long campaignId() { return campaignId; }

    public String campaignName() { return campaignName; }

    public String tier() { return tier; }

    public String objective() { return objective; }

    /** met, missed or no targets. */
    public String outcome() { return outcome; }

    public String lessons() { return lessons; }
}
