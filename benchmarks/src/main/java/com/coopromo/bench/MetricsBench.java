package com.coopromo.bench;

import com.coopromo.common.time.CoopClock;
import com.coopromo.infra.db.EmbeddedDatabase;
import com.coopromo.metrics.domain.CampaignDashboard;
import com.coopromo.metrics.domain.ShopperEvent;
import com.coopromo.metrics.domain.ShopperEventType;
import com.coopromo.metrics.domain.TimeRange;
import com.coopromo.metrics.query.CampaignMetricsImpl;
import com.coopromo.metrics.store.EventPartitions;
import com.coopromo.metrics.store.HourlyRollup;
import com.coopromo.metrics.store.ShopperEventWriter;
import com.coopromo.schema.CoopSchemaMigrator;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Campaign metrics benchmark: {@code benchmarks/run.sh MetricsBench [events] [queries]} (default 10,000,000 and 200).
 * <ol>
 * <li>sustained ingestion through the module's own writer ({@link ShopperEventWriter}: bounded queue, one writer
 * thread, COPY of the keys and events) into an embedded PostgreSQL with fsync on, the rollup job running every second
 * meanwhile, as in a store;</li>
 * <li>one dashboard profiled (its statements, their times, EXPLAIN ANALYZE of each), then the dashboard's queries
 * ({@link CampaignMetricsImpl}: totals, hourly series, per-seller rows, segments, targets) over the per-seller
 * rollups, for a 7-day range of one of 10 campaigns, p50/p95;</li>
 * <li>the same figures (totals with distinct orders and buyers, hourly series, per-seller rows) computed straight from
 * the raw events, with an index on (campaign, time) added for them; and a check that the dashboard's additive totals
 * equal the raw events' over whole hours.</li>
 * </ol>
 */
public final class MetricsBench {
    private static final int CAMPAIGNS = 10;
    private static final int SELLERS = 100;
    private static final int SKUS = 1000; // 10 per seller
    private static final int DAYS = 30;

    private MetricsBench() {
    }

    public static void main(String[] args) throws Exception {
        long total = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Path dir = Paths.get("benchmarks/target/metrics-bench");
        deleteTree(dir);
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, 0)) {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setUrl(db.jdbcUrl());
            pg.setUser(EmbeddedDatabase.USER);
            pg.setPassword(EmbeddedDatabase.PASSWORD);
            DataSource ds = pooled(pg);
            new CoopSchemaMigrator(ds).migrate();
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            long[] campaigns = seed(ds, now);

            // 1. ingestion
            CoopClock clock = new CoopClock();
            ShopperEventWriter writer = new ShopperEventWriter(ds, clock, 200_000, 5000, 400, new EventPartitions());
            HourlyRollup rollup = new HourlyRollup(ds);
            writer.start();
            final boolean[] ingesting = {true};
            Thread roller = new Thread(() -> {
                while (ingesting[0]) {
                    rollup.roll();
                    sleep(1000);
                }
            }, "bench-rollup");
            roller.start();
            Random random = new Random(7);
            long start = System.nanoTime();
            long orderSeq = 0;
            for (long i = 0; i < total; i++) {
                while (writer.pending() > 190_000) {
                    Thread.sleep(1); // the bench waits rather than drop: it measures what is written
                }
                writer.record(event(i, random, campaigns, now, orderSeq));
                if (i % 50 == 0) {
                    orderSeq++;
                }
                if (i % 1_000_000 == 999_999) {
                    System.out.printf("  %,d events queued, %,.0f/s so far%n", i + 1, (i + 1) / seconds(start));
                }
            }
            writer.awaitWritten(600_000);
            double ingestSeconds = seconds(start);
            writer.stop();
            ingesting[0] = false;
            roller.join();
            long rollStart = System.nanoTime();
            rollup.roll();
            double lastRound = seconds(rollStart);
            long stored = count(ds, "SELECT count(*) FROM COOP_METRIC_EVENT");
            long hourlyRows = count(ds, "SELECT count(*) FROM COOP_METRIC_HOURLY");
            System.out.printf("Ingestion: %,d events in %.1f s = %,.0f events/s (stored %,d distinct, dropped %d);"
                    + " rollups: %,d hourly rows, the round after the last batch took %.2f s%n",
                    total, ingestSeconds, total / ingestSeconds, stored, writer.dropped(), hourlyRows, lastRound);

            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                // what a store's autovacuum does to the rollup tables between bursts; right after a bulk load it has
                // not had its turn yet, and without it the planner avoids the index-only scans
                s.execute("VACUUM (ANALYZE) COOP_METRIC_SELLER_HOURLY, COOP_METRIC_HOURLY, COOP_METRIC_ORDER, COOP_METRIC_BUYER");
                s.execute("ANALYZE");
            }
            // 2. dashboard over the rollups
            CampaignMetricsImpl metrics = new CampaignMetricsImpl(ds, writer, clock);
            TimeRange week = new TimeRange(now.minus(7, ChronoUnit.DAYS), now);
            for (int i = 0; i < 20; i++) {
                metrics.dashboard(campaigns[i % CAMPAIGNS], week, null);
            }
            profile(ds, metrics, campaigns[0], week);
            List<Long> rolled = new ArrayList<Long>();
            List<Long> sellerView = new ArrayList<Long>();
            for (int i = 0; i < queries; i++) {
                long t = System.nanoTime();
                CampaignDashboard d = metrics.dashboard(campaigns[i % CAMPAIGNS], week, null);
                rolled.add(System.nanoTime() - t);
                t = System.nanoTime();
                metrics.dashboard(campaigns[i % CAMPAIGNS], week, d.sellers().isEmpty() ? 1L : d.sellers().get(0).sellerId());
                sellerView.add(System.nanoTime() - t);
            }
            // 3. the same figures from the raw events
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                long t = System.nanoTime();
                s.execute("CREATE INDEX IX_BENCH_EVENT_CAMPAIGN ON COOP_METRIC_EVENT (CAMPAIGN_ID, OCCURRED_AT)");
                s.execute("ANALYZE COOP_METRIC_EVENT");
                System.out.printf("  (index on raw events for the baseline built in %.1f s)%n", seconds(t));
            }
            int rawQueries = Math.max(5, queries / 10);
            List<Long> raw = new ArrayList<Long>();
            for (int i = 0; i < rawQueries + 2; i++) {
                long t = System.nanoTime();
                rawDashboard(ds, campaigns[i % CAMPAIGNS], week);
                if (i >= 2) {
                    raw.add(System.nanoTime() - t);
                }
            }
            Instant hour = now.truncatedTo(ChronoUnit.HOURS); // whole hours, as the rollups count them
            TimeRange aligned = new TimeRange(hour.minus(7, ChronoUnit.DAYS), hour);
            CampaignDashboard check = metrics.dashboard(campaigns[0], aligned, null);
            long[] fromRaw = rawDashboard(ds, campaigns[0], aligned);
            long[] fromRollups = {check.totals().impressions(), check.totals().clicks(), check.totals().addToCarts(),
                    check.totals().checkouts(), check.totals().units()};
            System.out.printf("Check: the dashboard's totals (impressions, clicks, add-to-carts, checkouts, units) %s the"
                    + " raw events' %s%n", java.util.Arrays.equals(fromRaw, fromRollups) ? "equal" : "DIFFER FROM",
                    java.util.Arrays.toString(fromRaw));
            System.out.println();
            System.out.printf("| Dashboard, 7-day range of 1 campaign, %,d events | p50 ms | p95 ms | runs |%n", stored);
            System.out.println("|---|---|---|---|");
            row("rollups (platform view)", rolled);
            row("rollups (seller view)", sellerView);
            row("raw events, no rollups (totals, series, sellers)", raw);
        }
    }

    private static ShopperEvent event(long i, Random random, long[] campaigns, Instant now, long orderSeq) {
        // each campaign: 10 sellers with 10 enrolled listings each; one event in 11 is outside campaigns
        int campaign = random.nextInt(CAMPAIGNS + 1);
        long seller = campaign == CAMPAIGNS ? 1 + random.nextInt(SELLERS) : campaign * 10 + 1 + random.nextInt(10);
        long sku = seller * 100 + random.nextInt(SKUS / SELLERS);
        Instant at = now.minusSeconds(random.nextInt(DAYS * 86400));
        int kind = random.nextInt(1000);
        ShopperEventType type = kind < 700 ? ShopperEventType.IMPRESSION : kind < 900 ? ShopperEventType.CLICK
                : kind < 960 ? ShopperEventType.ADD_TO_CART : kind < 980 ? ShopperEventType.CHECKOUT_STARTED
                : kind < 998 ? ShopperEventType.ORDER_SUBMITTED : ShopperEventType.ORDER_CANCELLED;
        ShopperEvent.Builder b = ShopperEvent.builder(type.code() + ":" + i, type, at)
                .listing(campaign == CAMPAIGNS ? null : campaigns[campaign], seller, sku)
                .shopper("v" + random.nextInt(1_000_000), (long) random.nextInt(200_000));
        if (type == ShopperEventType.ORDER_SUBMITTED || type == ShopperEventType.ORDER_CANCELLED) {
            BigDecimal gross = BigDecimal.valueOf(500 + random.nextInt(20000), 2);
            b.order(orderSeq, 1 + random.nextInt(3), gross, gross.divide(BigDecimal.TEN, 2, BigDecimal.ROUND_HALF_UP));
        } else if (type == ShopperEventType.ADD_TO_CART) {
            b.units(1);
        }
        return b.build();
    }

    /** Totals, hourly series and per-seller rows of one campaign and range straight from the raw events. */
    private static long[] rawDashboard(DataSource ds, long campaignId, TimeRange range) throws SQLException {
        long[] totals = null;
        String sums = "count(*) FILTER (WHERE EVENT_TYPE = 'I'), count(*) FILTER (WHERE EVENT_TYPE = 'C'),"
                + " count(*) FILTER (WHERE EVENT_TYPE = 'A'), count(*) FILTER (WHERE EVENT_TYPE = 'S'),"
                + " sum(CASE EVENT_TYPE WHEN 'O' THEN UNITS WHEN 'X' THEN -UNITS END),"
                + " sum(CASE EVENT_TYPE WHEN 'O' THEN GROSS WHEN 'X' THEN -GROSS END),"
                + " sum(CASE EVENT_TYPE WHEN 'O' THEN DISCOUNT WHEN 'X' THEN -DISCOUNT END),"
                + " count(DISTINCT ORDER_ID) FILTER (WHERE EVENT_TYPE = 'O'),"
                + " count(DISTINCT CUSTOMER_ID) FILTER (WHERE EVENT_TYPE = 'O')";
        String where = " FROM COOP_METRIC_EVENT WHERE CAMPAIGN_ID = ? AND OCCURRED_AT >= ? AND OCCURRED_AT < ?";
        try (Connection c = ds.getConnection()) {
            for (String sql : new String[]{"SELECT " + sums + where,
                    "SELECT date_trunc('hour', OCCURRED_AT), " + sums + where + " GROUP BY 1",
                    "SELECT SELLER_ID, " + sums + where + " GROUP BY 1"}) {
                try (PreparedStatement q = c.prepareStatement(sql)) {
                    q.setLong(1, campaignId);
                    q.setTimestamp(2, Timestamp.from(range.from()));
                    q.setTimestamp(3, Timestamp.from(range.to()));
                    try (ResultSet rs = q.executeQuery()) {
                        while (rs.next()) {
                            if (totals == null) { // the first statement: impressions, clicks, add-to-carts, checkouts, units
                                totals = new long[]{rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)};
                            }
                            rs.getLong(2);
                        }
                    }
                }
            }
        }
        return totals;
    }

    private static long[] seed(DataSource ds, Instant now) throws SQLException {
        long[] ids = new long[CAMPAIGNS];
        try (Connection c = ds.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO COOP_SELLER (SELLER_ID, CODE, NAME, SEGMENT,"
                    + " STANDING, CREATED_AT) VALUES (?, ?, ?, ?, 'GOOD', now())")) {
                for (int i = 1; i <= SELLERS; i++) {
                    s.setLong(1, i);
                    s.setString(2, "bench-" + i);
                    s.setString(3, "Bench seller " + i);
                    s.setString(4, i % 10 == 0 ? "LARGE" : i % 3 == 0 ? "MID" : "SMALL");
                    s.addBatch();
                }
                s.executeBatch();
            }
            LocalDateTime start = LocalDateTime.ofInstant(now.minus(DAYS, ChronoUnit.DAYS), ZoneOffset.UTC);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO COOP_CAMPAIGN (CAMPAIGN_ID, NAME, SLUG,"
                    + " THEME_BRIEF, OBJECTIVE, TIER, STATE, TIME_ZONE, STARTS_AT, ENDS_AT, ENROLLMENT_DEADLINE,"
                    + " ASSET_DEADLINE, MIN_DISCOUNT_PCT, MAX_DISCOUNT_PCT, BUDGET, PLATFORM_FUNDING_PCT, STACKING_POLICY,"
                    + " TARGET_REVENUE, TARGET_CONVERSION_PCT, TARGET_NEW_BUYERS, MIN_SELLERS, MAX_SELLER_SHARE_PCT,"
                    + " MIN_UNITS_IN_STOCK, CREATED_AT, UPDATED_AT) VALUES (?, ?, ?, 'Bench', 'SEASONAL_TRAFFIC',"
                    + " 'STANDARD', 'LIVE', 'UTC', ?, ?, ?, ?, 10, 30, 100000, 40, 'EXCLUSIVE', 50000, 2.5, 100, 1, 100,"
                    + " 0, now(), now())")) {
                for (int i = 0; i < CAMPAIGNS; i++) {
                    ids[i] = 1000 + i;
                    s.setLong(1, ids[i]);
                    s.setString(2, "Bench campaign " + i);
                    s.setString(3, "bench-" + i);
                    s.setTimestamp(4, Timestamp.valueOf(start));
                    s.setTimestamp(5, Timestamp.valueOf(start.plusDays(DAYS + 10)));
                    s.setTimestamp(6, Timestamp.valueOf(start.minusDays(2)));
                    s.setTimestamp(7, Timestamp.valueOf(start.minusDays(2)));
                    s.addBatch();
                }
                s.executeBatch();
            }
        }
        return ids;
    }

    private static void row(String what, List<Long> nanos) {
        List<Long> sorted = new ArrayList<Long>(nanos);
        Collections.sort(sorted, Comparator.naturalOrder());
        System.out.printf("| %s | %.1f | %.1f | %d |%n", what, sorted.get(sorted.size() / 2) / 1e6,
                sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1)) / 1e6, sorted.size());
    }

    private static long count(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Statements recorded while {@link #recording} is on: SQL, bound parameters, milliseconds. */
    private static final List<Object[]> RECORDED = new ArrayList<Object[]>();
    private static volatile boolean recording;

    /**
     * Where one dashboard's time goes: its statements in order with their time, then EXPLAIN (ANALYZE, BUFFERS) of each
     * with the same parameters (on the same data, after ANALYZE).
     */
    private static void profile(DataSource ds, CampaignMetricsImpl metrics, long campaignId, TimeRange range)
            throws SQLException {
        RECORDED.clear();
        recording = true;
        long t = System.nanoTime();
        metrics.dashboard(campaignId, range, null);
        double total = (System.nanoTime() - t) / 1e6;
        recording = false;
        List<Object[]> statements = new ArrayList<Object[]>(RECORDED);
        System.out.printf("%nProfile: one dashboard (platform view) = %d statements, %.1f ms in all%n",
                statements.size(), total);
        for (Object[] r : statements) {
            System.out.printf("  %8.1f ms  %s%n", (Double) r[2], ((String) r[0]).replaceAll("\\s+", " "));
        }
        try (Connection c = ds.getConnection()) {
            for (Object[] r : statements) {
                try (PreparedStatement q = c.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + r[0])) {
                    @SuppressWarnings("unchecked")
                    java.util.Map<Integer, Object> params = (java.util.Map<Integer, Object>) r[1];
                    for (java.util.Map.Entry<Integer, Object> p : params.entrySet()) {
                        q.setObject(p.getKey(), p.getValue());
                    }
                    System.out.println("--- " + ((String) r[0]).replaceAll("\\s+", " "));
                    try (ResultSet rs = q.executeQuery()) {
                        while (rs.next()) {
                            System.out.println("    " + rs.getString(1));
                        }
                    }
                }
            }
        }
        System.out.println();
    }

    /** Records a prepared statement's SQL, parameters and execution time while {@link #recording} is on. */
    private static PreparedStatement recorded(final PreparedStatement real, final String sql) {
        final java.util.Map<Integer, Object> params = new java.util.TreeMap<Integer, Object>();
        return (PreparedStatement) Proxy.newProxyInstance(MetricsBench.class.getClassLoader(),
                new Class<?>[]{PreparedStatement.class}, (InvocationHandler) (p, m, a) -> {
                    if (m.getName().startsWith("set") && a != null && a.length >= 2 && a[0] instanceof Integer) {
                        params.put((Integer) a[0], a[1]);
                    }
                    long t = System.nanoTime();
                    try {
                        return m.invoke(real, a);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    } finally {
                        if (m.getName().startsWith("execute")) {
                            RECORDED.add(new Object[]{sql, new java.util.TreeMap<Integer, Object>(params),
                                    (System.nanoTime() - t) / 1e6});
                        }
                    }
                });
    }

    /** One open connection per thread, handed out again on every getConnection (close() keeps it open): a pool's effect. */
    private static DataSource pooled(final PGSimpleDataSource pg) {
        final ThreadLocal<Connection> held = new ThreadLocal<Connection>();
        return (DataSource) Proxy.newProxyInstance(MetricsBench.class.getClassLoader(), new Class<?>[]{DataSource.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("getConnection")) {
                        return method.invoke(pg, args);
                    }
                    Connection c = held.get();
                    if (c == null || c.isClosed()) {
                        c = pg.getConnection();
                        held.set(c);
                    }
                    final Connection real = c;
                    return Proxy.newProxyInstance(MetricsBench.class.getClassLoader(), new Class<?>[]{Connection.class},
                            (InvocationHandler) (p, m, a) -> {
                                if (m.getName().equals("close")) {
                                    if (!real.getAutoCommit()) {
                                        real.rollback();
                                        real.setAutoCommit(true);
                                    }
                                    return null;
                                }
                                if (m.getName().equals("unwrap")) {
                                    return real.unwrap((Class<?>) a[0]);
                                }
                                if (recording && m.getName().equals("prepareStatement") && a.length == 1) {
                                    return recorded(real.prepareStatement((String) a[0]), (String) a[0]);
                                }
                                try {
                                    return m.invoke(real, a);
                                } catch (java.lang.reflect.InvocationTargetException e) {
                                    throw e.getCause();
                                }
                            });
                });
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

}
