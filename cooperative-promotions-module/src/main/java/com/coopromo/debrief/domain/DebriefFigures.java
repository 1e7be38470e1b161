package com.coopromo.debrief.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a debrief shows, computed from the campaign's data by {@link DebriefCalculator} (a draft's figures change with
 * the data; a published debrief keeps the figures it had when it was published). Values compare by content.
 */
public final class DebriefFigures {
    private final List<Driver> listings;
    private final List<Driver> sellers;
    private final List<CoPurchase> coPurchases;
    private final List<FunnelStep> funnel;
    private final List<Use> money;
    private final List<TargetOutcome> targets;

    public DebriefFigures(List<Driver> listings, List<Driver> sellers, List<CoPurchase> coPurchases,
                          List<FunnelStep> funnel, List<Use> money, List<TargetOutcome> targets) {
        this.listings = Collections.unmodifiableList(new ArrayList<Driver>(listings));
        this.sellers = Collections.unmodifiableList(new ArrayList<Driver>(sellers));
        this.coPurchases = Collections.unmodifiableList(new ArrayList<CoPurchase>(coPurchases));
        this.funnel = Collections.unmodifiableList(new ArrayList<FunnelStep>(funnel));
        this.money = Collections.unmodifiableList(new ArrayList<Use>(money));
        this.targets = Collections.unmodifiableList(new ArrayList<TargetOutcome>(targets));
    }

    /** Top listings by clicks (then conversion). */
    public List<Driver> listings() { return listings; }

    /** Top sellers by clicks (then conversion). */
    public List<Driver> sellers() { return sellers; }

    /** Pairs of Skus of two different sellers bought in one order, most frequent first. */
    public List<CoPurchase> coPurchases() { return coPurchases; }

    /** Impression, click, add to cart, checkout started, order. */
    public List<FunnelStep> funnel() { return funnel; }

    /** Budget use, then payout use. */
    public List<Use> money() { return money; }

    public List<TargetOutcome> targets() { return targets; }

    /** "met" when every target set was met, "missed" when one was missed, "no targets" when none was set. */
    public String outcome() {
        if (targets.isEmpty()) {
            return "no targets";
        }
        for (TargetOutcome t : targets) {
            if (!t.met()) {
                return "missed";
            }
        }
        return "met";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DebriefFigures && toString().equals(o.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }

    @Override
    public String toString() {
        return "listings=" + listings + " sellers=" + sellers + " coPurchases=" + coPurchases + " funnel=" + funnel
                + " money=" + money + " targets=" + targets;
    }

    private abstract static class Value {
        @Override
        public final boolean equals(Object o) {
            return o != null && o.getClass() == getClass() && toString().equals(o.toString());
        }

        @Override
        public final int hashCode() {
            return toString().hashCode();
        }
    }

    /** A traffic driver (a listing or a seller): clicks, orders that bought it, conversion and net revenue. */
    public static final class Driver extends Value {
        private final long id;
        private final String name;
        private final long sellerId;
        private final long impressions;
        private final long clicks;
        private final long orders;
        private final BigDecimal conversionPercent;
        private final BigDecimal netRevenue;

        public Driver(long id, String name, long sellerId, long impressions, long clicks, long orders,
                      BigDecimal conversionPercent, BigDecimal netRevenue) {
            this.id = id;
            this.name = name;
            this.sellerId = sellerId;
            this.impressions = impressions;
            this.clicks = clicks;
            this.orders = orders;
            this.conversionPercent = conversionPercent;
            this.netRevenue = netRevenue;
        }

        /** The Sku id for a listing, the seller id for a seller. */
        public long id() { return id; }

        public String name() { return name; }

        public long sellerId() { return sellerId; }

        public long impressions() { return impressions; }

        public long clicks() { return clicks; }

        /** Distinct orders (not cancelled) holding it. */
        public long orders() { return orders; }

        /** orders / clicks in percent, 1 decimal; null without clicks. */
        public BigDecimal conversionPercent() { return conversionPercent; }

        public BigDecimal netRevenue() { return netRevenue; }

        @Override
        public String toString() {
            return id + "/" + name + "/" + sellerId + ":" + impressions + "," + clicks + "," + orders + ","
                    + conversionPercent + "," + netRevenue.toPlainString();
        }
    }

    /** Two Skus of two different sellers bought in the same orders, with the lift of buying them together. */
    public static final class CoPurchase extends Value {
        private final long sellerA;
        private final long skuA;
        private final long sellerB;
        private final long skuB;
        private final long orders;
        private final BigDecimal lift;

        public CoPurchase(long sellerA, long skuA, long sellerB, long skuB, long orders, BigDecimal lift) {
            this.sellerA = sellerA;
            this.skuA = skuA;
            this.sellerB = sellerB;
            this.skuB = skuB;
            this.orders = orders;
            this.lift = lift;
        }

        public long sellerA() { return sellerA; }

        public long skuA() { return skuA; }

        public long sellerB() { return sellerB; }

        public long skuB() { return skuB; }

        /** Orders holding both. */
        public long orders() { return orders; }

        /**
         * orders(A and B) x all orders / (orders(A) x orders(B)), 2 decimals: above 1, the two sell together more
         * often than chance would have it.
         */
        public BigDecimal lift() { return lift; }

        @Override
        public String toString() {
            return sellerA + ":" + skuA + "+" + sellerB + ":" + skuB + "=" + orders + "x" + lift;
        }
    }

    /** One funnel step: how many reached it and how many of the previous step were lost on the way. */
    public static final class FunnelStep extends Value {
        private final String step;
        private final long count;
        private final BigDecimal dropOffPercent;

        public FunnelStep(String step, long count, BigDecimal dropOffPercent) {
            this.step = step;
            this.count = count;
            this.dropOffPercent = dropOffPercent;
        }

        public String step() { return step; }

        public long count() { return count; }

        /** (previous - count) / previous in percent, 1 decimal; null for the first step or when previous is 0. */
        public BigDecimal dropOffPercent() { return dropOffPercent; }

        @Override
        public String toString() {
            return step + "=" + count + "(-" + dropOffPercent + ")";
        }
    }

    /** Money available and used: the budget, or the payout pool. {@code used} is null when nothing is known yet. */
    public static final class Use extends Value {
        private final String name;
        private final BigDecimal available;
        private final BigDecimal used;
        private final BigDecimal usedPercent;
        private final String source;

        public Use(String name, BigDecimal available, BigDecimal used, BigDecimal usedPercent, String source) {
            this.name = name;
            this.available = available;
            this.used = used;
            this.usedPercent = usedPercent;
            this.source = source;
        }

        public String name() { return name; }

        public BigDecimal available() { return available; }

        public BigDecimal used() { return used; }

        public BigDecimal usedPercent() { return usedPercent; }

        /** Where the figure comes from, e.g. "budget ledger" or "payout run 3". */
        public String source() { return source; }

        @Override
        public String toString() {
            return name + ":" + plain(used) + "/" + plain(available) + "=" + usedPercent + "@" + source;
        }
    }

    /** One success target: what was set, what was reached, met or missed. */
    public static final class TargetOutcome extends Value {
        private final String name;
        private final BigDecimal target;
        private final BigDecimal actual;
        private final boolean met;

        public TargetOutcome(String name, BigDecimal target, BigDecimal actual, boolean met) {
            this.name = name;
            this.target = target;
            this.actual = actual;
            this.met = met;
        }

        public String name() { return name; }

        public BigDecimal target() { return target; }

        public BigDecimal actual() { return actual; }

        public boolean met() { return met; }

        @Override
        public String toString() {
            return name + ":" + plain(actual) + "/" + plain(target) + (met ? " met" : " missed");
        }
    }

    static String plain(BigDecimal v) {
        return v == null ? "null" : v.toPlainString();
    }
}
