package com.coopromo.metrics.store;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Adds the events written since the last round to the hourly rollups (per campaign x seller x listing x hour, and per
 * campaign x seller x hour for the dashboard), in one transaction with the watermark, so a round is applied whole or
 * not at all and a re-run adds nothing twice.
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

    private static final String MEASURES = "IMPRESSIONS, CLICKS, ADD_TO_CARTS, CHECKOUTS, ORDER_LINES, UNITS, GROSS,"
            + " DISCOUNT, DISCOUNT_PLATFORM";
    private static final String ADD = " IMPRESSIONS = h.IMPRESSIONS + EXCLUDED.IMPRESSIONS, CLICKS = h.CLICKS + EXCLUDED.CLICKS,"
            + " ADD_TO_CARTS = h.ADD_TO_CARTS + EXCLUDED.ADD_TO_CARTS, CHECKOUTS = h.CHECKOUTS + EXCLUDED.CHECKOUTS,"
            + " ORDER_LINES = h.ORDER_LINES + EXCLUDED.ORDER_LINES, UNITS = h.UNITS + EXCLUDED.UNITS,"
            + " GROSS = h.GROSS + EXCLUDED.GROSS, DISCOUNT = h.DISCOUNT + EXCLUDED.DISCOUNT,"
            + " DISCOUNT_PLATFORM = h.DISCOUNT_PLATFORM + EXCLUDED.DISCOUNT_PLATFORM";

    /**
     * One statement for both levels: the round's events summed per campaign x hour x seller x listing once
     * ({@code d}), added to the per-listing rows, and the same sums summed over the listings added to the per-seller
     * rows. Returns the per-listing rows added to or created.
     */
    private static final String HOURLY = "WITH d AS MATERIALIZED (SELECT COALESCE(e.CAMPAIGN_ID, 0) AS CAMPAIGN_ID,"
            + " " + HOUR + " AS HOUR, e.SELLER_ID, e.SKU_ID,"
            + " count(*) FILTER (WHERE e.EVENT_TYPE = 'I') AS IMPRESSIONS, count(*) FILTER (WHERE e.EVENT_TYPE = 'C') AS CLICKS,"
            + " count(*) FILTER (WHERE e.EVENT_TYPE = 'A') AS ADD_TO_CARTS, count(*) FILTER (WHERE e.EVENT_TYPE = 'S') AS CHECKOUTS,"
            + " count(*) FILTER (WHERE e.EVENT_TYPE = 'O') - count(*) FILTER (WHERE e.EVENT_TYPE = 'X') AS ORDER_LINES,"
            + " COALESCE(sum(CASE e.EVENT_TYPE WHEN 'O' THEN e.UNITS WHEN 'X' THEN -e.UNITS END), 0) AS UNITS,"
            + " COALESCE(sum(CASE e.EVENT_TYPE WHEN 'O' THEN e.GROSS WHEN 'X' THEN -e.GROSS END), 0) AS GROSS,"
            + " COALESCE(sum(CASE e.EVENT_TYPE WHEN 'O' THEN e.DISCOUNT WHEN 'X' THEN -e.DISCOUNT END), 0) AS DISCOUNT,"
            + " COALESCE(sum(CASE e.EVENT_TYPE WHEN 'O' THEN 1 WHEN 'X' THEN -1 END * COALESCE(e.DISCOUNT_PLATFORM,"
            + " round(e.DISCOUNT * c.PLATFORM_FUNDING_PCT / 100, 2), e.DISCOUNT)), 0) AS DISCOUNT_PLATFORM"
            + " FROM COOP_METRIC_EVENT e LEFT JOIN COOP_CAMPAIGN c ON c.CAMPAIGN_ID = e.CAMPAIGN_ID"
            + " WHERE" + RANGE + " GROUP BY 1, 2, 3, 4),"
            + " per_seller AS (INSERT INTO COOP_METRIC_SELLER_HOURLY AS h (CAMPAIGN_ID, HOUR, SELLER_ID, " + MEASURES + ")"
            + " SELECT CAMPAIGN_ID, HOUR, SELLER_ID, sum(IMPRESSIONS), sum(CLICKS), sum(ADD_TO_CARTS), sum(CHECKOUTS),"
            + " sum(ORDER_LINES), sum(UNITS), sum(GROSS), sum(DISCOUNT), sum(DISCOUNT_PLATFORM) FROM d GROUP BY 1, 2, 3"
            + " ON CONFLICT (CAMPAIGN_ID, HOUR, SELLER_ID) DO UPDATE SET" + ADD + ")"
            + " INSERT INTO COOP_METRIC_HOURLY AS h (CAMPAIGN_ID, HOUR, SELLER_ID, SKU_ID, " + MEASURES + ")"
            + " SELECT CAMPAIGN_ID, HOUR, SELLER_ID, SKU_ID, " + MEASURES + " FROM d"
            + " ON CONFLICT (CAMPAIGN_ID, HOUR, SELLER_ID, SKU_ID) DO UPDATE SET" + ADD;

    /**
     * The round's submitted and cancelled events, read once from the raw events for the three statements below, in a
     * temporary table of the session emptied by the commit.
     */
    private static final String ROUND_ORDERS_TABLE = "CREATE TEMPORARY TABLE IF NOT EXISTS COOP_METRIC_ROUND_ORDER"
            + " (CAMPAIGN_ID BIGINT, SELLER_ID BIGINT NOT NULL, ORDER_ID BIGINT, CUSTOMER_ID BIGINT,"
            + " EVENT_TYPE CHAR(1) NOT NULL, OCCURRED_AT TIMESTAMP WITH TIME ZONE NOT NULL) ON COMMIT DELETE ROWS";
    private static final String ROUND_ORDERS = "INSERT INTO COOP_METRIC_ROUND_ORDER (CAMPAIGN_ID, SELLER_ID, ORDER_ID,"
            + " CUSTOMER_ID, EVENT_TYPE, OCCURRED_AT) SELECT e.CAMPAIGN_ID, e.SELLER_ID, e.ORDER_ID, e.CUSTOMER_ID,"
            + " e.EVENT_TYPE, e.OCCURRED_AT FROM COOP_METRIC_EVENT e WHERE" + RANGE + " AND e.EVENT_TYPE IN ('O', 'X')";

    /** First the buyers: each customer's first order as the metrics saw it. */
    private static final String BUYERS = "INSERT INTO COOP_METRIC_BUYER AS b (CUSTOMER_ID, FIRST_ORDER_AT)"
            + " SELECT e.CUSTOMER_ID, min(e.OCCURRED_AT) FROM COOP_METRIC_ROUND_ORDER e"
            + " WHERE e.EVENT_TYPE = 'O' AND e.CUSTOMER_ID IS NOT NULL GROUP BY 1"
            + " ON CONFLICT (CUSTOMER_ID) DO UPDATE SET FIRST_ORDER_AT = LEAST(b.FIRST_ORDER_AT, EXCLUDED.FIRST_ORDER_AT)";

    /** After the buyers: an order row takes its customer's first order time as it stands after this round's orders. */
    private static final String ORDERS = "INSERT INTO COOP_METRIC_ORDER AS o (CAMPAIGN_ID, SELLER_ID, ORDER_ID, HOUR,"
            + " CUSTOMER_ID, CANCELLED, FIRST_ORDER_AT)"
            + " SELECT x.CAMPAIGN_ID, x.SELLER_ID, x.ORDER_ID, x.HOUR, x.CUSTOMER_ID, x.CANCELLED, b.FIRST_ORDER_AT FROM"
            + " (SELECT COALESCE(e.CAMPAIGN_ID, 0) AS CAMPAIGN_ID, e.SELLER_ID, e.ORDER_ID,"
            + " min(" + HOUR + ") FILTER (WHERE e.EVENT_TYPE = 'O') AS HOUR, max(e.CUSTOMER_ID) AS CUSTOMER_ID,"
            + " bool_or(e.EVENT_TYPE = 'X') AS CANCELLED"
            + " FROM COOP_METRIC_ROUND_ORDER e WHERE e.ORDER_ID IS NOT NULL"
            + " GROUP BY 1, 2, 3) x LEFT JOIN COOP_METRIC_BUYER b ON b.CUSTOMER_ID = x.CUSTOMER_ID"
            + " ON CONFLICT (CAMPAIGN_ID, SELLER_ID, ORDER_ID) DO UPDATE SET HOUR = LEAST(o.HOUR, EXCLUDED.HOUR),"
            + " CUSTOMER_ID = COALESCE(o.CUSTOMER_ID, EXCLUDED.CUSTOMER_ID), CANCELLED = o.CANCELLED OR EXCLUDED.CANCELLED,"
            + " FIRST_ORDER_AT = CASE WHEN o.CUSTOMER_ID IS NULL THEN EXCLUDED.FIRST_ORDER_AT ELSE o.FIRST_ORDER_AT END";

    /** Last: the order rows (of any round) of this round's customers whose first order time moved. */
    private static final String FIRST_ORDERS = "UPDATE COOP_METRIC_ORDER o SET FIRST_ORDER_AT = b.FIRST_ORDER_AT"
            + " FROM COOP_METRIC_BUYER b WHERE b.CUSTOMER_ID = o.CUSTOMER_ID"
            + " AND o.FIRST_ORDER_AT IS DISTINCT FROM b.FIRST_ORDER_AT AND o.CUSTOMER_ID IN (SELECT e.CUSTOMER_ID"
            + " FROM COOP_METRIC_ROUND_ORDER e WHERE e.CUSTOMER_ID IS NOT NULL)";

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
                try (Statement s = c.createStatement()) {
                    s.execute(ROUND_ORDERS_TABLE);
                    s.clearWarnings(); // "already exists, skipping" after the session's first round
                }
                if (run(c, ROUND_ORDERS, low, high) > 0) {
                    try (Statement s = c.createStatement()) {
                        s.executeUpdate(BUYERS);
                        s.executeUpdate(ORDERS);
                        s.executeUpdate(FIRST_ORDERS);
                    }
                }
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
