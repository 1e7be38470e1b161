package com.coopromo.debrief.domain;

import java.math.BigDecimal;

/**
 * One listing's traffic over a campaign (input row): the hourly rollups summed per seller and Sku. Revenue is net of
 * the campaign discount, submitted less cancelled.
 */
public final class ListingTraffic {
    private final long sellerId;
    private final String sellerName;
    private final long skuId;
    private final String listingName;
    private final long impressions;
    private final long clicks;
    private final long addToCarts;
    private final long checkouts;
    private final BigDecimal netRevenue;

    public ListingTraffic(long sellerId, String sellerName, long skuId, String listingName, long impressions,
                          long clicks, long addToCarts, long checkouts, BigDecimal netRevenue) {
        this.sellerId = sellerId;
        this.sellerName = sellerName;
        this.skuId = skuId;
        this.listingName = listingName;
        this.impressions = impressions;
        this.clicks = clicks;
        this.addToCarts = addToCarts;
        this.checkouts = checkouts;
        this.netRevenue = netRevenue;
    }

    public long sellerId() { return sellerId; }

    public String sellerName() { return sellerName; }

    public long skuId() { return skuId; }

    public String listingName() { return listingName; }

    public long impressions() { return impressions; }

    public long clicks() { return clicks; }

    public long addToCarts() { return addToCarts; }

    public long checkouts() { return checkouts; }

    public BigDecimal netRevenue() { return netRevenue; }
}
