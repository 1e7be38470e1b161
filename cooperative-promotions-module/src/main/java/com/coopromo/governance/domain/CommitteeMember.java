package com.coopromo.governance.domain;

import com.coopromo.seller.domain.SellerSegment;

/**
 * A seat on the committee: either a seller's representative (with the seller's size segment, so the committee's
 * balance can be checked) or a platform marketer. Identity is the member id.
 */
public final class CommitteeMember {
    private final String id;
    private final SellerSegment segment;
    private final Long sellerId;

    private CommitteeMember(String id, SellerSegment segment, Long sellerId) {
        if (id == null || id.trim().isEmpty()) {
            throw new IllegalArgumentException("a committee member needs an id");
        }
        this.id = id.trim();
        this.segment = segment;
        this.sellerId = sellerId;
    }

    public static CommitteeMember seller(String id, SellerSegment segment, long sellerId) {
        if (segment == null) {
            throw new IllegalArgumentException("seller member '" + id + "' needs a segment");
        }
        return new CommitteeMember(id, segment, sellerId);
    }

    public static CommitteeMember platformMarketer(String id) {
        return new CommitteeMember(id, null, null);
    }

    public String id() {
        return id;
    }

    public boolean isSeller() {
        return sellerId != null;
    }

    public boolean isPlatformMarketer() {
        return sellerId == null;
    }

    /** The seller's segment; null for a platform marketer. */
    public SellerSegment segment() {
        return segment;
    }

    /** The seller this member represents; null for a platform marketer. */
    public Long sellerId() {
        return sellerId;
    }

    /** True if this member speaks for the given seller (and so has a conflict of interest in its cases). */
    public boolean represents(long seller) {
        return sellerId != null && sellerId == seller;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CommitteeMember && ((CommitteeMember) o).id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return isSeller() ? id + " (" + segment + " seller " + sellerId + ")" : id + " (platform marketer)";
    }
}
