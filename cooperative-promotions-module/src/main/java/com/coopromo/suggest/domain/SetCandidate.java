package com.coopromo.suggest.domain;

/**
 * A listing that could complete a shopper's set: enrolled in the same live campaign as something in the basket, from
 * a seller the basket does not hold yet, in stock. {@code coPurchases} counts the orders in which it was bought
 * together with something in the basket from another seller; {@code categoryId} is its host category (or null).
 */
public final class SetCandidate {
    private final long campaignId;
    private final long skuId;
    private final long sellerId;
    private final Long categoryId;
    private final int coPurchases;

    public SetCandidate(long campaignId, long skuId, long sellerId, Long categoryId, int coPurchases) {
        this.campaignId = campaignId;
        this.skuId = skuId;
        this.sellerId = sellerId;
        this.categoryId = categoryId;
        this.coPurchases = coPurchases;
    }

    public long campaignId() {
        return campaignId;
    }

    public long skuId() {
        return skuId;
    }

    public long sellerId() {
        return sellerId;
    }

    public Long categoryId() {
        return categoryId;
    }

    public int coPurchases() {
        return coPurchases;
    }

    @Override
    public String toString() {
        return "sku " + skuId + " (seller " + sellerId + ", campaign " + campaignId + ", " + coPurchases + " co-purchases)";
    }
}
