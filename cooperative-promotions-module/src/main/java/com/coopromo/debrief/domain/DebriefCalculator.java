package com.coopromo.debrief.domain;

import com.coopromo.debrief.domain.DebriefFigures.CoPurchase;
import com.coopromo.debrief.domain.DebriefFigures.Driver;
import com.coopromo.debrief.domain.DebriefFigures.FunnelStep;
import com.coopromo.debrief.domain.DebriefFigures.TargetOutcome;
import com.coopromo.debrief.domain.DebriefFigures.Use;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A campaign's debrief figures from plain rows: the listings' traffic (rollups), the order lines that stand
 * (attribution, cancelled ones left out) and the campaign's money and targets.
 * <ul>
 * <li>drivers: per listing and per seller, clicks, distinct orders, conversion = orders / clicks (1 decimal) and net
 * revenue; ranked by clicks, then conversion, then id; the first {@code top} kept;</li>
 * <li>co-purchases: every pair of Skus of two different sellers in one order; lift = orders(A and B) x orders /
 * (orders(A) x orders(B)), 2 decimals half-up; ranked by orders together, then lift, then the Skus;</li>
 * <li>funnel: impressions, clicks, add to carts, checkouts started, orders (distinct), with the drop-off from the
 * previous step in percent (1 decimal);</li>
 * <li>targets: revenue (net), conversion % (orders / clicks) and new buyers, met when reached.</li>
 * </ul>
 */
public final class DebriefCalculator {
    public static final int TOP = 10;
    public static final String[] FUNNEL = {"Hub/tile impression", "Product click", "Add to cart", "Checkout started",
            "Order"};

    private DebriefCalculator() {
    }

    public static DebriefFigures compute(List<ListingTraffic> traffic, List<OrderLine> lines, CampaignFacts facts, int top) {
        Map<String, Set<Long>> ordersBySku = new HashMap<String, Set<Long>>();
        Map<Long, Set<Long>> ordersBySeller = new HashMap<Long, Set<Long>>();
        Map<Long, Map<String, long[]>> orderContents = new TreeMap<Long, Map<String, long[]>>();
        Set<Long> allOrders = new HashSet<Long>();
        for (OrderLine line : lines) {
            add(ordersBySku, key(line.sellerId(), line.skuId()), line.orderId());
            add(ordersBySeller, line.sellerId(), line.orderId());
            allOrders.add(line.orderId());
            Map<String, long[]> contents = orderContents.get(line.orderId());
            if (contents == null) {
                contents = new TreeMap<String, long[]>();
                orderContents.put(line.orderId(), contents);
            }
            contents.put(key(line.sellerId(), line.skuId()), new long[] {line.sellerId(), line.skuId()});
        }

        long impressions = 0, clicks = 0, carts = 0, checkouts = 0;
        BigDecimal revenue = BigDecimal.ZERO;
        List<Driver> listings = new ArrayList<Driver>();
        Map<Long, ListingTraffic> sellerSums = new LinkedHashMap<Long, ListingTraffic>();
        for (ListingTraffic t : traffic) {
            impressions += t.impressions();
            clicks += t.clicks();
            carts += t.addToCarts();
            checkouts += t.checkouts();
            revenue = revenue.add(t.netRevenue());
            listings.add(driver(t.skuId(), t.listingName(), t.sellerId(), t.impressions(), t.clicks(),
                    count(ordersBySku, key(t.sellerId(), t.skuId())), t.netRevenue()));
            ListingTraffic s = sellerSums.get(t.sellerId());
            sellerSums.put(t.sellerId(), s == null ? t : new ListingTraffic(t.sellerId(), s.sellerName(), 0, null,
                    s.impressions() + t.impressions(), s.clicks() + t.clicks(), 0, 0, s.netRevenue().add(t.netRevenue())));
        }
        List<Driver> sellers = new ArrayList<Driver>();
        for (ListingTraffic s : sellerSums.values()) {
            sellers.add(driver(s.sellerId(), s.sellerName(), s.sellerId(), s.impressions(), s.clicks(),
                    count(ordersBySeller, s.sellerId()), s.netRevenue()));
        }

        long orders = allOrders.size();
        List<CoPurchase> pairs = coPurchases(orderContents, ordersBySku, orders);

        long[] steps = {impressions, clicks, carts, checkouts, orders};
        List<FunnelStep> funnel = new ArrayList<FunnelStep>();
        for (int i = 0; i < steps.length; i++) {
            BigDecimal drop = i == 0 ? null : percent(steps[i - 1] - steps[i], steps[i - 1]);
            funnel.add(new FunnelStep(FUNNEL[i], steps[i], drop));
        }

        List<Use> money = new ArrayList<Use>();
        money.add(use("Budget (platform-funded discount)", facts.budget(), facts.budgetConsumed(), "budget ledger"));
        money.add(use("Payout pool", facts.payoutPool(), facts.payoutPaid(),
                facts.payoutRun() == null ? "no settlement run yet" : facts.payoutRun()));

        List<TargetOutcome> targets = new ArrayList<TargetOutcome>();
        if (facts.targetRevenue() != null) {
            BigDecimal actual = revenue.setScale(2, RoundingMode.HALF_UP);
            targets.add(new TargetOutcome("Revenue", facts.targetRevenue(), actual,
                    actual.compareTo(facts.targetRevenue()) >= 0));
        }
        if (facts.targetConversionPercent() != null) {
            BigDecimal actual = percent(orders, clicks);
            actual = actual == null ? BigDecimal.ZERO.setScale(1) : actual;
            targets.add(new TargetOutcome("Conversion %", facts.targetConversionPercent(), actual,
                    actual.compareTo(facts.targetConversionPercent()) >= 0));
        }
        if (facts.targetNewBuyers() != null) {
            targets.add(new TargetOutcome("New buyers", BigDecimal.valueOf(facts.targetNewBuyers()),
                    BigDecimal.valueOf(facts.newBuyers()), facts.newBuyers() >= facts.targetNewBuyers()));
        }
        return new DebriefFigures(ranked(listings, top), ranked(sellers, top), limit(pairs, top), funnel, money, targets);
    }

    private static List<CoPurchase> coPurchases(Map<Long, Map<String, long[]>> orderContents,
                                                Map<String, Set<Long>> ordersBySku, long orders) {
        Map<String, long[]> together = new TreeMap<String, long[]>();
        for (Map<String, long[]> contents : orderContents.values()) {
            List<long[]> items = new ArrayList<long[]>(contents.values());
            Set<String> seen = new TreeSet<String>();
            for (int i = 0; i < items.size(); i++) {
                for (int j = i + 1; j < items.size(); j++) {
                    long[] a = items.get(i);
                    long[] b = items.get(j);
                    if (a[0] == b[0]) {
                        continue; // the same seller: not a cross-seller purchase
                    }
                    if (a[1] > b[1] || (a[1] == b[1] && a[0] > b[0])) {
                        long[] swap = a;
                        a = b;
                        b = swap;
                    }
                    String k = key(a[0], a[1]) + "+" + key(b[0], b[1]);
                    if (seen.add(k)) {
                        long[] entry = together.get(k);
                        if (entry == null) {
                            together.put(k, new long[] {a[0], a[1], b[0], b[1], 1});
                        } else {
                            entry[4]++;
                        }
                    }
                }
            }
        }
        List<CoPurchase> pairs = new ArrayList<CoPurchase>();
        for (long[] e : together.values()) {
            long withA = count(ordersBySku, key(e[0], e[1]));
            long withB = count(ordersBySku, key(e[2], e[3]));
            BigDecimal lift = BigDecimal.valueOf(e[4]).multiply(BigDecimal.valueOf(orders))
                    .divide(BigDecimal.valueOf(withA).multiply(BigDecimal.valueOf(withB)), 2, RoundingMode.HALF_UP);
            pairs.add(new CoPurchase(e[0], e[1], e[2], e[3], e[4], lift));
        }
        Collections.sort(pairs, new Comparator<CoPurchase>() {
            @Override
            public int compare(CoPurchase x, CoPurchase y) {
                int c = Long.compare(y.orders(), x.orders());
                if (c == 0) {
                    c = y.lift().compareTo(x.lift());
                }
                if (c == 0) {
                    c = Long.compare(x.skuA(), y.skuA());
                }
                if (c == 0) {
                    c = Long.compare(x.skuB(), y.skuB());
                }
                if (c == 0) {
                    c = Long.compare(x.sellerA(), y.sellerA());
                }
                return c == 0 ? Long.compare(x.sellerB(), y.sellerB()) : c;
            }
        });
        return pairs;
    }

    private static Driver driver(long id, String name, long sellerId, long impressions, long clicks, long orders,
                                 BigDecimal revenue) {
        return new Driver(id, name, sellerId, impressions, clicks, orders, percent(orders, clicks),
                revenue.setScale(2, RoundingMode.HALF_UP));
    }

    private static List<Driver> ranked(List<Driver> drivers, int top) {
        Collections.sort(drivers, new Comparator<Driver>() {
            @Override
            public int compare(Driver x, Driver y) {
                int c = Long.compare(y.clicks(), x.clicks());
                if (c == 0) {
                    BigDecimal cx = x.conversionPercent() == null ? BigDecimal.valueOf(-1) : x.conversionPercent();
                    BigDecimal cy = y.conversionPercent() == null ? BigDecimal.valueOf(-1) : y.conversionPercent();
                    c = cy.compareTo(cx);
                }
                if (c == 0) {
                    c = Long.compare(x.id(), y.id());
                }
                return c == 0 ? Long.compare(x.sellerId(), y.sellerId()) : c;
            }
        });
        return limit(drivers, top);
    }

    private static Use use(String name, BigDecimal available, BigDecimal used, String source) {
        BigDecimal percent = available == null || used == null || available.signum() == 0 ? null
                : used.multiply(BigDecimal.valueOf(100)).divide(available, 1, RoundingMode.HALF_UP);
        return new Use(name, available, used, percent, source);
    }

    /** part / whole in percent, 1 decimal half-up; null when whole is 0. */
    public static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private static <T> List<T> limit(List<T> list, int top) {
        return list.size() <= top ? list : new ArrayList<T>(list.subList(0, top));
    }

    private static <K> void add(Map<K, Set<Long>> map, K key, long orderId) {
        Set<Long> set = map.get(key);
        if (set == null) {
            set = new HashSet<Long>();
            map.put(key, set);
        }
        set.add(orderId);
    }

    private static <K> long count(Map<K, Set<Long>> map, K key) {
        Set<Long> set = map.get(key);
        return set == null ? 0 : set.size();
    }

    private static String key(long sellerId, long skuId) {
        return String.format("%020d:%020d", skuId, sellerId);
    }
}
