package com.coopromo.stock.domain;

/** The units an order took of one Sku at checkout, and whether they were given back since (the order cancelled). */
public final class StockMovement {
    private final long orderId;
    private final long skuId;
    private final int units;
    private final boolean restored;

    public StockMovement(long orderId, long skuId, int units, boolean restored) {
        this.orderId = orderId;
        this.skuId = skuId;
        this.units = units;
        this.restored = restored;
    }

    public long orderId() {
        return orderId;
    }

    public long skuId() {
        return skuId;
    }

    public int units() {
        return units;
    }

    public boolean restored() {
        return restored;
    }

    @Override
    public String toString() {
        return "order " + orderId + " took " + units + " of Sku " + skuId + (restored ? " (given back)" : "");
    }
}
