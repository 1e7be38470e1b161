package com.coopromo.debrief.persistence;

import com.coopromo.common.persistence.JdbcTransactions;
import com.coopromo.common.persistence.JdbcTransactions.Work;
import com.coopromo.debrief.domain.CampaignFacts;
import com.coopromo.debrief.domain.ListingTraffic;
import com.coopromo.debrief.domain.OrderLine;
import com.coopromo.debrief.domain.SurveyAnswer;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a debrief reads and writes, in plain JDBC on the store's data source (every method commits its own work):
 * the rows {@link com.coopromo.debrief.domain.DebriefCalculator} is fed with (the metrics' hourly rollups, the order
 * attribution rows that stand, the budget ledger, the settlement runs, the campaign's targets), the debrief itself and
 * the sellers' survey answers. Read-only on every table but {@code COOP_DEBRIEF} and {@code COOP_DEBRIEF_SURVEY}.
 */
public class DebriefStore {
    private static final String TRAFFIC = "SELECT h.SELLER_ID, max(s.NAME), h.SKU_ID, max(k.NAME),"
            + " sum(h.IMPRESSIONS), sum(h.CLICKS), sum(h.ADD_TO_CARTS), sum(h.CHECKOUTS), sum(h.GROSS - h.DISCOUNT)"
            + " FROM COOP_METRIC_HOURLY h LEFT JOIN COOP_SELLER s ON s.SELLER_ID = h.SELLER_ID"
            + " LEFT JOIN BLC_SKU k ON k.SKU_ID = h.SKU_ID"
            + " WHERE h.CAMPAIGN_ID = ? GROUP BY h.SELLER_ID, h.SKU_ID";
    private static final String ORDER_LINES = "SELECT DISTINCT ORDER_ID, SELLER_ID, SKU_ID FROM COOP_ORDER_ATTRIBUTION"
            + " WHERE CAMPAIGN_ID = ? AND STATE = 'ACTIVE'";
    private static final String DEBRIEF_COLUMNS = "CAMPAIGN_ID, STATE, LESSONS, SNAPSHOT, OUTCOME, UPDATED_BY, UPDATED_AT,"
            + " PUBLISHED_BY, PUBLISHED_AT";

    private final JdbcTransactions transactions;

    public DebriefStore(DataSource dataSource) {
        this.transactions = new JdbcTransactions(dataSource, "debrief storage");
    }

    private <T> T tx(Work<T> work) {
        return transactions.run(work);
    }

    /** Each listing's traffic over the campaign, from the hourly rollups. */
    public List<ListingTraffic> traffic(final long campaignId) {
        return tx(c -> {
            List<ListingTraffic> rows = new ArrayList<ListingTraffic>();
            try (PreparedStatement q = c.prepareStatement(TRAFFIC)) {
                q.setLong(1, campaignId);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        long seller = rs.getLong(1);
                        long sku = rs.getLong(3);
                        String sellerName = rs.getString(2);
                        String skuName = rs.getString(4);
                        rows.add(new ListingTraffic(seller, sellerName == null ? "Seller " + seller : sellerName, sku,
                                skuName == null ? "Sku " + sku : skuName, rs.getLong(5), rs.getLong(6), rs.getLong(7),
                                rs.getLong(8), rs.getBigDecimal(9)));
                    }
                }
            }
            return rows;
        });
    }

    /** The campaign's order lines that stand (attribution rows not reversed by a cancellation). */
    public List<OrderLine> orderLines(final long campaignId) {
        return tx(c -> {
            List<OrderLine> rows = new ArrayList<OrderLine>();
            try (PreparedStatement q = c.prepareStatement(ORDER_LINES)) {
                q.setLong(1, campaignId);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new OrderLine(rs.getLong(1), rs.getLong(2), rs.getLong(3)));
                    }
                }
            }
            return rows;
        });
    }

    /**
     * The campaign's budget and what pricing consumed of it, its payout (the payout run, else the newest complete dry
     * run), its targets, and its new buyers: customers of its orders (not cancelled) whose first order the metrics saw
     * falls in {@code [start, end)}.
     */
    public CampaignFacts facts(final long campaignId, final Instant start, final Instant end) {
        return tx(c -> {
            BigDecimal budget = null, targetRevenue = null, targetConversion = null;
            Integer targetNewBuyers = null;
            try (PreparedStatement q = c.prepareStatement("SELECT BUDGET, TARGET_REVENUE, TARGET_CONVERSION_PCT,"
                    + " TARGET_NEW_BUYERS FROM COOP_CAMPAIGN WHERE CAMPAIGN_ID = ?")) {
                q.setLong(1, campaignId);
                try (ResultSet rs = q.executeQuery()) {
                    if (rs.next()) {
                        budget = rs.getBigDecimal(1);
                        targetRevenue = rs.getBigDecimal(2);
                        targetConversion = rs.getBigDecimal(3);
                        int n = rs.getInt(4);
                        targetNewBuyers = rs.wasNull() ? null : n;
                    }
                }
            }
            BigDecimal consumed = BigDecimal.ZERO.setScale(2);
            try (PreparedStatement q = c.prepareStatement("SELECT CONSUMED FROM COOP_CAMPAIGN_BUDGET WHERE CAMPAIGN_ID = ?")) {
                q.setLong(1, campaignId);
                try (ResultSet rs = q.executeQuery()) {
                    if (rs.next()) {
                        consumed = rs.getBigDecimal(1);
                    }
                }
            }
            BigDecimal pool = null, paid = null;
            String run = null;
            try (PreparedStatement q = c.prepareStatement("SELECT RUN_ID, KIND, POOL, BONUS_PAID FROM COOP_SETTLEMENT_RUN"
                    + " WHERE CAMPAIGN_ID = ? AND STATE = 'COMPLETE' ORDER BY (KIND = 'FINAL') DESC, RUN_ID DESC LIMIT 1")) {
                q.setLong(1, campaignId);
                try (ResultSet rs = q.executeQuery()) {
                    if (rs.next()) {
                        run = ("FINAL".equals(rs.getString(2)) ? "payout run " : "dry run ") + rs.getLong(1);
                        pool = rs.getBigDecimal(3);
                        paid = rs.getBigDecimal(4);
                    }
                }
            }
            long newBuyers = 0;
            try (PreparedStatement q = c.prepareStatement("SELECT count(DISTINCT o.CUSTOMER_ID) FROM COOP_METRIC_ORDER o"
                    + " JOIN COOP_METRIC_BUYER b ON b.CUSTOMER_ID = o.CUSTOMER_ID"
                    + " WHERE o.CAMPAIGN_ID = ? AND NOT o.CANCELLED AND b.FIRST_ORDER_AT >= ? AND b.FIRST_ORDER_AT < ?")) {
                q.setLong(1, campaignId);
                q.setTimestamp(2, Timestamp.from(start));
                q.setTimestamp(3, Timestamp.from(end));
                try (ResultSet rs = q.executeQuery()) {
                    if (rs.next()) {
                        newBuyers = rs.getLong(1);
                    }
                }
            }
            return new CampaignFacts(budget, consumed, pool, paid, run, targetRevenue, targetConversion,
                    targetNewBuyers, newBuyers);
        });
    }

    public DebriefRecord debrief(final long campaignId) {
        return tx(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT " + DEBRIEF_COLUMNS + " FROM COOP_DEBRIEF WHERE CAMPAIGN_ID = ?")) {
                q.setLong(1, campaignId);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? record(rs) : null;
                }
            }
        });
    }

    /** Every published debrief, newest first. */
    public List<DebriefRecord> published() {
        return tx(c -> {
            List<DebriefRecord> rows = new ArrayList<DebriefRecord>();
            try (PreparedStatement q = c.prepareStatement("SELECT " + DEBRIEF_COLUMNS
                    + " FROM COOP_DEBRIEF WHERE STATE = 'PUBLISHED' ORDER BY PUBLISHED_AT DESC, CAMPAIGN_ID DESC")) {
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        rows.add(record(rs));
                    }
                }
            }
            return rows;
        });
    }

    /** Writes a draft's lessons; false when the debrief is published already (nothing changes then). */
    public boolean saveDraft(final long campaignId, final String lessons, final String actor, final Instant at) {
        return tx(c -> {
            try (PreparedStatement u = c.prepareStatement("INSERT INTO COOP_DEBRIEF (CAMPAIGN_ID, STATE, LESSONS, UPDATED_BY,"
                    + " UPDATED_AT) VALUES (?, 'DRAFT', ?, ?, ?) ON CONFLICT (CAMPAIGN_ID) DO UPDATE SET LESSONS = EXCLUDED.LESSONS,"
                    + " UPDATED_BY = EXCLUDED.UPDATED_BY, UPDATED_AT = EXCLUDED.UPDATED_AT WHERE COOP_DEBRIEF.STATE = 'DRAFT'")) {
                u.setLong(1, campaignId);
                u.setString(2, lessons);
                u.setString(3, actor);
                u.setTimestamp(4, Timestamp.from(at));
                return u.executeUpdate() == 1;
            }
        });
    }

    /** Publishes with the snapshot; false when it was published already (the first publication stands). */
    public boolean publish(final long campaignId, final String lessons, final String snapshot, final String outcome,
                           final String actor, final Instant at) {
        return tx(c -> {
            try (PreparedStatement u = c.prepareStatement("INSERT INTO COOP_DEBRIEF (" + DEBRIEF_COLUMNS + ")"
                    + " VALUES (?, 'PUBLISHED', ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (CAMPAIGN_ID) DO UPDATE SET STATE = 'PUBLISHED',"
                    + " LESSONS = EXCLUDED.LESSONS, SNAPSHOT = EXCLUDED.SNAPSHOT, OUTCOME = EXCLUDED.OUTCOME,"
                    + " UPDATED_BY = EXCLUDED.UPDATED_BY, UPDATED_AT = EXCLUDED.UPDATED_AT,"
                    + " PUBLISHED_BY = EXCLUDED.PUBLISHED_BY, PUBLISHED_AT = EXCLUDED.PUBLISHED_AT WHERE COOP_DEBRIEF.STATE = 'DRAFT'")) {
                u.setLong(1, campaignId);
                u.setString(2, lessons);
                u.setString(3, snapshot);
                u.setString(4, outcome);
                u.setString(5, actor);
                u.setTimestamp(6, Timestamp.from(at));
                u.setString(7, actor);
                u.setTimestamp(8, Timestamp.from(at));
                return u.executeUpdate() == 1;
            }
        });
    }

    /** Whether the seller takes part in the campaign (an accepted participation). */
    public boolean participates(final long campaignId, final long sellerId) {
        return tx(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM COOP_PARTICIPATION WHERE CAMPAIGN_ID = ?"
                    + " AND SELLER_ID = ? AND STATE = 'ACCEPTED'")) {
                q.setLong(1, campaignId);
                q.setLong(2, sellerId);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** Stores the seller's answer; false when the seller has answered already (the first answer stands). */
    public boolean answer(final long campaignId, final long sellerId, final SurveyAnswer a, final String actor,
                          final Instant at) {
        return tx(c -> {
            try (PreparedStatement u = c.prepareStatement("INSERT INTO COOP_DEBRIEF_SURVEY (CAMPAIGN_ID, SELLER_ID,"
                    + " ASSET_CLARITY, MESSAGING, FAIRNESS, COMMENT_TEXT, ANSWERED_BY, ANSWERED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT (CAMPAIGN_ID, SELLER_ID) DO NOTHING")) {
                u.setLong(1, campaignId);
                u.setLong(2, sellerId);
                u.setInt(3, a.assetClarity());
                u.setInt(4, a.messaging());
                u.setInt(5, a.fairness());
                u.setString(6, a.comment());
                u.setString(7, actor);
                u.setTimestamp(8, Timestamp.from(at));
                return u.executeUpdate() == 1;
            }
        });
    }

    public boolean hasAnswered(final long campaignId, final long sellerId) {
        return tx(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM COOP_DEBRIEF_SURVEY WHERE CAMPAIGN_ID = ? AND SELLER_ID = ?")) {
                q.setLong(1, campaignId);
                q.setLong(2, sellerId);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** The campaign's answers, without their sellers (the summary needs no more). */
    public List<SurveyAnswer> answers(final long campaignId) {
        return tx(c -> {
            List<SurveyAnswer> rows = new ArrayList<SurveyAnswer>();
            try (PreparedStatement q = c.prepareStatement("SELECT ASSET_CLARITY, MESSAGING, FAIRNESS, COMMENT_TEXT"
                    + " FROM COOP_DEBRIEF_SURVEY WHERE CAMPAIGN_ID = ?")) {
                q.setLong(1, campaignId);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new SurveyAnswer(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getString(4)));
                    }
                }
            }
            return rows;
        });
    }

    /** Records the lessons a new campaign carries from a published debrief. */
    public void carry(final long campaignId, final long sourceCampaignId, final String lessons, final String outcome,
                      final String actor, final Instant at) {
        tx(c -> {
            try (PreparedStatement u = c.prepareStatement("INSERT INTO COOP_DEBRIEF_CARRIED (CAMPAIGN_ID, SOURCE_CAMPAIGN_ID,"
                    + " LESSONS, OUTCOME, CARRIED_BY, CARRIED_AT) VALUES (?, ?, ?, ?, ?, ?)")) {
                u.setLong(1, campaignId);
                u.setLong(2, sourceCampaignId);
                u.setString(3, lessons);
                u.setString(4, outcome);
                u.setString(5, actor);
                u.setTimestamp(6, Timestamp.from(at));
                return u.executeUpdate();
            }
        });
    }

    /** The lessons the campaign carries, or null when it was not started from a debrief. */
    public CarriedLessons carried(final long campaignId) {
        return tx(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT k.SOURCE_CAMPAIGN_ID, c.NAME, k.LESSONS, k.OUTCOME,"
                    + " k.CARRIED_AT FROM COOP_DEBRIEF_CARRIED k JOIN COOP_CAMPAIGN c ON c.CAMPAIGN_ID = k.SOURCE_CAMPAIGN_ID"
                    + " WHERE k.CAMPAIGN_ID = ?")) {
                q.setLong(1, campaignId);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? new CarriedLessons(campaignId, rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getTimestamp(5).toInstant()) : null;
                }
            }
        });
    }

    private static DebriefRecord record(ResultSet rs) throws SQLException {
        Timestamp updated = rs.getTimestamp(7);
        Timestamp published = rs.getTimestamp(9);
        return new DebriefRecord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), updated == null ? null : updated.toInstant(), rs.getString(8),
                published == null ? null : published.toInstant());
    }
}
