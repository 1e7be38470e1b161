package com.coopromo.metrics.query;

import com.coopromo.metrics.CampaignMetrics;
import com.coopromo.metrics.ShopperEvents;
import com.coopromo.metrics.domain.CampaignDashboard;
import com.coopromo.metrics.domain.CampaignDashboard.HourPoint;
import com.coopromo.metrics.domain.CampaignDashboard.SegmentRow;
import com.coopromo.metrics.domain.CampaignDashboard.SellerRow;
import com.coopromo.metrics.domain.CampaignDashboard.TargetProgress;
import com.coopromo.metrics.domain.Figures;
import com.coopromo.metrics.domain.TimeRange;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The dashboard's figures (bean {@code coopCampaignMetrics}), read with plain SQL from the hourly rollups
 * ({@code COOP_METRIC_HOURLY}) and the order and buyer tables; never from the raw events.
 * <ul>
 * <li>orders are distinct orders not cancelled; buyers are the distinct customers of those orders, new when their first
 * order in the store (as the metrics saw it) falls in the slice's time range (an hour for the series), returning
 * otherwise;</li>
 * <li>a seller's incremental traffic compares its clicks in the range with the clicks on the same seller's listings
 * (in any campaign or none) in an equal window just before the campaign started (the range's part inside the
 * campaign's window, or the range itself when it lies outside);</li>
 * <li>segments: share of enrolled listings, impressions (exposure), net revenue (sales) and discount per seller
 * segment;</li>
 * <li>targets are measured over the campaign's window up to now and projected linearly to its end (conversion, a
 * rate, is projected as it stands).</li>
 * </ul>
 */
public class CampaignMetricsImpl implements CampaignMetrics {
    private static final String SUMS = "COALESCE(sum(h.IMPRESSIONS), 0), COALESCE(sum(h.CLICKS), 0),"
            + " COALESCE(sum(h.ADD_TO_CARTS), 0), COALESCE(sum(h.CHECKOUTS), 0), COALESCE(sum(h.UNITS), 0),"
            + " COALESCE(sum(h.GROSS), 0), COALESCE(sum(h.DISCOUNT_PLATFORM), 0),"
            + " COALESCE(sum(h.DISCOUNT - h.DISCOUNT_PLATFORM), 0)";
    private static final String ORDER_COUNTS = "count(DISTINCT o.ORDER_ID), count(DISTINCT o.CUSTOMER_ID),"
            + " count(DISTINCT o.CUSTOMER_ID) FILTER (WHERE b.FIRST_ORDER_AT >= ? AND b.FIRST_ORDER_AT < ?)";
    private static final String ORDER_FROM = " FROM COOP_METRIC_ORDER o LEFT JOIN COOP_METRIC_BUYER b"
            + " ON b.CUSTOMER_ID = o.CUSTOMER_ID WHERE o.CAMPAIGN_ID = ? AND o.HOUR >= ? AND o.HOUR < ? AND NOT o.CANCELLED";
    private static final String[] SEGMENTS = {"SMALL", "MID", "LARGE"};

    private final DataSource dataSource;
    private final ShopperEvents events;
    private final Clock clock;

    public CampaignMetricsImpl(DataSource dataSource, ShopperEvents events, Clock clock) {
        this.dataSource = dataSource;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public CampaignDashboard dashboard(long campaignId, TimeRange range, Long viewerSellerId) {
        Instant asOf = clock.instant();
        Instant from = range.from().truncatedTo(ChronoUnit.HOURS);
        Instant to = range.to().truncatedTo(ChronoUnit.HOURS);
        if (to.isBefore(range.to())) {
            to = to.plus(1, ChronoUnit.HOURS);
        }
        TimeRange hours = new TimeRange(from, to);
        try (Connection c = dataSource.getConnection()) {
            if (!c.getAutoCommit()) {
                c.setAutoCommit(true); // reads only: no transaction left open on a pooled connection
            }
            CampaignRow campaign = campaign(c, campaignId);
            Figures totals = totals(c, campaignId, from, to);
            List<HourPoint> series = series(c, campaignId, from, to, viewerSellerId);
            Map<Long, SellerInfo> sellers = sellers(c, campaignId, from, to, viewerSellerId);
            Instant beforeEnd = campaign.start;
            Instant inFrom = from.isAfter(campaign.start) ? from : campaign.start;
            Instant inTo = to.isBefore(campaign.end) ? to : campaign.end;
            Duration length = inFrom.isBefore(inTo) ? Duration.between(inFrom, inTo) : Duration.between(from, to);
            Map<Long, Long> before = clicksBefore(c, sellers.keySet(), beforeEnd.minus(length), beforeEnd);
            List<SellerRow> rows = new ArrayList<SellerRow>();
            for (SellerInfo s : sellers.values()) {
                Long b = before.get(s.id);
                rows.add(new SellerRow(s.id, s.name, s.segment, s.figures(), b == null ? 0 : b));
            }
            List<SegmentRow> segments = viewerSellerId == null
                    ? segments(c, campaignId, new ArrayList<SellerInfo>(sellers.values()))
                    : new ArrayList<SegmentRow>();
            List<TargetProgress> targets = targets(c, campaign, asOf);
            return new CampaignDashboard(campaignId, campaign.name, hours, asOf, viewerSellerId, totals, series, rows,
                    segments, targets, events.dropped());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the figures of campaign " + campaignId + ": " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    private static CampaignRow campaign(Connection c, long campaignId) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT NAME, TIME_ZONE, STARTS_AT, ENDS_AT, TARGET_REVENUE,"
                + " TARGET_CONVERSION_PCT, TARGET_NEW_BUYERS FROM COOP_CAMPAIGN WHERE CAMPAIGN_ID = ?")) {
            q.setLong(1, campaignId);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("There is no campaign " + campaignId + ".");
                }
                CampaignRow row = new CampaignRow();
                row.id = campaignId;
                row.name = rs.getString(1);
                ZoneId zone = ZoneId.of(rs.getString(2));
                row.start = wallClock(rs.getTimestamp(3)).atZone(zone).toInstant();
                row.end = wallClock(rs.getTimestamp(4)).atZone(zone).toInstant();
                row.targetRevenue = rs.getBigDecimal(5);
                row.targetConversion = rs.getBigDecimal(6);
                int newBuyers = rs.getInt(7);
                row.targetNewBuyers = rs.wasNull() ? null : newBuyers;
                return row;
            }
        }
    }

    /** Stored as the campaign's wall clock, the way the campaign entity stores it. */
    private static LocalDateTime wallClock(Timestamp t) {
        return t.toLocalDateTime();
    }

    Figures totals(Connection c, long campaignId, Instant from, Instant to) throws SQLException {
        long[] counts = new long[5];
        BigDecimal[] money = new BigDecimal[3];
        try (PreparedStatement q = c.prepareStatement("SELECT " + SUMS
                + " FROM COOP_METRIC_HOURLY h WHERE h.CAMPAIGN_ID = ? AND h.HOUR >= ? AND h.HOUR < ?")) {
            q.setLong(1, campaignId);
            q.setTimestamp(2, Timestamp.from(from));
            q.setTimestamp(3, Timestamp.from(to));
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                read(rs, 1, counts, money);
            }
        }
        long[] orders = new long[3];
        try (PreparedStatement q = c.prepareStatement("SELECT " + ORDER_COUNTS + ORDER_FROM)) {
            int p = bindOrderCounts(q, 1, from, to);
            q.setLong(p++, campaignId);
            q.setTimestamp(p++, Timestamp.from(from));
            q.setTimestamp(p, Timestamp.from(to));
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                orders[0] = rs.getLong(1);
                orders[1] = rs.getLong(2);
                orders[2] = rs.getLong(3);
            }
        }
        return figures(counts, money, orders);
    }

    private List<HourPoint> series(Connection c, long campaignId, Instant from, Instant to, Long viewerSellerId)
            throws SQLException {
        // the series is the campaign's (both views see the campaign's totals)
        TreeMap<Instant, long[]> counts = new TreeMap<Instant, long[]>();
        TreeMap<Instant, BigDecimal[]> money = new TreeMap<Instant, BigDecimal[]>();
        TreeMap<Instant, long[]> orders = new TreeMap<Instant, long[]>();
        for (Instant h = from; h.isBefore(to); h = h.plus(1, ChronoUnit.HOURS)) {
            counts.put(h, new long[5]);
            money.put(h, new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            orders.put(h, new long[3]);
        }
        try (PreparedStatement q = c.prepareStatement("SELECT h.HOUR, " + SUMS + " FROM COOP_METRIC_HOURLY h"
                + " WHERE h.CAMPAIGN_ID = ? AND h.HOUR >= ? AND h.HOUR < ? GROUP BY h.HOUR")) {
            q.setLong(1, campaignId);
            q.setTimestamp(2, Timestamp.from(from));
            q.setTimestamp(3, Timestamp.from(to));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    Instant hour = rs.getTimestamp(1).toInstant();
                    if (counts.containsKey(hour)) {
                        read(rs, 2, counts.get(hour), money.get(hour));
                    }
                }
            }
        }
        try (PreparedStatement q = c.prepareStatement("SELECT o.HOUR, count(DISTINCT o.ORDER_ID),"
                + " count(DISTINCT o.CUSTOMER_ID), count(DISTINCT o.CUSTOMER_ID) FILTER (WHERE b.FIRST_ORDER_AT >= o.HOUR"
                + " AND b.FIRST_ORDER_AT < o.HOUR + interval '1 hour')" + ORDER_FROM + " GROUP BY o.HOUR")) {
            q.setLong(1, campaignId);
            q.setTimestamp(2, Timestamp.from(from));
            q.setTimestamp(3, Timestamp.from(to));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    long[] o = orders.get(rs.getTimestamp(1).toInstant());
                    if (o != null) {
                        o[0] = rs.getLong(2);
                        o[1] = rs.getLong(3);
                        o[2] = rs.getLong(4);
                    }
                }
            }
        }
        List<HourPoint> points = new ArrayList<HourPoint>();
        for (Instant hour : counts.keySet()) {
            points.add(new HourPoint(hour, figures(counts.get(hour), money.get(hour), orders.get(hour))));
        }
        return points;
    }

    private Map<Long, SellerInfo> sellers(Connection c, long campaignId, Instant from, Instant to, Long viewerSellerId)
            throws SQLException {
        Map<Long, SellerInfo> sellers = new LinkedHashMap<Long, SellerInfo>();
        String only = viewerSellerId == null ? "" : " AND h.SELLER_ID = ?";
        try (PreparedStatement q = c.prepareStatement("SELECT h.SELLER_ID, " + SUMS + " FROM COOP_METRIC_HOURLY h"
                + " WHERE h.CAMPAIGN_ID = ? AND h.HOUR >= ? AND h.HOUR < ?" + only + " GROUP BY h.SELLER_ID")) {
            q.setLong(1, campaignId);
            q.setTimestamp(2, Timestamp.from(from));
            q.setTimestamp(3, Timestamp.from(to));
            if (viewerSellerId != null) {
                q.setLong(4, viewerSellerId);
            }
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    SellerInfo s = new SellerInfo(rs.getLong(1));
                    read(rs, 2, s.counts, s.money);
                    sellers.put(s.id, s);
                }
            }
        }
        if (viewerSellerId != null && !sellers.containsKey(viewerSellerId)) {
            sellers.put(viewerSellerId, new SellerInfo(viewerSellerId));
        }
        String onlyOrders = viewerSellerId == null ? "" : " AND o.SELLER_ID = ?";
        try (PreparedStatement q = c.prepareStatement("SELECT o.SELLER_ID, " + ORDER_COUNTS + ORDER_FROM + onlyOrders
                + " GROUP BY o.SELLER_ID")) {
            int p = bindOrderCounts(q, 1, from, to);
            q.setLong(p++, campaignId);
            q.setTimestamp(p++, Timestamp.from(from));
            q.setTimestamp(p++, Timestamp.from(to));
            if (viewerSellerId != null) {
                q.setLong(p, viewerSellerId);
            }
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    SellerInfo s = sellers.get(rs.getLong(1));
                    if (s == null) {
                        s = new SellerInfo(rs.getLong(1));
                        sellers.put(s.id, s);
                    }
                    s.orders[0] = rs.getLong(2);
                    s.orders[1] = rs.getLong(3);
                    s.orders[2] = rs.getLong(4);
                }
            }
        }
        if (!sellers.isEmpty()) {
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT SELLER_ID, NAME, SEGMENT FROM COOP_SELLER WHERE SELLER_ID = ANY (?)")) {
                q.setArray(1, c.createArrayOf("int8", sellers.keySet().toArray(new Long[0])));
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        SellerInfo s = sellers.get(rs.getLong(1));
                        s.name = rs.getString(2);
                        s.segment = rs.getString(3);
                    }
                }
            }
        }
        return sellers;
    }

    private static Map<Long, Long> clicksBefore(Connection c, java.util.Set<Long> sellers, Instant from, Instant to)
            throws SQLException {
        Map<Long, Long> clicks = new HashMap<Long, Long>();
        if (sellers.isEmpty() || !from.isBefore(to)) {
            return clicks;
        }
        try (PreparedStatement q = c.prepareStatement("SELECT h.SELLER_ID, sum(h.CLICKS) FROM COOP_METRIC_HOURLY h"
                + " WHERE h.SELLER_ID = ANY (?) AND h.HOUR >= ? AND h.HOUR < ? GROUP BY h.SELLER_ID")) {
            q.setArray(1, c.createArrayOf("int8", sellers.toArray(new Long[0])));
            q.setTimestamp(2, Timestamp.from(from.truncatedTo(ChronoUnit.HOURS)));
            q.setTimestamp(3, Timestamp.from(to.truncatedTo(ChronoUnit.HOURS)));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    clicks.put(rs.getLong(1), rs.getLong(2));
                }
            }
        }
        return clicks;
    }

    private static List<SegmentRow> segments(Connection c, long campaignId, List<SellerInfo> sellers) throws SQLException {
        Map<String, long[]> listings = new HashMap<String, long[]>();
        try (PreparedStatement q = c.prepareStatement("SELECT s.SEGMENT, count(*) FROM COOP_ENROLLMENT e"
                + " JOIN COOP_PARTICIPATION p ON p.PARTICIPATION_ID = e.PARTICIPATION_ID"
                + " JOIN COOP_SELLER s ON s.SELLER_ID = p.SELLER_ID WHERE p.CAMPAIGN_ID = ? GROUP BY s.SEGMENT")) {
            q.setLong(1, campaignId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    listings.put(rs.getString(1), new long[]{rs.getLong(2)});
                }
            }
        }
        long allListings = 0;
        long allImpressions = 0;
        BigDecimal allSales = BigDecimal.ZERO;
        BigDecimal allDiscount = BigDecimal.ZERO;
        Map<String, Object[]> per = new HashMap<String, Object[]>();
        for (String seg : SEGMENTS) {
            long l = listings.containsKey(seg) ? listings.get(seg)[0] : 0;
            per.put(seg, new Object[]{l, 0L, BigDecimal.ZERO, BigDecimal.ZERO});
            allListings += l;
        }
        for (SellerInfo s : sellers) {
            Object[] p = per.get(s.segment);
            if (p == null) {
                continue;
            }
            Figures f = s.figures();
            p[1] = (Long) p[1] + f.impressions();
            p[2] = ((BigDecimal) p[2]).add(f.revenueNet());
            p[3] = ((BigDecimal) p[3]).add(f.discountSpent());
            allImpressions += f.impressions();
            allSales = allSales.add(f.revenueNet());
            allDiscount = allDiscount.add(f.discountSpent());
        }
        List<SegmentRow> rows = new ArrayList<SegmentRow>();
        for (String seg : SEGMENTS) {
            Object[] p = per.get(seg);
            rows.add(new SegmentRow(seg, Figures.percent((Long) p[0], allListings),
                    Figures.percent((Long) p[1], allImpressions), share((BigDecimal) p[2], allSales),
                    share((BigDecimal) p[3], allDiscount)));
        }
        return rows;
    }

    private List<TargetProgress> targets(Connection c, CampaignRow campaign, Instant now) throws SQLException {
        List<TargetProgress> targets = new ArrayList<TargetProgress>();
        if (campaign.targetRevenue == null && campaign.targetConversion == null && campaign.targetNewBuyers == null) {
            return targets;
        }
        Instant from = campaign.start.truncatedTo(ChronoUnit.HOURS);
        Instant until = now.isBefore(campaign.end) ? now : campaign.end;
        Figures sofar = until.isAfter(campaign.start)
                ? totals(c, campaign.id, from, until.truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS))
                : Figures.ZERO;
        long window = Duration.between(campaign.start, campaign.end).getSeconds();
        long elapsed = until.isAfter(campaign.start) ? Duration.between(campaign.start, until).getSeconds() : 0;
        if (campaign.targetRevenue != null) {
            targets.add(progress("Revenue", campaign.targetRevenue, sofar.revenueNet(), elapsed, window, 2));
        }
        if (campaign.targetConversion != null) {
            BigDecimal actual = sofar.conversionPercent() == null ? BigDecimal.ZERO.setScale(1) : sofar.conversionPercent();
            targets.add(new TargetProgress("Conversion %", campaign.targetConversion, actual, actual,
                    actual.compareTo(campaign.targetConversion) >= 0));
        }
        if (campaign.targetNewBuyers != null) {
            targets.add(progress("New buyers", BigDecimal.valueOf(campaign.targetNewBuyers),
                    BigDecimal.valueOf(sofar.newBuyers()), elapsed, window, 0));
        }
        return targets;
    }

    /** Linear projection of an additive figure to the window's end. */
    static TargetProgress progress(String name, BigDecimal target, BigDecimal actual, long elapsed, long window, int scale) {
        BigDecimal projected = elapsed <= 0 || elapsed >= window ? actual
                : actual.multiply(BigDecimal.valueOf(window)).divide(BigDecimal.valueOf(elapsed), scale, RoundingMode.HALF_UP);
        return new TargetProgress(name, target, actual.setScale(scale, RoundingMode.HALF_UP),
                projected.setScale(scale, RoundingMode.HALF_UP), projected.compareTo(target) >= 0);
    }

    private static BigDecimal share(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null
                : part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
    }

    private static int bindOrderCounts(PreparedStatement q, int p, Instant from, Instant to) throws SQLException {
        q.setTimestamp(p, Timestamp.from(from));
        q.setTimestamp(p + 1, Timestamp.from(to));
        return p + 2;
    }

    /** Reads impressions, clicks, add-to-carts, checkouts, units, gross, platform and seller discount. */
    private static void read(ResultSet rs, int col, long[] counts, BigDecimal[] money) throws SQLException {
        for (int i = 0; i < 5; i++) {
            counts[i] += rs.getLong(col + i);
        }
        for (int i = 0; i < 3; i++) {
            BigDecimal v = rs.getBigDecimal(col + 5 + i);
            money[i] = money[i] == null ? v : money[i].add(v);
        }
    }

    private static Figures figures(long[] c, BigDecimal[] m, long[] o) {
        long newBuyers = o[2];
        return new Figures(c[0], c[1], c[2], c[3], o[0], c[4], m[0], m[1], m[2], newBuyers, o[1] - newBuyers);
    }

    private static final class CampaignRow {
        long id;
        String name;
        Instant start;
        Instant end;
        BigDecimal targetRevenue;
        BigDecimal targetConversion;
        Integer targetNewBuyers;
    }

    private static final class SellerInfo {
        final long id;
        String name;
        String segment;
        final long[] counts = new long[5];
        final BigDecimal[] money = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        final long[] orders = new long[3];

        SellerInfo(long id) {
            this.id = id;
        }

        Figures figures() {
            return CampaignMetricsImpl.figures(counts, money, orders);
        }
    }

    static List<String> segmentNames() {
        return Arrays.asList(SEGMENTS);
    }
}
