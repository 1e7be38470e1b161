package com.coopromo.metrics.store;

import com.coopromo.metrics.ShopperEvents;
import com.coopromo.metrics.domain.ShopperEvent;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The shopper events' ingestion (bean {@code coopShopperEvents}): a bounded queue in front of one background writer
 * thread that writes batches to {@code COOP_METRIC_EVENT} with PostgreSQL's COPY (the JDBC driver's
 * {@code CopyManager}, reached with {@code Connection.unwrap} through the host's DataSource): the batch's keys into
 * {@code COOP_METRIC_EVENT_KEY} and its events straight into the partitioned table, in one transaction. Where the
 * pool's connections do not unwrap to the driver's, one multi-row statement per batch does the work instead.
 * <p>
 * Overflow policy: {@link #record} only offers the event to the queue; when the queue is full the event is dropped
 * and counted ({@link #dropped()}), and the shopper's request goes on. A failed write keeps its batch in hand and is
 * retried (backing off up to 5 s) while new events keep queueing, so nothing is lost unless the queue fills up
 * meanwhile. A clean stop (context close) refuses new events and writes everything queued before returning (giving up
 * after {@code stopTimeoutMillis}, logging how many were lost). Events older than the retention or more than a day
 * ahead of this node's clock are not stored (counted by {@link #rejected()}).
 * <p>
 * Idempotency: a batch's own repeats are folded first (the first one wins); the key table's primary key refuses a key
 * stored before, and then the batch's transaction is rolled back and the batch goes with COPY into a staging table of
 * the writer's session (emptied by the commit), from which one statement inserts the keys with ON CONFLICT DO NOTHING
 * and writes only the events whose key was new. The multi-row statement does the same from arrays.
 */
public class ShopperEventWriter implements ShopperEvents {
    private static final Logger LOG = LoggerFactory.getLogger(ShopperEventWriter.class);

    static final String INSERT = "WITH b AS (SELECT * FROM unnest(?::varchar[], ?::varchar[], ?::timestamptz[],"
            + " ?::int8[], ?::int8[], ?::int8[], ?::varchar[], ?::int8[], ?::int8[], ?::int4[], ?::numeric[],"
            + " ?::numeric[], ?::numeric[]) AS t(k, ty, at, camp, sel, sku, vis, cus, ord, un, gr, di, dp)),"
            + " fresh AS (INSERT INTO COOP_METRIC_EVENT_KEY (EVENT_KEY, OCCURRED_AT) SELECT k, at FROM b"
            + " ON CONFLICT DO NOTHING RETURNING EVENT_KEY)"
            + " INSERT INTO COOP_METRIC_EVENT (EVENT_KEY, EVENT_TYPE, OCCURRED_AT, CAMPAIGN_ID, SELLER_ID, SKU_ID,"
            + " VISITOR_ID, CUSTOMER_ID, ORDER_ID, UNITS, GROSS, DISCOUNT, DISCOUNT_PLATFORM)"
            + " SELECT b.k, b.ty, b.at, b.camp, b.sel, b.sku, b.vis, b.cus, b.ord, b.un, b.gr, b.di, b.dp"
            + " FROM b JOIN fresh f ON f.EVENT_KEY = b.k";

    /** The session's staging table for COPY: emptied by every commit (and by a rollback), never seen by another session. */
    static final String STAGE = "CREATE TEMPORARY TABLE IF NOT EXISTS COOP_METRIC_EVENT_STAGE (EVENT_KEY VARCHAR(96)"
            + " COLLATE \"C\" NOT NULL, EVENT_TYPE CHAR(1) NOT NULL, OCCURRED_AT TIMESTAMP WITH TIME ZONE NOT NULL,"
            + " CAMPAIGN_ID BIGINT, SELLER_ID BIGINT NOT NULL, SKU_ID BIGINT NOT NULL, VISITOR_ID VARCHAR(64),"
            + " CUSTOMER_ID BIGINT, ORDER_ID BIGINT, UNITS INTEGER NOT NULL, GROSS NUMERIC(19,2) NOT NULL,"
            + " DISCOUNT NUMERIC(19,2) NOT NULL, DISCOUNT_PLATFORM NUMERIC(19,2)) ON COMMIT DELETE ROWS";
    private static final String COLUMNS = "(EVENT_KEY, EVENT_TYPE, OCCURRED_AT, CAMPAIGN_ID, SELLER_ID, SKU_ID,"
            + " VISITOR_ID, CUSTOMER_ID, ORDER_ID, UNITS, GROSS, DISCOUNT, DISCOUNT_PLATFORM)";
    static final String COPY_KEYS = "COPY COOP_METRIC_EVENT_KEY (EVENT_KEY, OCCURRED_AT) FROM STDIN";
    static final String COPY_EVENTS = "COPY COOP_METRIC_EVENT " + COLUMNS + " FROM STDIN";
    private static final String UNIQUE_VIOLATION = "23505";
    static final String COPY = "COPY COOP_METRIC_EVENT_STAGE " + COLUMNS + " FROM STDIN";
    /** From the staging table: the new keys, and the events of the new keys only, in one statement. */
    static final String FROM_STAGE = "WITH fresh AS (INSERT INTO COOP_METRIC_EVENT_KEY (EVENT_KEY, OCCURRED_AT)"
            + " SELECT EVENT_KEY, OCCURRED_AT FROM COOP_METRIC_EVENT_STAGE ON CONFLICT DO NOTHING RETURNING EVENT_KEY)"
            + " INSERT INTO COOP_METRIC_EVENT (EVENT_KEY, EVENT_TYPE, OCCURRED_AT, CAMPAIGN_ID, SELLER_ID, SKU_ID,"
            + " VISITOR_ID, CUSTOMER_ID, ORDER_ID, UNITS, GROSS, DISCOUNT, DISCOUNT_PLATFORM)"
            + " SELECT s.EVENT_KEY, s.EVENT_TYPE, s.OCCURRED_AT, s.CAMPAIGN_ID, s.SELLER_ID, s.SKU_ID, s.VISITOR_ID,"
            + " s.CUSTOMER_ID, s.ORDER_ID, s.UNITS, s.GROSS, s.DISCOUNT, s.DISCOUNT_PLATFORM"
            + " FROM COOP_METRIC_EVENT_STAGE s JOIN fresh f ON f.EVENT_KEY = s.EVENT_KEY";

    private final DataSource dataSource;
    private final Clock clock;
    private final int batchSize;
    private final int retentionDays;
    private final long stopTimeoutMillis;
    private final BlockingQueue<ShopperEvent> queue;
    private final EventPartitions partitions;
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong stored = new AtomicLong();
    private final AtomicLong failedWrites = new AtomicLong();
    private final AtomicLong staged = new AtomicLong();
    private volatile boolean accepting;
    private volatile boolean running;
    private volatile int inHand;
    private Thread thread;

    public ShopperEventWriter(DataSource dataSource, Clock clock, int capacity, int batchSize, int retentionDays,
                              EventPartitions partitions) {
        if (capacity < 1 || batchSize < 1) {
            throw new IllegalArgumentException("coop.metrics.queue-capacity and coop.metrics.batch-size must be 1 or more");
        }
        if (retentionDays < 1) {
            throw new IllegalArgumentException("coop.metrics.retention-days must be 1 or more (was " + retentionDays + ")");
        }
        this.dataSource = dataSource;
        this.clock = clock;
        this.batchSize = batchSize;
        this.retentionDays = retentionDays;
        this.partitions = partitions;
        this.queue = new ArrayBlockingQueue<ShopperEvent>(capacity);
        this.stopTimeoutMillis = 30_000;
    }

    public synchronized void start() {
        if (thread != null) {
            return;
        }
        running = true;
        accepting = true;
        thread = new Thread(new Runnable() {
            @Override
            public void run() {
                loop();
            }
        }, "coop-shopper-events");
        thread.setDaemon(true);
        thread.start();
    }

    /** Refuses new events, writes what is queued, and returns once it is written (or after the stop timeout). */
    public synchronized void stop() {
        accepting = false;
        running = false;
        if (thread == null) {
            return;
        }
        try {
            thread.join(stopTimeoutMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            LOG.error("Shopper events: stopped before {} queued event(s) could be written", queue.size() + inHand);
            thread.interrupt();
        }
        thread = null;
    }

    @Override
    public boolean record(ShopperEvent event) {
        if (event == null) {
            return false;
        }
        if (!accepting || !queue.offer(event)) {
            dropped.incrementAndGet();
            return false;
        }
        return true;
    }

    @Override
    public int recordAll(Collection<ShopperEvent> events) {
        int queued = 0;
        if (events != null) {
            for (ShopperEvent e : events) {
                if (record(e)) {
                    queued++;
                }
            }
        }
        return queued;
    }

    @Override
    public long dropped() {
        return dropped.get();
    }

    /** Events not stored because they were older than the retention or too far ahead. */
    public long rejected() {
        return rejected.get();
    }

    /** Events written (new keys and repeats alike) since start. */
    public long written() {
        return stored.get();
    }

    /** Batches that held a key stored already and were sorted out in the staging table (COPY only). */
    public long stagedBatches() {
        return staged.get();
    }

    /** Events queued or being written. */
    public int pending() {
        return queue.size() + inHand;
    }

    /** Waits until everything queued so far is written; true when it was within the time. */
    public boolean awaitWritten(long timeoutMillis) throws InterruptedException {
        long until = System.currentTimeMillis() + timeoutMillis;
        while (pending() > 0) {
            if (System.currentTimeMillis() > until) {
                return false;
            }
            Thread.sleep(5);
        }
        return true;
    }

    private void loop() {
        List<ShopperEvent> batch = new ArrayList<ShopperEvent>(batchSize);
        int failures = 0;
        while (running || !queue.isEmpty() || !batch.isEmpty()) {
            try {
                if (batch.isEmpty()) {
                    ShopperEvent first = queue.poll(100, TimeUnit.MILLISECONDS);
                    if (first == null) {
                        continue;
                    }
                    batch.add(first);
                    queue.drainTo(batch, batchSize - 1);
                    inHand = batch.size();
                }
                write(batch);
                stored.addAndGet(batch.size());
                batch.clear();
                inHand = 0;
                if (failures > 0) {
                    LOG.info("Shopper events: writing again after {} failed attempt(s)", failures);
                }
                failures = 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (SQLException | RuntimeException e) {
                failures++;
                failedWrites.incrementAndGet();
                partitions.forget();
                if (failures == 1) {
                    LOG.warn("Shopper events: could not write {} event(s), retrying: {}", batch.size(), e.toString());
                }
                try {
                    Thread.sleep(Math.min(5000L, 100L << Math.min(failures, 6)));
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Writes one batch in one transaction: the new keys' events, once each. */
    void write(List<ShopperEvent> batch) throws SQLException {
        LocalDate today = clock.instant().atOffset(ZoneOffset.UTC).toLocalDate();
        LocalDate first = today.minusDays(retentionDays - 1L);
        LocalDate last = today.plusDays(1);
        Map<String, ShopperEvent> byKey = new LinkedHashMap<String, ShopperEvent>();
        TreeSet<LocalDate> days = new TreeSet<LocalDate>();
        for (ShopperEvent e : batch) {
            LocalDate day = e.occurredAt().atOffset(ZoneOffset.UTC).toLocalDate();
            if (day.isBefore(first) || day.isAfter(last)) {
                rejected.incrementAndGet();
                continue;
            }
            if (!byKey.containsKey(e.key())) {
                byKey.put(e.key(), e);
                days.add(day);
            }
        }
        if (byKey.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            for (LocalDate day : days) {
                partitions.ensure(c, day);
            }
            CopyManager copy = copyManager(c);
            c.setAutoCommit(false);
            try {
                if (copy != null) {
                    if (!copyStraight(c, copy, byKey.values())) {
                        c.rollback(); // a key of the batch is stored already: sort the batch out in the staging table
                        staged.incrementAndGet();
                        copy(c, copy, byKey.values());
                    }
                } else {
                    insert(c, byKey.values());
                }
                c.commit();
            } catch (IOException e) {
                c.rollback();
                throw new SQLException("COPY of the shopper events failed: " + e.getMessage(), e);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    /** The driver's COPY interface behind the pool's connection, or null when it does not unwrap to it. */
    private static CopyManager copyManager(Connection c) {
        try {
            return c.isWrapperFor(PGConnection.class) ? c.unwrap(PGConnection.class).getCopyAPI() : null;
        } catch (SQLException | RuntimeException | AbstractMethodError e) {
            return null;
        }
    }

    /**
     * The usual case, no key of the batch stored yet: COPY the keys into the key table and the events straight into
     * the partitioned table. False (the transaction to be rolled back) when a key is stored already.
     */
    private static boolean copyStraight(Connection c, CopyManager copy, Collection<ShopperEvent> events)
            throws SQLException, IOException {
        StringBuilder keys = new StringBuilder(events.size() * 40);
        for (ShopperEvent e : events) {
            text(keys, e.key()).append('\t').append(e.occurredAt()).append('\n');
        }
        try {
            copy.copyIn(COPY_KEYS, new ByteArrayInputStream(keys.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
        copy.copyIn(COPY_EVENTS, new ByteArrayInputStream(rows(events).getBytes(StandardCharsets.UTF_8)));
        return true;
    }

    /** Stages the batch with COPY (text format) and moves the new keys' events on. */
    private static void copy(Connection c, CopyManager copy, Collection<ShopperEvent> events) throws SQLException, IOException {
        try (Statement s = c.createStatement()) {
            s.execute(STAGE);
            s.clearWarnings(); // "already exists, skipping" after the session's first batch
        }
        copy.copyIn(COPY, new ByteArrayInputStream(rows(events).getBytes(StandardCharsets.UTF_8)));
        try (Statement s = c.createStatement()) {
            s.executeUpdate(FROM_STAGE);
        }
    }

    /** The events as COPY text rows, in the column order of {@link #COPY} and {@link #COPY_EVENTS}. */
    private static String rows(Collection<ShopperEvent> events) {
        StringBuilder rows = new StringBuilder(events.size() * 96);
        for (ShopperEvent e : events) {
            text(rows, e.key()).append('\t').append(e.type().code()).append('\t').append(e.occurredAt()).append('\t');
            value(rows, e.campaignId()).append('\t').append(e.sellerId()).append('\t').append(e.skuId()).append('\t');
            text(rows, visitor(e.visitorId())).append('\t');
            value(rows, e.customerId()).append('\t');
            value(rows, e.orderId()).append('\t').append(e.units()).append('\t');
            value(rows, e.gross()).append('\t');
            value(rows, e.discount()).append('\t');
            value(rows, e.platformPart()).append('\n');
        }
        return rows.toString();
    }

    /** A text-format COPY field: null as \N; backslash, tab, newline and carriage return escaped. */
    static StringBuilder text(StringBuilder out, String value) {
        if (value == null) {
            return out.append("\\N");
        }
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '\\': out.append("\\\\"); break;
                case '\t': out.append("\\t"); break;
                case '\n': out.append("\\n"); break;
                case '\r': out.append("\\r"); break;
                default: out.append(ch);
            }
        }
        return out;
    }

    private static StringBuilder value(StringBuilder out, Object value) {
        if (value == null) {
            return out.append("\\N");
        }
        return out.append(value instanceof BigDecimal ? ((BigDecimal) value).toPlainString() : value.toString());
    }

    private static String visitor(String visitorId) {
        return visitorId == null || visitorId.length() <= 64 ? visitorId : visitorId.substring(0, 64);
    }

    /** The same batch as one multi-row statement, for pools whose connections do not unwrap to the driver's. */
    private static void insert(Connection c, Collection<ShopperEvent> events) throws SQLException {
        int n = events.size();
        String[] keys = new String[n];
        String[] types = new String[n];
        String[] at = new String[n];
        Long[] campaigns = new Long[n];
        Long[] sellers = new Long[n];
        Long[] skus = new Long[n];
        String[] visitors = new String[n];
        Long[] customers = new Long[n];
        Long[] orders = new Long[n];
        Integer[] units = new Integer[n];
        BigDecimal[] gross = new BigDecimal[n];
        BigDecimal[] discount = new BigDecimal[n];
        BigDecimal[] platform = new BigDecimal[n];
        int i = 0;
        for (ShopperEvent e : events) {
            keys[i] = e.key();
            types[i] = String.valueOf(e.type().code());
            at[i] = e.occurredAt().toString();
            campaigns[i] = e.campaignId();
            sellers[i] = e.sellerId();
            skus[i] = e.skuId();
            visitors[i] = visitor(e.visitorId());
            customers[i] = e.customerId();
            orders[i] = e.orderId();
            units[i] = e.units();
            gross[i] = e.gross();
            discount[i] = e.discount();
            platform[i] = e.platformPart();
            i++;
        }
        try (PreparedStatement insert = c.prepareStatement(INSERT)) {
            Array[] arrays = {
                    c.createArrayOf("varchar", keys), c.createArrayOf("varchar", types),
                    c.createArrayOf("varchar", at), c.createArrayOf("int8", campaigns),
                    c.createArrayOf("int8", sellers), c.createArrayOf("int8", skus),
                    c.createArrayOf("varchar", visitors), c.createArrayOf("int8", customers),
                    c.createArrayOf("int8", orders), c.createArrayOf("int4", units),
                    c.createArrayOf("numeric", gross), c.createArrayOf("numeric", discount),
                    c.createArrayOf("numeric", platform)};
            for (int p = 0; p < arrays.length; p++) {
                insert.setArray(p + 1, arrays[p]);
            }
            insert.executeUpdate();
        }
    }
}
