package com.coopromo.campaign.domain;

/** What someone (or the clock) does to a campaign. */
public enum CampaignAction {
    SUBMIT, START_REVIEW, APPROVE, REJECT, REVISE, SCHEDULE, GO_LIVE, END, DEBRIEF, CANCEL,
    /** A rejection overturned on appeal: only the committee's appeal (or the platform admin's overrule) makes it. */
    APPEAL_UPHELD
}
