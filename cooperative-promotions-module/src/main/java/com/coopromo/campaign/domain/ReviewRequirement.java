package com.coopromo.campaign.domain;

/** Who must review a campaign before it is approved. */
public enum ReviewRequirement {
    ONE_REVIEWER(1),
    TWO_REVIEWERS(2),
    FULL_COMMITTEE(Integer.MAX_VALUE);

    private final int approvalsNeeded;

    ReviewRequirement(int approvalsNeeded) {
        this.approvalsNeeded = approvalsNeeded;
    }

    /** Approvals needed; {@link #FULL_COMMITTEE} needs the committee's decision instead of a count. */
    public int approvalsNeeded() {
        return approvalsNeeded;
    }
}
