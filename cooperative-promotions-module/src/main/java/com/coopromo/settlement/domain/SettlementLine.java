package com.coopromo.settlement.domain;

import java.math.BigDecimal;

/**
 * One attributed order line as settlement sees it: what the shopper paid for the line after every discount
 * ({@code lineTotal}), its campaign discount split into platform and seller parts, and whether its order was cancelled
 * (as of the run's snapshot).
 */
public final class SettlementLine {
    private final long sellerId;
    private final BigDecimal lineTotal;
    private final BigDecimal discount;
    private final BigDecimal platformPart;
    private final BigDecimal sellerPart;
    private final boolean reversed;

    public SettlementLine(long sellerId, BigDecimal lineTotal, BigDecimal discount, BigDecimal platformPart,
                          BigDecimal sellerPart, boolean reversed) {
        if (platformPart.add(sellerPart).compareTo(discount) != 0) {
            throw new IllegalArgumentException("platform part " + platformPart + " + seller part " + sellerPart
                    + " must equal the discount " + discount);
        }
        this.sellerId = sellerId;
        this.lineTotal = lineTotal;
        this.discount = discount;
        this.platformPart = platformPart;
        this.sellerPart = sellerPart;
        this.reversed = reversed;
    }

    public long sellerId() { return sellerId; }
    public BigDecimal lineTotal() { return lineTotal; }
    public BigDecimal discount() { return discount; }
    public BigDecimal platformPart() { return platformPart; }
    public BigDecimal sellerPart() { return sellerPart; }
    public boolean reversed() { return reversed; }
}
