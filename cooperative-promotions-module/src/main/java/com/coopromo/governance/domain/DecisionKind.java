package com.coopromo.governance.domain;

/** What the committee is deciding. */
public enum DecisionKind {
    /** Whether a submitted campaign may run. */
    CAMPAIGN_APPROVAL,
    /** A disagreement about a seller's participation (eligibility, conduct, payout). */
    PARTICIPATION_DISPUTE,
    /** A second look at a rejected decision, by members who did not take the first. */
    APPEAL,
    /** A change to a live campaign, such as pausing one listing. */
    ADJUSTMENT_REQUEST
}
