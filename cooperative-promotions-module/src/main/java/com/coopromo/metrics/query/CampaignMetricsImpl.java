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
import java.sql.Statement;
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
 * The dashboard's figures (bean {@code coopCampaignMetrics}), read with plain SQL from the per-seller hourly rollups
 * ({@code COOP_METRIC_SELLER_HOURLY}) and the order table (each row with its customer's first order time); never from
 * the raw events, nor from the per-listing level.
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
    /** Row kinds of the two figure statements: an hour of the series, a seller, the range's totals, the targets' totals, a seller's clicks before the campaign. */
    private static final String KIND = "CASE WHEN GROUPING(%1$s.HOUR) = 0 THEN 'H' WHEN GROUPING(%1$s.SELLER_ID) = 0"
            + " THEN 'S' ELSE 'A' END";
    private static final String ORDER_FROM = " FROM COOP_METRIC_ORDER o"
            + " WHERE o.CAMPAIGN_ID = ? AND o.HOUR >= ? AND o.HOUR < ? AND NOT o.CANCELLED";
    private static final String[] SEGMENTS = {"SMALL", "MID", "LARGE"};

    private final DataSource dataSource;
    private final ShopperEvents events;
    private final Clock clock;

    public CampaignMetricsImpl(DataSource dataSource, ShopperEvents events, Clock clock) {
        this.dataSource = dataSource;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Three statements in all (a fourth only for a seller without figures in the range): the campaign with its
     * enrolled listings per segment; the additive figures from the per-seller rollups (series, sellers and totals as
     * grouping sets, the targets' totals and the sellers' clicks before the campaign in the same statement); the
     * distinct orders and buyers, shaped the same way.
     */
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
            // one snapshot for the three statements, so a rollup round committing between them is seen by all or none
            boolean autoCommit = c.getAutoCommit();
            if (!autoCommit) {
                c.setAutoCommit(true); // ends whatever the pooled connection had open
            }
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
                CampaignDashboard d = read(c, campaignId, range, viewerSellerId, asOf, from, to, hours);
                c.commit();
                return d;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the figures of campaign " + campaignId + ": " + e.getMessage(), e);
        }
    }

    private CampaignDashboard read(Connection c, long campaignId, TimeRange range, Long viewerSellerId, Instant asOf,
                                   Instant from, Instant to, TimeRange hours) throws SQLException {
        CampaignRow campaign = campaign(c, campaignId);
        Instant inFrom = from.isAfter(campaign.start) ? from : campaign.start;
        Instant inTo = to.isBefore(campaign.end) ? to : campaign.end;
        Duration length = inFrom.isBefore(inTo) ? Duration.between(inFrom, inTo) : Duration.between(from, to);
        Instant[] before = {campaign.start.minus(length).truncatedTo(ChronoUnit.HOURS),
                campaign.start.truncatedTo(ChronoUnit.HOURS)};
        Instant until = asOf.isBefore(campaign.end) ? asOf : campaign.end;
        Instant[] targetHours = campaign.hasTargets() && until.isAfter(campaign.start)
                ? new Instant[]{campaign.start.truncatedTo(ChronoUnit.HOURS),
                until.truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS)}
                : null;

        Slices slices = new Slices(from, to);
        readSums(c, campaignId, from, to, viewerSellerId, targetHours, before, slices);
        readOrders(c, campaignId, from, to, viewerSellerId, targetHours, slices);
        if (viewerSellerId != null && !slices.sellers.containsKey(viewerSellerId)) {
            slices.sellers.put(viewerSellerId, new SellerInfo(viewerSellerId));
        }
        names(c, slices.sellers);

        List<HourPoint> series = new ArrayList<HourPoint>();
        for (Map.Entry<Instant, SellerInfo> h : slices.hours.entrySet()) {
            series.add(new HourPoint(h.getKey(), h.getValue().figures()));
        }
        List<SellerRow> rows = new ArrayList<SellerRow>();
        for (SellerInfo s : slices.sellers.values()) {
            rows.add(new SellerRow(s.id, s.name, s.segment, s.figures(), s.clicksBefore));
        }
        List<SegmentRow> segments = viewerSellerId == null
                ? segments(campaign, new ArrayList<SellerInfo>(slices.sellers.values()))
                : new ArrayList<SegmentRow>();
        Figures sofar = targetHours == null ? Figures.ZERO : slices.targets.figures();
        return new CampaignDashboard(campaignId, campaign.name, hours, asOf, viewerSellerId, slices.totals.figures(),
                series, rows, segments, targets(campaign, sofar, until), events.dropped());
    }

    /** What the two figure statements fill: the range's totals, each hour of it, each seller, the targets' totals. */
    private static final class Slices {
        final SellerInfo totals = new SellerInfo(0);
        final SellerInfo targets = new SellerInfo(0);
        final TreeMap<Instant, SellerInfo> hours = new TreeMap<Instant, SellerInfo>();
        final Map<Long, SellerInfo> sellers = new LinkedHashMap<Long, SellerInfo>();

        Slices(Instant from, Instant to) {
            for (Instant h = from; h.isBefore(to); h = h.plus(1, ChronoUnit.HOURS)) {
                hours.put(h, new SellerInfo(0));
            }
        }

        /** The slice a row of kind H, S, A or T adds to; null for an hour outside the range. */
        SellerInfo slice(String kind, ResultSet rs) throws SQLException {
            switch (kind) {
                case "H":
                    return hours.get(rs.getTimestamp(2).toInstant());
                case "S":
                    long id = rs.getLong(3);
                    SellerInfo s = sellers.get(id);
                    if (s == null) {
                        s = new SellerInfo(id);
                        sellers.put(id, s);
                    }
                    return s;
                case "A":
                    return totals;
                default:
                    return targets;
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    private static CampaignRow campaign(Connection c, long campaignId) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT c.NAME, c.TIME_ZONE, c.STARTS_AT, c.ENDS_AT,"
                + " c.TARGET_REVENUE, c.TARGET_CONVERSION_PCT, c.TARGET_NEW_BUYERS, l.SMALL, l.MID, l.LARGE"
                + " FROM COOP_CAMPAIGN c CROSS JOIN LATERAL (SELECT count(*) FILTER (WHERE s.SEGMENT = 'SMALL') AS SMALL,"
                + " count(*) FILTER (WHERE s.SEGMENT = 'MID') AS MID, count(*) FILTER (WHERE s.SEGMENT = 'LARGE') AS LARGE"
                + " FROM COOP_ENROLLMENT e JOIN COOP_PARTICIPATION p ON p.PARTICIPATION_ID = e.PARTICIPATION_ID"
                + " JOIN COOP_SELLER s ON s.SELLER_ID = p.SELLER_ID WHERE p.CAMPAIGN_ID = c.CAMPAIGN_ID) l"
                + " WHERE c.CAMPAIGN_ID = ?")) {
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
                for (int i = 0; i < SEGMENTS.length; i++) {
                    row.listings.put(SEGMENTS[i], rs.getLong(8 + i));
                }
                return row;
            }
        }
    }

    /** Stored as the campaign's wall clock, the way the campaign entity stores it. */
    private static LocalDateTime wallClock(Timestamp t) {
        return t.toLocalDateTime();
    }

    /**
     * The additive figures from the per-seller rollups: hours (H), sellers (S, only the viewer's in a seller's view)
     * and the range's totals (A) as grouping sets of one scan; the targets' totals (T) over the campaign's window so
     * far; the sellers' clicks before the campaign (B) over every campaign and none.
     */
    private static void readSums(Connection c, long campaignId, Instant from, Instant to, Long viewerSellerId,
                                 Instant[] targetHours, Instant[] before, Slices slices) throws SQLException {
        StringBuilder sql = new StringBuilder("WITH m AS (SELECT ").append(String.format(KIND, "h"))
                .append(" AS KIND, h.HOUR, h.SELLER_ID, ").append(SUMS)
                .append(" FROM COOP_METRIC_SELLER_HOURLY h WHERE h.CAMPAIGN_ID = ? AND h.HOUR >= ? AND h.HOUR < ?")
                .append(" GROUP BY GROUPING SETS ((h.HOUR), (h.SELLER_ID), ())");
        if (viewerSellerId != null) {
            sql.append(" HAVING GROUPING(h.SELLER_ID) = 1 OR h.SELLER_ID = ?");
        }
        if (targetHours != null) {
            sql.append(" UNION ALL SELECT 'T', NULL, NULL, ").append(SUMS)
                    .append(" FROM COOP_METRIC_SELLER_HOURLY h WHERE h.CAMPAIGN_ID = ? AND h.HOUR >= ? AND h.HOUR < ?");
        }
        boolean anyBefore = before[0].isBefore(before[1]);
        if (anyBefore) {
            sql.append(" UNION ALL SELECT 'B', NULL, h.SELLER_ID, 0, sum(h.CLICKS), 0, 0, 0, 0, 0, 0")
                    .append(" FROM COOP_METRIC_SELLER_HOURLY h WHERE h.HOUR >= ? AND h.HOUR < ? AND h.SELLER_ID ")
                    .append(viewerSellerId != null ? "= ?" : "IN (SELECT DISTINCT r.SELLER_ID FROM COOP_METRIC_SELLER_HOURLY r"
                            + " WHERE r.CAMPAIGN_ID = ? AND r.HOUR >= ? AND r.HOUR < ?)")
                    .append(" GROUP BY h.SELLER_ID");
        }
        sql.append(") SELECT m.*, s.NAME, s.SEGMENT FROM m LEFT JOIN COOP_SELLER s ON m.KIND = 'S' AND s.SELLER_ID = m.SELLER_ID");
        try (PreparedStatement q = c.prepareStatement(sql.toString())) {
            int p = bind(q, 1, campaignId, from, to);
            if (viewerSellerId != null) {
                q.setLong(p++, viewerSellerId);
            }
            if (targetHours != null) {
                p = bind(q, p, campaignId, targetHours[0], targetHours[1]);
            }
            if (anyBefore) {
                q.setTimestamp(p++, Timestamp.from(before[0]));
                q.setTimestamp(p++, Timestamp.from(before[1]));
                if (viewerSellerId != null) {
                    q.setLong(p, viewerSellerId);
                } else {
                    bind(q, p, campaignId, from, to);
                }
            }
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    String kind = rs.getString(1);
                    if ("B".equals(kind)) {
                        SellerInfo s = slices.slice("S", rs);
                        s.clicksBefore = rs.getLong(5);
                        continue;
                    }
                    SellerInfo slice = slices.slice(kind, rs);
                    if (slice == null) {
                        continue;
                    }
                    read(rs, 4, slice.counts, slice.money);
                    if ("S".equals(kind) && rs.getString(12) != null) {
                        slice.name = rs.getString(12);
                        slice.segment = rs.getString(13);
                    }
                }
            }
        }
        if (viewerSellerId == null) {
            return;
        }
        // a seller's view: the clicks before are the viewer's only, and no other seller's row is kept
        slices.sellers.keySet().retainAll(java.util.Collections.singleton(viewerSellerId));
    }

    /**
     * Distinct orders not cancelled, their distinct buyers and the new ones among them, per hour (new: first order in
     * that hour), per seller and for the range (new: first order in the range), and for the targets' window.
     */
    private static void readOrders(Connection c, long campaignId, Instant from, Instant to, Long viewerSellerId,
                                   Instant[] targetHours, Slices slices) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT ").append(String.format(KIND, "o"))
                .append(" AS KIND, o.HOUR, o.SELLER_ID, count(DISTINCT o.ORDER_ID), count(DISTINCT o.CUSTOMER_ID),")
                .append(" count(DISTINCT o.CUSTOMER_ID) FILTER (WHERE o.FIRST_ORDER_AT >= ? AND o.FIRST_ORDER_AT < ?),")
                .append(" count(DISTINCT o.CUSTOMER_ID) FILTER (WHERE o.FIRST_ORDER_AT >= o.HOUR")
                .append(" AND o.FIRST_ORDER_AT < o.HOUR + interval '1 hour')")
                .append(ORDER_FROM).append(" GROUP BY GROUPING SETS ((o.HOUR), (o.SELLER_ID), ())");
        if (viewerSellerId != null) {
            sql.append(" HAVING GROUPING(o.SELLER_ID) = 1 OR o.SELLER_ID = ?");
        }
        if (targetHours != null) {
            sql.append(" UNION ALL SELECT 'T', NULL, NULL, count(DISTINCT o.ORDER_ID), count(DISTINCT o.CUSTOMER_ID),")
                    .append(" count(DISTINCT o.CUSTOMER_ID) FILTER (WHERE o.FIRST_ORDER_AT >= ? AND o.FIRST_ORDER_AT < ?), 0")
                    .append(ORDER_FROM);
        }
        try (PreparedStatement q = c.prepareStatement(sql.toString())) {
            q.setTimestamp(1, Timestamp.from(from));
            q.setTimestamp(2, Timestamp.from(to));
            int p = bind(q, 3, campaignId, from, to);
            if (viewerSellerId != null) {
                q.setLong(p++, viewerSellerId);
            }
            if (targetHours != null) {
                q.setTimestamp(p++, Timestamp.from(targetHours[0]));
                q.setTimestamp(p++, Timestamp.from(targetHours[1]));
                bind(q, p, campaignId, targetHours[0], targetHours[1]);
            }
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    String kind = rs.getString(1);
                    SellerInfo slice = slices.slice(kind, rs);
                    if (slice == null) {
                        continue;
                    }
                    slice.orders[0] = rs.getLong(4);
                    slice.orders[1] = rs.getLong(5);
                    slice.orders[2] = rs.getLong("H".equals(kind) ? 7 : 6);
                }
            }
        }
    }

    /** Names and segments of the sellers the figure statements did not name (normally none). */
    private static void names(Connection c, Map<Long, SellerInfo> sellers) throws SQLException {
        List<Long> missing = new ArrayList<Long>();
        for (SellerInfo s : sellers.values()) {
            if (s.name == null) {
                missing.add(s.id);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        try (PreparedStatement q = c.prepareStatement(
                "SELECT SELLER_ID, NAME, SEGMENT FROM COOP_SELLER WHERE SELLER_ID = ANY (?)")) {
            q.setArray(1, c.createArrayOf("int8", missing.toArray(new Long[0])));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    SellerInfo s = sellers.get(rs.getLong(1));
                    s.name = rs.getString(2);
                    s.segment = rs.getString(3);
                }
            }
        }
    }

    private static int bind(PreparedStatement q, int p, long campaignId, Instant from, Instant to) throws SQLException {
        q.setLong(p, campaignId);
        q.setTimestamp(p + 1, Timestamp.from(from));
        q.setTimestamp(p + 2, Timestamp.from(to));
        return p + 3;
    }

    private static List<SegmentRow> segments(CampaignRow campaign, List<SellerInfo> sellers) {
        long allListings = 0;
        long allImpressions = 0;
        BigDecimal allSales = BigDecimal.ZERO;
        BigDecimal allDiscount = BigDecimal.ZERO;
        Map<String, Object[]> per = new HashMap<String, Object[]>();
        for (String seg : SEGMENTS) {
            long l = campaign.listings.get(seg);
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

    /** Targets measured over the campaign's window up to {@code until} ({@code sofar}) and projected to its end. */
    private static List<TargetProgress> targets(CampaignRow campaign, Figures sofar, Instant until) {
        List<TargetProgress> targets = new ArrayList<TargetProgress>();
        if (!campaign.hasTargets()) {
            return targets;
        }
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
        final Map<String, Long> listings = new HashMap<String, Long>();

        boolean hasTargets() {
            return targetRevenue != null || targetConversion != null || targetNewBuyers != null;
        }
    }

    private static final class SellerInfo {
        final long id;
        String name;
        String segment;
        final long[] counts = new long[5];
        final BigDecimal[] money = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        final long[] orders = new long[3];
        long clicksBefore;

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
