package com.coopromo.metrics.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The counted figures of one slice (a campaign, a seller, a segment, an hour). Rates are derived here, once:
 * click-through = clicks / impressions, add-to-cart rate = add-to-carts / clicks, conversion = orders / clicks,
 * average order value = net revenue / orders; each is null when its denominator is 0.
 */
public final class Figures {
    public static final Figures ZERO = new Figures(0, 0, 0, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO,
            BigDecimal.ZERO, 0, 0);

    private final long impressions;
    private final long clicks;
    private final long addToCarts;
    private final long checkouts;
    private final long orders;
    private final long units;
    private final BigDecimal gross;
    private final BigDecimal discountPlatform;
    private final BigDecimal discountSeller;
    private final long newBuyers;
    private final long returningBuyers;

    public Figures(long impressions, long clicks, long addToCarts, long checkouts, long orders, long units,
                   BigDecimal gross, BigDecimal discountPlatform, BigDecimal discountSeller, long newBuyers,
                   long returningBuyers) {
        this.impressions = impressions;
        this.clicks = clicks;
        this.addToCarts = addToCarts;
        this.checkouts = checkouts;
        this.orders = orders;
        this.units = units;
        this.gross = gross.setScale(2, RoundingMode.HALF_UP);
        this.discountPlatform = discountPlatform.setScale(2, RoundingMode.HALF_UP);
        this.discountSeller = discountSeller.setScale(2, RoundingMode.HALF_UP);
        this.newBuyers = newBuyers;
        this.returningBuyers = returningBuyers;
    }

    public long impressions() { return impressions; }

    public long clicks() { return clicks; }

    public long addToCarts() { return addToCarts; }

    public long checkouts() { return checkouts; }

    /** Submitted orders less cancelled ones. */
    public long orders() { return orders; }

    public long units() { return units; }

    /** Revenue before campaign discounts. */
    public BigDecimal revenueGross() { return gross; }

    /** Revenue after campaign discounts (what shoppers paid for these lines). */
    public BigDecimal revenueNet() { return gross.subtract(discountSpent()); }

    /** Campaign discount spent, both parts. */
    public BigDecimal discountSpent() { return discountPlatform.add(discountSeller); }

    public BigDecimal discountPlatform() { return discountPlatform; }

    public BigDecimal discountSeller() { return discountSeller; }

    /** Buyers whose first order in the store is in this slice. */
    public long newBuyers() { return newBuyers; }

    public long returningBuyers() { return returningBuyers; }

    /** Click-through rate in percent (1 decimal), or null without impressions. */
    public BigDecimal clickThroughPercent() { return percent(clicks, impressions); }

    public BigDecimal addToCartPercent() { return percent(addToCarts, clicks); }

    public BigDecimal conversionPercent() { return percent(orders, clicks); }

    /** Net revenue per order (2 decimals), or null without orders. */
    public BigDecimal averageOrderValue() {
        return orders == 0 ? null : revenueNet().divide(BigDecimal.valueOf(orders), 2, RoundingMode.HALF_UP);
    }

    /** part / whole in percent with one decimal, half-up; null when whole is 0. */
    public static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
