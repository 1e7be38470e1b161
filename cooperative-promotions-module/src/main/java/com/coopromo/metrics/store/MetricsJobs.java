package com.coopromo.metrics.store;

import com.coopromo.common.time.PeriodicJob;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The metrics' periodic work: the rollup round (every second) and the partitions' upkeep. */
public final class MetricsJobs {
    private MetricsJobs() {
    }

    /** Rolls the new events up (bean {@code coopMetricsRollupJob}); an event reaches the dashboard within a round. */
    public static class RollupJob extends PeriodicJob {
        private final HourlyRollup rollup;

        public RollupJob(HourlyRollup rollup, long intervalSeconds, boolean enabled) {
            super("metrics rollup", "coop.metrics.rollup-interval-seconds", intervalSeconds, enabled);
            this.rollup = rollup;
        }

        @Override
        protected int round() {
            rollup.roll();
            return 0; // every second: quiet
        }

        @Override
        protected String describe(int changed) {
            return changed + " hourly row(s)";
        }
    }

    /**
     * Creates the next days' event partitions and drops those older than {@code coop.metrics.retention-days}, with
     * their idempotency keys (bean {@code coopMetricsRetentionJob}). Rollups and daily reports are kept.
     */
    public static class RetentionJob extends PeriodicJob {
        private final DataSource dataSource;
        private final EventPartitions partitions;
        private final Clock clock;
        private final int retentionDays;
        private final int daysAhead;

        public RetentionJob(DataSource dataSource, EventPartitions partitions, Clock clock, int retentionDays,
                            int daysAhead, long intervalSeconds, boolean enabled) {
            super("metrics retention", "coop.metrics.retention-interval-seconds", intervalSeconds, enabled);
            if (retentionDays < 1) {
                throw new IllegalArgumentException("coop.metrics.retention-days must be 1 or more (was " + retentionDays + ")");
            }
            this.dataSource = dataSource;
            this.partitions = partitions;
            this.clock = clock;
            this.retentionDays = retentionDays;
            this.daysAhead = daysAhead;
        }

        @Override
        public synchronized void start() {
            tick(); // the days ahead exist before the first event
            super.start();
        }

        @Override
        protected int round() {
            LocalDate today = clock.instant().atOffset(ZoneOffset.UTC).toLocalDate();
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(true);
                for (int d = 0; d <= daysAhead; d++) {
                    partitions.ensure(c, today.plusDays(d));
                }
                return partitions.dropBefore(c, today.minusDays(retentionDays - 1L));
            } catch (SQLException e) {
                throw new IllegalStateException("Could not keep the shopper events' partitions: " + e.getMessage(), e);
            }
        }

        @Override
        protected String describe(int changed) {
            return changed + " day(s) of shopper events dropped after " + retentionDays + " days";
        }
    }
}
