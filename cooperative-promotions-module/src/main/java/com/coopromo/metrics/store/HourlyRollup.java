package com.coopromo.metrics.store;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Adds the events written since the last round to the hourly rollups, in one transaction with the watermark, so a
 * round is applied whole or not at all and a re-run adds nothing twice.
 * <p>
 * The watermark is a transaction id: a round takes the events of transactions below the oldest one still running
 * ({@code txid_snapshot_xmin}), i.e. only of finished transactions, and moves the watermark there. A batch committed
 * after a later one is therefore never skipped; the cost is that a long-running transaction elsewhere in the database
 * holds the rollups back until it ends. Events arriving late for an old hour are simply added to that hour; repeats
 * never reach the raw table (the idempotency keys). The watermark row is locked for the round: store nodes take turns.
 */
public class HourlyRollup {
    static final String HOUR = "(date_trunc('hour', e.OCCURRED_AT AT TIME ZONE 'UTC') AT TIME ZONE 'UTC')";
    private static final String RANGE = " e.TX_ID >= ? AND e.TX_ID < ?";

    private static final String HOURLY = "INSERT INTO COOP_METRIC_HOURLY AS h (CAMPAIGN_ID, HOUR, SELLER_ID, SKU_ID,"
            + " IMPRESSIONS, CLICKS, ADD_TO_CARTS, CHECKOUTS, ORDER_LINES, UNITS, GROSS, DISCOUNT, DISCOUNT_PLATFORM)"
            + " SELECT COALESCE(e.CAMPAIGN_ID, 0), " + HOUR + ", e.SELLER_ID, e.SKU_ID,"
            + " count(*) FILTER (WHERE e.EVENT_TYPE = 'I'), count(*) FILTER (WHERE e.EVENT_TYPE = 'C'),"
            + " count(*) FILTER (WHERE e.EVENT_TYPE = 'A'), count(*) FILTER (WHERE e.EVENT_TYPE = 'S'),"
            + " count(*) FILTER (WHERE e.EVENT_TYPE = 'O') - count(*) FILTER (WHERE e.EVENT_TYPE = 'X'),"
            + " COALESCE(sum(CASE e.EVENT_TYPE WHEN 'O' THEN e.UNITS WHEN 'X' THEN -e.UNITS END), 0),"
            + " COALESCE(sum(CASE e.EVENT_TYPE WHEN 'O' THEN e.GROSS WHEN 'X' THEN -e.GROSS END), 0),"
            + " COALESCE(sum(CASE e.EVENT_TYPE WHEN 'O' THEN e.DISCOUNT WHEN 'X' THEN -e.DISCOUNT END), 0),"
            + " COALESCE(sum(CASE e.EVENT_TYPE WHEN 'O' THEN 1 WHEN 'X' THEN -1 END * COALESCE(e.DISCOUNT_PLATFORM,"
            + " round(e.DISCOUNT * c.PLATFORM_FUNDING_PCT / 100, 2), e.DISCOUNT)), 0)"
            + " FROM COOP_METRIC_EVENT e LEFT JOIN COOP_CAMPAIGN c ON c.CAMPAIGN_ID = e.CAMPAIGN_ID"
            + " WHERE" + RANGE + " GROUP BY 1, 2, 3, 4"
            + " ON CONFLICT (CAMPAIGN_ID, HOUR, SELLER_ID, SKU_ID) DO UPDATE SET"
            + " IMPRESSIONS = h.IMPRESSIONS + EXCLUDED.IMPRESSIONS, CLICKS = h.CLICKS + EXCLUDED.CLICKS,"
            + " ADD_TO_CARTS = h.ADD_TO_CARTS + EXCLUDED.ADD_TO_CARTS, CHECKOUTS = h.CHECKOUTS + EXCLUDED.CHECKOUTS,"
            + " ORDER_LINES = h.ORDER_LINES + EXCLUDED.ORDER_LINES, UNITS = h.UNITS + EXCLUDED.UNITS,"
            + " GROSS = h.GROSS + EXCLUDED.GROSS, DISCOUNT = h.DISCOUNT + EXCLUDED.DISCOUNT,"
            + " DISCOUNT_PLATFORM = h.DISCOUNT_PLATFORM + EXCLUDED.DISCOUNT_PLATFORM";

    private static final String ORDERS = "INSERT INTO COOP_METRIC_ORDER AS o (CAMPAIGN_ID, SELLER_ID, ORDER_ID, HOUR,"
            + " CUSTOMER_ID, CANCELLED)"
            + " SELECT COALESCE(e.CAMPAIGN_ID, 0), e.SELLER_ID, e.ORDER_ID, min(" + HOUR + ") FILTER (WHERE e.EVENT_TYPE = 'O'),"
            + " max(e.CUSTOMER_ID), bool_or(e.EVENT_TYPE = 'X')"
            + " FROM COOP_METRIC_EVENT e WHERE" + RANGE + " AND e.EVENT_TYPE IN ('O', 'X') AND e.ORDER_ID IS NOT NULL"
            + " GROUP BY 1, 2, 3"
            + " ON CONFLICT (CAMPAIGN_ID, SELLER_ID, ORDER_ID) DO UPDATE SET HOUR = LEAST(o.HOUR, EXCLUDED.HOUR),"
            + " CUSTOMER_ID = COALESCE(o.CUSTOMER_ID, EXCLUDED.CUSTOMER_ID), CANCELLED = o.CANCELLED OR EXCLUDED.CANCELLED";

    private static final String BUYERS = "INSERT INTO COOP_METRIC_BUYER AS b (CUSTOMER_ID, FIRST_ORDER_AT)"
            + " SELECT e.CUSTOMER_ID, min(e.OCCURRED_AT) FROM COOP_METRIC_EVENT e"
            + " WHERE" + RANGE + " AND e.EVENT_TYPE = 'O' AND e.CUSTOMER_ID IS NOT NULL GROUP BY 1"
            + " ON CONFLICT (CUSTOMER_ID) DO UPDATE SET FIRST_ORDER_AT = LEAST(b.FIRST_ORDER_AT, EXCLUDED.FIRST_ORDER_AT)";

    private final DataSource dataSource;

    public HourlyRollup(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** One round; returns how many hourly rows it added to or created. */
    public int roll() {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                long low;
                try (PreparedStatement q = c.prepareStatement(
                        "SELECT TX_WATERMARK FROM COOP_METRIC_ROLLUP_STATE WHERE STATE_ID = 1 FOR UPDATE");
                     ResultSet rs = q.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("COOP_METRIC_ROLLUP_STATE has no row 1 (changeset 012)");
                    }
                    low = rs.getLong(1);
                }
                long high;
                try (PreparedStatement q = c.prepareStatement("SELECT txid_snapshot_xmin(txid_current_snapshot())");
                     ResultSet rs = q.executeQuery()) {
                    rs.next();
                    high = rs.getLong(1);
                }
                if (high <= low) {
                    c.rollback();
                    return 0;
                }
                int rows = run(c, HOURLY, low, high);
                run(c, ORDERS, low, high);
                run(c, BUYERS, low, high);
                try (PreparedStatement u = c.prepareStatement(
                        "UPDATE COOP_METRIC_ROLLUP_STATE SET TX_WATERMARK = ?, UPDATED_AT = now() WHERE STATE_ID = 1")) {
                    u.setLong(1, high);
                    u.executeUpdate();
                }
                c.commit();
                return rows;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not roll the shopper events up: " + e.getMessage(), e);
        }
    }

    private static int run(Connection c, String sql, long low, long high) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, low);
            s.setLong(2, high);
            return s.executeUpdate();
        }
    }
}
