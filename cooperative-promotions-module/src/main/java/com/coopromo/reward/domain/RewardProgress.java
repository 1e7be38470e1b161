package com.coopromo.reward.domain;

/**
 * Where a shopper stands on a campaign's multi-seller reward: how many distinct participating sellers they bought
 * campaign-discounted items from (in submitted, non-cancelled orders), how many the campaign asks for, and the offer
 * code once the reward is granted. A campaign without a reward has {@link #offered()} false.
 */
public final class RewardProgress {
    private static final RewardProgress NONE = new RewardProgress(0, 0, null);

    private final int sellersCounted;
    private final int sellersNeeded;
    private final String code;

    public RewardProgress(int sellersCounted, int sellersNeeded, String code) {
        if (sellersCounted < 0 || sellersNeeded < 0) {
            throw new IllegalArgumentException("seller counts must be 0 or more (were " + sellersCounted + ", " + sellersNeeded + ")");
        }
        this.sellersCounted = sellersCounted;
        this.sellersNeeded = sellersNeeded;
        this.code = code;
    }

    /** For a campaign that grants no reward. */
    public static RewardProgress none() {
        return NONE;
    }

    /** Whether the campaign grants a multi-seller reward at all. */
    public boolean offered() {
        return sellersNeeded > 0;
    }

    public int sellersCounted() {
        return sellersCounted;
    }

    public int sellersNeeded() {
        return sellersNeeded;
    }

    /** Sellers still to buy from before the reward (0 once reached). */
    public int sellersToGo() {
        return Math.max(0, sellersNeeded - sellersCounted);
    }

    /** The granted, still held offer code; null while not granted (or after a revocation). */
    public String code() {
        return code;
    }

    public boolean granted() {
        return code != null;
    }

    /** "2 of 3 sellers" (the count never shows above what is needed). */
    public String label() {
        return Math.min(sellersCounted, sellersNeeded) + " of " + sellersNeeded + (sellersNeeded == 1 ? " seller" : " sellers");
    }

    @Override
    public String toString() {
        return offered() ? label() + (granted() ? ", code " + code : "") : "no reward";
    }
}
