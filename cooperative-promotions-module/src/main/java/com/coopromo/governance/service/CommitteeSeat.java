package com.coopromo.governance.service;

/**
 * A seat asked for when setting up the committee: a member id and the seller they represent, or no seller for a
 * platform marketer. The seller's segment is read from the seller record, so the committee's balance is checked
 * against what the platform knows about the seller rather than what the form says.
 */
public final class CommitteeSeat {
    private final String memberId;
    private final Long sellerId;

    private CommitteeSeat(String memberId, Long sellerId) {
        this.memberId = memberId;
        this.sellerId = sellerId;
    }

    public static CommitteeSeat seller(String memberId, long sellerId) {
        return new CommitteeSeat(memberId, sellerId);
    }

    public static CommitteeSeat platformMarketer(String memberId) {
        return new CommitteeSeat(memberId, null);
    }

    public String memberId() {
        return memberId;
    }

    /** Null for a platform marketer. */
    public Long sellerId() {
        return sellerId;
    }
}
