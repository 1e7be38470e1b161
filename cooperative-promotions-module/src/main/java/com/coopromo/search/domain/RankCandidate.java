package com.coopromo.search.domain;

/** One matching listing as the ranking sees it: its id, its seller, and what the rules look at. */
public final class RankCandidate {
    private final long listingId;
    private final long sellerId;
    private final boolean newcomer;
    private final boolean featuredEligible;

    public RankCandidate(long listingId, long sellerId, boolean newcomer, boolean featuredEligible) {
        this.listingId = listingId;
        this.sellerId = sellerId;
        this.newcomer = newcomer;
        this.featuredEligible = featuredEligible;
    }

    public long listingId() {
        return listingId;
    }

    public long sellerId() {
        return sellerId;
    }

    public boolean newcomer() {
        return newcomer;
    }

    public boolean featuredEligible() {
        return featuredEligible;
    }

    @Override
    public String toString() {
        return "#" + listingId + "@" + sellerId + (newcomer ? "(new)" : "") + (featuredEligible ? "(f)" : "");
    }
}
