package com.coopromo.pricing.checkout;

import com.coopromo.pricing.domain.FundingSplit;

import java.math.BigDecimal;

/**
 * One order line's campaign discount as the order carries it (Σ adjustment value × detail quantity of the campaign's
 * host offer rows), with who it is attributed to and who funds it.
 */
public final class CampaignCharge {
    private final long orderItemId;
    private final long skuId;
    private final int quantity;
    private final long campaignId;
    private final long sellerId;
    private final long listingId;
    private final BigDecimal discount;
    private final FundingSplit funding;
    private final BigDecimal lineTotal;

    CampaignCharge(long orderItemId, long skuId, int quantity, long campaignId, long sellerId, long listingId,
                   BigDecimal discount, FundingSplit funding, BigDecimal lineTotal) {
        this.orderItemId = orderItemId;
        this.skuId = skuId;
        this.quantity = quantity;
        this.campaignId = campaignId;
        this.sellerId = sellerId;
        this.listingId = listingId;
        this.discount = discount;
        this.funding = funding;
        this.lineTotal = lineTotal;
    }

    public long orderItemId() { return orderItemId; }
    public long skuId() { return skuId; }
    public int quantity() { return quantity; }
    public long campaignId() { return campaignId; }
    public long sellerId() { return sellerId; }
    public long listingId() { return listingId; }
    /** The line's campaign discount, exact to the cent. */
    public BigDecimal discount() { return discount; }
    /** Platform part (drawn from the campaign budget) + seller part = {@link #discount()}. */
    public FundingSplit funding() { return funding; }
    /** What the shopper pays for the line after every discount (Broadleaf's item total); null when unknown. */
    public BigDecimal lineTotal() { return lineTotal; }

    @Override
    public String toString() {
        return "item " + orderItemId + " (Sku " + skuId + " x" + quantity + "): campaign " + campaignId + ", seller "
                + sellerId + ", listing " + listingId + ", discount " + discount.toPlainString() + " (" + funding + ")";
    }
}
