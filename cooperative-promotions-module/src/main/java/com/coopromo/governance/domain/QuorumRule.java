package com.coopromo.governance.domain;

/**
 * When a vote counts and when it is settled. A decision is valid once {@code ballots} votes are in (abstentions
 * count: the voter took part). It is approved once {@code approvals} approvals are in, and rejected once
 * {@code rejections} rejections are in or enough voters are left that approval is no longer possible. Approvals
 * and rejections only ever grow, so an outcome reached this way cannot be undone by later votes.
 */
public final class QuorumRule {
    private final VoteThreshold ballots;
    private final VoteThreshold approvals;
    private final VoteThreshold rejections;

    public QuorumRule(VoteThreshold ballots, VoteThreshold approvals, VoteThreshold rejections) {
        if (ballots == null || approvals == null || rejections == null) {
            throw new IllegalArgumentException("a quorum rule needs ballot, approval and rejection thresholds");
        }
        this.ballots = ballots;
        this.approvals = approvals;
        this.rejections = rejections;
    }

    /** The same fixed count for quorum, approval and rejection ("n reviewers agree"). */
    public static QuorumRule agreementOf(int votes) {
        VoteThreshold t = VoteThreshold.fixed(votes);
        return new QuorumRule(t, t, t);
    }

    /** A majority of the eligible voters for quorum, approval and rejection. */
    public static QuorumRule majority() {
        VoteThreshold m = VoteThreshold.majorityOfEligible();
        return new QuorumRule(m, m, m);
    }

    public VoteThreshold ballots() {
        return ballots;
    }

    public VoteThreshold approvals() {
        return approvals;
    }

    public VoteThreshold rejections() {
        return rejections;
    }

    public int ballotsNeeded(int eligible) {
        return ballots.neededOf(eligible);
    }

    public int approvalsNeeded(int eligible) {
        return approvals.neededOf(eligible);
    }

    public int rejectionsNeeded(int eligible) {
        return rejections.neededOf(eligible);
    }

    @Override
    public String toString() {
        return "quorum " + ballots + ", approve at " + approvals + ", reject at " + rejections;
    }
}
