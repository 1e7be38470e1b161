package com.coopromo.campaign.domain;

/**
 * Who must review a campaign before it is approved. One reviewer decides alone (a permitted admin approves directly);
 * two reviewers or the full committee means the committee's vote decides: submitting the campaign opens the
 * committee's decision and only that decision (or a platform overrule) approves or rejects it.
 */
public enum ReviewRequirement {
    ONE_REVIEWER(1),
    TWO_REVIEWERS(2),
    FULL_COMMITTEE(Integer.MAX_VALUE);

    private final int approvalsNeeded;

    ReviewRequirement(int approvalsNeeded) {
        this.approvalsNeeded = approvalsNeeded;
    }

    /** Whether the committee's vote decides, rather than one reviewer's direct approval. */
    public boolean byCommittee() {
        return this != ONE_REVIEWER;
    }

    /** Approvals needed; {@link #FULL_COMMITTEE} needs the committee's decision instead of a count. */
    public int approvalsNeeded() {
        return approvalsNeeded;
    }
}
