package com.coopromo.campaign.service;

/** The committee's decision a campaign waits for, as counted when read. */
public final class PendingReview {
    private final long decisionId;
    private final int approvals;
    private final int approvalsNeeded;
    private final int rejections;
    private final int rejectionsNeeded;
    private final String escalatedTo;

    /** @param escalatedTo who the overdue decision went up to (CHAIR, PLATFORM_ADMIN), or null */
    public PendingReview(long decisionId, int approvals, int approvalsNeeded, int rejections, int rejectionsNeeded,
                         String escalatedTo) {
        this.decisionId = decisionId;
        this.approvals = approvals;
        this.approvalsNeeded = approvalsNeeded;
        this.rejections = rejections;
        this.rejectionsNeeded = rejectionsNeeded;
        this.escalatedTo = escalatedTo;
    }

    public long decisionId() {
        return decisionId;
    }

    public int approvals() {
        return approvals;
    }

    public int approvalsNeeded() {
        return approvalsNeeded;
    }

    public int rejections() {
        return rejections;
    }

    public int rejectionsNeeded() {
        return rejectionsNeeded;
    }

    public String escalatedTo() {
        return escalatedTo;
    }

    /** "decision #12, 1 of 2 votes to approve" (and where it escalated to, if it did). */
    public String summary() {
        return "decision #" + decisionId + ", " + approvals + " of " + approvalsNeeded + " votes to approve"
                + (escalatedTo == null ? "" : ", escalated to the " + escalatedTo.toLowerCase().replace('_', ' '));
    }

    /** The sentence the admin shows instead of approve and reject buttons. */
    public String sentence() {
        return "Approval is up to the committee: " + summary() + ".";
    }
}
