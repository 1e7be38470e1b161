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

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ingestion against the real database: while PostgreSQL holds the writer up (a lock on the key table), a
 * saturated queue drops and counts, and recording returns at once; once the database answers again every queued event
 * is written. A clean stop writes everything queued.
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

    private static ShopperEvent event(String key) {
        return ShopperEvent.builder(key, ShopperEventType.IMPRESSION, Instant.now()).listing(null, 1, 1).build();
    }
}
