package com.coopromo.seller.domain;

import com.coopromo.common.domain.Bounds;
import com.coopromo.common.domain.Validation;

import java.math.BigDecimal;

/**
 * A seller offering one host Sku: the lowest unit price it accepts (margin floor) and its shipping window.
 * Checked against the Sku's current price, which the caller reads from the host catalog.
 */
public final class ListingDraft {
    /** Money in this module carries cents; more precision than that is refused, never rounded away. */
    public static final int MONEY_SCALE = 2;

    private final long sellerId;
    private final long skuId;
    private final BigDecimal marginFloorPrice;
    private final int shipMinDays;
    private final int shipMaxDays;

    public ListingDraft(long sellerId, long skuId, BigDecimal marginFloorPrice, int shipMinDays, int shipMaxDays) {
        this.sellerId = sellerId;
        this.skuId = skuId;
        this.marginFloorPrice = marginFloorPrice;
        this.shipMinDays = shipMinDays;
        this.shipMaxDays = shipMaxDays;
    }

    /**
     * @param skuPrice the Sku's current unit price, or null when the Sku does not exist in the catalog
     */
    public Validation validate(BigDecimal skuPrice) {
        Validation v = new Validation();
        v.require(skuPrice != null, "skuId", "no Sku with id " + skuId + " exists in the catalog");
        if (marginFloorPrice == null) {
            v.reject("marginFloorPrice", "is required");
        } else if (marginFloorPrice.signum() < 0) {
            v.reject("marginFloorPrice", "must be 0 or more (was " + marginFloorPrice.toPlainString() + ")");
        } else if (!Bounds.money(v, "marginFloorPrice", marginFloorPrice)) {
            // refused: more than any price the store can hold
        } else if (marginFloorPrice.stripTrailingZeros().scale() > MONEY_SCALE) {
            v.reject("marginFloorPrice", "must have at most " + MONEY_SCALE + " decimals (was " + marginFloorPrice.toPlainString() + ")");
        } else if (skuPrice != null && marginFloorPrice.compareTo(skuPrice) > 0) {
            v.reject("marginFloorPrice", "must not be above the Sku's price " + skuPrice.toPlainString()
                    + " (was " + marginFloorPrice.toPlainString() + ")");
        }
        String shipping = ShippingWindow.problemWith(shipMinDays, shipMaxDays);
        if (shipping != null) {
            v.reject(shipping.startsWith("shipMin") ? "shipMinDays" : "shipMaxDays", shipping.substring(shipping.indexOf(' ') + 1));
        }
        return v;
    }

    public long sellerId() {
        return sellerId;
    }

    public long skuId() {
        return skuId;
    }

    public BigDecimal marginFloorPrice() {
        return marginFloorPrice;
    }

    public ShippingWindow shippingWindow() {
        return ShippingWindow.of(shipMinDays, shipMaxDays);
    }
}
