package com.coopromo.governance.domain;

/**
 * A number of votes, either fixed ("2 approvals") or relative to the decision's eligible voters ("a majority"), so
 * one rule works for a three-person review and a seven-person committee alike.
 */
public final class VoteThreshold {
    private final int fixed;
    private final boolean majority;

    private VoteThreshold(int fixed, boolean majority) {
        this.fixed = fixed;
        this.majority = majority;
    }

    public static VoteThreshold fixed(int votes) {
        if (votes < 1) {
            throw new IllegalArgumentException("a vote threshold must be at least 1 (was " + votes + ")");
        }
        return new VoteThreshold(votes, false);
    }

    /** More than half of the eligible voters. */
    public static VoteThreshold majorityOfEligible() {
        return new VoteThreshold(0, true);
    }

    /** True for "a majority of the eligible voters"; false for a fixed count. */
    public boolean isMajority() {
        return majority;
    }

    /** The fixed count; 0 for a majority threshold. */
    public int fixedCount() {
        return fixed;
    }

    /** The votes needed when {@code eligible} people may vote. */
    public int neededOf(int eligible) {
        return majority ? eligible / 2 + 1 : fixed;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VoteThreshold && ((VoteThreshold) o).fixed == fixed && ((VoteThreshold) o).majority == majority;
    }

    @Override
    public int hashCode() {
        return majority ? -1 : fixed;
    }

    @Override
    public String toString() {
        return majority ? "a majority of eligible voters" : String.valueOf(fixed);
    }
}
