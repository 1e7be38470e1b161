package com.coopromo.campaign.domain;

/** Where a campaign is in its life; {@link CampaignLifecycle} says how it moves. */
public enum CampaignState {
    DRAFT, SUBMITTED, IN_REVIEW, APPROVED, SCHEDULED, LIVE, ENDED, DEBRIEFED, REJECTED, CANCELLED;

    /** No further transitions happen from a final state. */
    public boolean isFinal() {
        return this == DEBRIEFED || this == CANCELLED;
    }
}
