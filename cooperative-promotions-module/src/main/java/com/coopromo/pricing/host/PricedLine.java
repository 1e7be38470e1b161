package com.coopromo.pricing.host;

import com.coopromo.pricing.domain.CampaignOffer;
import com.coopromo.pricing.domain.LinePricing;

/**
 * How one price detail of an order line was priced by the module: the host's order item and Sku, the campaign offer
 * it was enrolled in (null when none) and the calculator's result with its explanation. Not persisted; previews and
 * the checkout read it.
 */
public final class PricedLine {
    private final Long orderItemId;
    private final long skuId;
    private final String itemName;
    private final CampaignOffer offer;
    private final LinePricing pricing;

    public PricedLine(Long orderItemId, long skuId, String itemName, CampaignOffer offer, LinePricing pricing) {
        this.orderItemId = orderItemId;
        this.skuId = skuId;
        this.itemName = itemName;
        this.offer = offer;
        this.pricing = pricing;
    }

    /** The host order item's id (null for an order item not saved yet). */
    public Long orderItemId() { return orderItemId; }
    public long skuId() { return skuId; }
    /** The order item's name as the host shows it. */
    public String itemName() { return itemName; }
    /** The campaign offer the Sku is enrolled in at the pricing instant, or null. */
    public CampaignOffer offer() { return offer; }
    public LinePricing pricing() { return pricing; }

    @Override
    public String toString() {
        return "item " + orderItemId + " (Sku " + skuId + ") x" + pricing.quantity() + ": " + pricing;
    }
}
