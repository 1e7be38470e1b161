package com.coopromo.search.domain;

/** A place on a page: the candidate shown there, and whether it holds one of the page's featured slots. */
public final class RankedSlot {
    private final RankCandidate candidate;
    private final boolean featured;

    public RankedSlot(RankCandidate candidate, boolean featured) {
        this.candidate = candidate;
        this.featured = featured;
    }

    public RankCandidate candidate() {
        return candidate;
    }

    public boolean featured() {
        return featured;
    }

    @Override
    public String toString() {
        return (featured ? "F" : "") + candidate;
    }
}
