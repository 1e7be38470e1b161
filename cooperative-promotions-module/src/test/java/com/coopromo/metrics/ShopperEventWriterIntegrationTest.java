package com.coopromo.metrics;

import com.coopromo.common.time.CoopClock;
import com.coopromo.infra.junit.CoopHostExtension;
import com.coopromo.infra.junit.TestHost;
import com.coopromo.metrics.domain.ShopperEvent;
import com.coopromo.metrics.domain.ShopperEventType;
import com.coopromo.metrics.store.EventPartitions;
import com.coopromo.metrics.store.ShopperEventWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.postgresql.PGConnection;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ingestion against the real database: while PostgreSQL holds the writer up (a lock on the key table), a
 * saturated queue drops and counts, and recording returns at once; once the database answers again every queued event
 * is written. A clean stop writes everything queued. The batches go through COPY and keep every field as it was,
 * escapes and nulls included; a key repeated in a later batch sends that batch through the staging table and is
 * stored once.
 */
@ExtendWith(CoopHostExtension.class)
class ShopperEventWriterIntegrationTest {
    private DataSource ds;
    private CoopClock clock;

    @BeforeEach
    void setUp(TestHost host) {
        ds = MetricsTestSupport.dataSource(host);
        clock = host.bean("coopClock", CoopClock.class);
    }

    @Test
    void aSaturatedQueueDropsAndCountsWithoutBlockingAndWritesWhatItQueuedOnceTheDatabaseAnswers() throws Exception {
        String run = "sat-" + UUID.randomUUID() + "-";
        ShopperEventWriter writer = new ShopperEventWriter(ds, clock, 100, 50, 400, new EventPartitions());
        writer.start();
        long queued = 0;
        long slowest = 0;
        try (Connection blocker = ds.getConnection()) {
            blocker.setAutoCommit(false);
            try (Statement lock = blocker.createStatement()) {
                lock.execute("LOCK TABLE COOP_METRIC_EVENT_KEY IN ACCESS EXCLUSIVE MODE");
            }
            long start = System.nanoTime();
            for (int i = 0; i < 20_000; i++) {
                long t = System.nanoTime();
                if (writer.record(event(run + i))) {
                    queued++;
                }
                slowest = Math.max(slowest, System.nanoTime() - t);
            }
            long tookMillis = (System.nanoTime() - start) / 1_000_000;
            assertThat(tookMillis).as("20,000 calls return at once").isLessThan(1000);
            assertThat(slowest / 1_000_000).as("no call waits for the database").isLessThan(100);
            assertThat(queued).as("the queue (100) and the batch in hand (at most 50)").isBetween(100L, 150L);
            assertThat(writer.dropped()).isEqualTo(20_000 - queued);
            blocker.rollback();
        }
        assertThat(writer.awaitWritten(30_000)).isTrue();
        writer.stop();
        assertThat(MetricsTestSupport.count(ds, "SELECT count(*) FROM COOP_METRIC_EVENT WHERE EVENT_KEY LIKE ?", run + "%"))
                .as("every event it queued is written").isEqualTo(queued);
    }

    @Test
    void aCleanStopWritesEverythingQueued() throws Exception {
        String run = "stop-" + UUID.randomUUID() + "-";
        ShopperEventWriter writer = new ShopperEventWriter(ds, clock, 50_000, 1000, 400, new EventPartitions());
        writer.start();
        for (int i = 0; i < 30_000; i++) {
            assertThat(writer.record(event(run + i))).isTrue();
        }
        writer.stop();
        assertThat(writer.dropped()).isZero();
        assertThat(writer.record(event(run + "late"))).as("refused after the stop").isFalse();
        assertThat(MetricsTestSupport.count(ds, "SELECT count(*) FROM COOP_METRIC_EVENT WHERE EVENT_KEY LIKE ?", run + "%"))
                .as("none lost").isEqualTo(30_000);
    }

    @Test
    void copyCarriesEveryFieldAsItWasAndAKeyRepeatedInALaterBatchIsStoredOnce() throws Exception {
        try (Connection c = ds.getConnection()) {
            assertThat(c.isWrapperFor(PGConnection.class)).as("the host's pool unwraps to the driver: COPY is used").isTrue();
        }
        String key = "copy-" + UUID.randomUUID() + "-tab\there\\back\nline\r-é";
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ShopperEvent order = ShopperEvent.builder(key, ShopperEventType.ORDER_SUBMITTED, at)
                .listing(77L, 5, 6).shopper("visitor\t\\\n" + "x", 9L)
                .order(12L, 3, new BigDecimal("1234.50"), new BigDecimal("0.05")).build();
        ShopperEvent plain = ShopperEvent.builder(key + "-plain", ShopperEventType.CLICK, at).listing(null, 5, 6).build();
        ShopperEventWriter writer = new ShopperEventWriter(ds, clock, 100, 10, 400, new EventPartitions());
        writer.start();
        try {
            assertThat(writer.recordAll(java.util.Arrays.asList(order, plain))).isEqualTo(2);
            assertThat(writer.awaitWritten(30_000)).isTrue();
            assertThat(writer.stagedBatches()).as("new keys only: COPY straight into the tables").isZero();
            ShopperEvent retry = ShopperEvent.builder(key, ShopperEventType.ORDER_SUBMITTED, at.plusSeconds(60))
                    .listing(77L, 5, 6).shopper("other", 9L).order(12L, 1, BigDecimal.ONE, BigDecimal.ZERO).build();
            assertThat(writer.record(retry)).isTrue();
            assertThat(writer.awaitWritten(30_000)).isTrue();
            assertThat(writer.stagedBatches()).as("a stored key: the batch goes through the staging table").isEqualTo(1);
        } finally {
            writer.stop();
        }
        try (Connection c = ds.getConnection(); java.sql.PreparedStatement q = c.prepareStatement("SELECT EVENT_TYPE,"
                + " OCCURRED_AT, CAMPAIGN_ID, SELLER_ID, SKU_ID, VISITOR_ID, CUSTOMER_ID, ORDER_ID, UNITS, GROSS,"
                + " DISCOUNT, DISCOUNT_PLATFORM FROM COOP_METRIC_EVENT WHERE EVENT_KEY = ?")) {
            q.setString(1, key);
            try (java.sql.ResultSet rs = q.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("O");
                assertThat(rs.getTimestamp(2).toInstant()).as("the first arrival wins").isEqualTo(at);
                assertThat(rs.getLong(3)).isEqualTo(77L);
                assertThat(rs.getLong(4)).isEqualTo(5L);
                assertThat(rs.getLong(5)).isEqualTo(6L);
                assertThat(rs.getString(6)).isEqualTo("visitor\t\\\nx");
                assertThat(rs.getLong(7)).isEqualTo(9L);
                assertThat(rs.getLong(8)).isEqualTo(12L);
                assertThat(rs.getInt(9)).isEqualTo(3);
                assertThat(rs.getBigDecimal(10)).isEqualByComparingTo("1234.50");
                assertThat(rs.getBigDecimal(11)).isEqualByComparingTo("0.05");
                assertThat(rs.getBigDecimal(12)).as("no platform part given").isNull();
                assertThat(rs.next()).as("stored once").isFalse();
            }
        }
        assertThat(MetricsTestSupport.count(ds, "SELECT count(*) FROM COOP_METRIC_EVENT WHERE EVENT_KEY = ?"
                + " AND CAMPAIGN_ID IS NULL AND VISITOR_ID IS NULL AND CUSTOMER_ID IS NULL", key + "-plain")).isEqualTo(1L);
    }

    private static ShopperEvent event(String key) {
        return ShopperEvent.builder(key, ShopperEventType.IMPRESSION, Instant.now()).listing(null, 1, 1).build();
    }
}
