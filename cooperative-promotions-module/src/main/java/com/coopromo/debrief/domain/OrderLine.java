package com.coopromo.debrief.domain;

/** One campaign order line that stands (input row): which order bought which seller's Sku. */
public final class OrderLine {
    private final long orderId;
    private final long sellerId;
    private final long skuId;

    public OrderLine(long orderId, long sellerId, long skuId) {
        this.orderId = orderId;
        this.sellerId = sellerId;
        this.skuId = skuId;
    }

    public long orderId() { return orderId; }

    public long sellerId() { return sellerId; }

    public long skuId() { return skuId; }
}
