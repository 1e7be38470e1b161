package com.coopromo.settlement.persistence;

import com.coopromo.common.persistence.JdbcTransactions;
import com.coopromo.common.persistence.JdbcTransactions.Work;
import com.coopromo.common.domain.Validation;
import com.coopromo.settlement.domain.PayoutRules;
import com.coopromo.settlement.domain.PayoutTier;
import com.coopromo.settlement.domain.Reconciliation;
import com.coopromo.settlement.domain.SellerProfile;
import com.coopromo.settlement.domain.SellerSales;
import com.coopromo.settlement.domain.SellerStatement;
import com.coopromo.settlement.domain.SellerTraffic;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Settlement's statements, in plain JDBC on the store's data source: a run adds up millions of attribution rows in
 * the database (one GROUP BY) and writes its statements in batches, each batch its own transaction, so a run can be
 * killed at any point and resumed. Every method commits its own work.
 */
public class SettlementStore {
    private static final String RUN_COLUMNS = "RUN_ID, CAMPAIGN_ID, KIND, STATE, RULES_VERSION, AS_OF, TRAFFIC_AVAILABLE,"
            + " SELLERS_TOTAL, SELLERS_DONE, POOL, BONUS_PAID, UNALLOCATED, BALANCED, RECONCILIATION, STARTED_BY,"
            + " STARTED_AT, FINISHED_AT";
    /** Attribution rows a run settles: written by its AS_OF; a row counts as reversed if it was reversed by then. */
    private static final String SETTLED_ROWS = "select SELLER_ID, LINE_TOTAL, DISCOUNT, PLATFORM_PART, SELLER_PART,"
            + " (STATE = 'REVERSED' and UPDATED_AT <= ?) as REV from COOP_ORDER_ATTRIBUTION"
            + " where CAMPAIGN_ID = ? and CREATED_AT <= ?";

    /** Run id (parameter 1), seller, segment, newcomer, enrolled listings; parameters 2-4 the campaign, 5 as-of. */
    private static final String SELLERS_SELECT = "select ?, s.SELLER_ID, s.SEGMENT,"
                + "  not exists (select 1 from COOP_PARTICIPATION p2 join COOP_CAMPAIGN c2 on c2.CAMPAIGN_ID = p2.CAMPAIGN_ID"
                + "   where p2.SELLER_ID = s.SELLER_ID and p2.CAMPAIGN_ID <> c.CAMPAIGN_ID and p2.STATE = 'ACCEPTED' and c2.STARTS_AT < c.STARTS_AT),"
                + "  (select count(*) from COOP_ENROLLMENT e join COOP_PARTICIPATION p on p.PARTICIPATION_ID = e.PARTICIPATION_ID"
                + "   where p.CAMPAIGN_ID = c.CAMPAIGN_ID and p.SELLER_ID = s.SELLER_ID)"
                + " from COOP_SELLER s, COOP_CAMPAIGN c where c.CAMPAIGN_ID = ? and s.SELLER_ID in ("
                + "  select SELLER_ID from COOP_PARTICIPATION where CAMPAIGN_ID = ? and STATE = 'ACCEPTED'"
                + "  union select distinct SELLER_ID from COOP_ORDER_ATTRIBUTION where CAMPAIGN_ID = ? and CREATED_AT <= ?)";

    private final JdbcTransactions transactions;

    public SettlementStore(DataSource dataSource) {
        this.transactions = new JdbcTransactions(dataSource, "settlement storage");
    }

    private <T> T tx(Work<T> work) {
        return transactions.run(work);
    }

    // ---- payout rules ----

    /** The campaign's state (e.g. LIVE) and start, locked for the caller's decision; null when there is no campaign. */
    public String campaignState(final long campaignId) {
        return tx(new Work<String>() {
            @Override
            public String run(Connection c) throws SQLException {
                try (PreparedStatement ps = c.prepareStatement("select STATE from COOP_CAMPAIGN where CAMPAIGN_ID = ?")) {
                    ps.setLong(1, campaignId);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next() ? rs.getString(1) : null;
                    }
                }
            }
        });
    }

    /**
     * Saves a new version of the campaign's rules, if the campaign's state (read under its row lock) is one of
     * {@code editableStates}; returns the version, or -1 with nothing saved when the state was not.
     */
    public int saveRules(final long campaignId, final PayoutRules rules, final Set<String> editableStates,
                         final Long adjustmentDecisionId, final String savedBy, final Instant at) {
        return tx(new Work<Integer>() {
            @Override
            public Integer run(Connection c) throws SQLException {
                String state;
                try (PreparedStatement ps = c.prepareStatement("select STATE from COOP_CAMPAIGN where CAMPAIGN_ID = ? for update")) {
                    ps.setLong(1, campaignId);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next()) {
                            throw new IllegalArgumentException("no campaign with id " + campaignId);
                        }
                        state = rs.getString(1);
                    }
                }
                if (!editableStates.contains(state)) {
                    return -1;
                }
                int version = 1;
                try (PreparedStatement ps = c.prepareStatement("select coalesce(max(VERSION), 0) + 1 from COOP_PAYOUT_RULES where CAMPAIGN_ID = ?")) {
                    ps.setLong(1, campaignId);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        version = rs.getInt(1);
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("insert into COOP_PAYOUT_RULES (RULES_ID, CAMPAIGN_ID, VERSION,"
                        + " POOL, SALES_TIERS, TRAFFIC_TIERS, SELLER_CAP_PCT, DIMINISHING_EXPONENT, NEWCOMER_BOOST_PCT,"
                        + " MINIMUM_PAYOUT, CAMPAIGN_STATE, ADJUSTMENT_DECISION_ID, SAVED_BY, SAVED_AT)"
                        + " values (nextval('COOP_PAYOUT_RULES_SEQ'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    ps.setLong(1, campaignId);
                    ps.setInt(2, version);
                    ps.setBigDecimal(3, rules.pool());
                    ps.setString(4, PayoutTier.format(rules.salesTiers()));
                    ps.setString(5, PayoutTier.format(rules.trafficTiers()));
                    ps.setBigDecimal(6, rules.sellerCapPercent());
                    ps.setBigDecimal(7, rules.diminishingExponent());
                    ps.setBigDecimal(8, rules.newcomerBoostPercent());
                    ps.setBigDecimal(9, rules.minimumPayout());
                    ps.setString(10, state);
                    if (adjustmentDecisionId == null) {
                        ps.setNull(11, Types.BIGINT);
                    } else {
                        ps.setLong(11, adjustmentDecisionId);
                    }
                    ps.setString(12, savedBy);
                    ps.setTimestamp(13, Timestamp.from(at));
                    ps.executeUpdate();
                }
                return version;
            }
        });
    }

    /** The rules in force (newest version), or null when the campaign has none. */
    public StoredPayoutRules currentRules(long campaignId) {
        List<StoredPayoutRules> all = rulesHistory(campaignId);
        return all.isEmpty() ? null : all.get(0);
    }

    /** One version, or null. */
    public StoredPayoutRules rules(long campaignId, int version) {
        for (StoredPayoutRules r : rulesHistory(campaignId)) {
            if (r.version() == version) {
                return r;
            }
        }
        return null;
    }

    /** Every version, newest first. */
    public List<StoredPayoutRules> rulesHistory(final long campaignId) {
        return tx(new Work<List<StoredPayoutRules>>() {
            @Override
            public List<StoredPayoutRules> run(Connection c) throws SQLException {
                List<StoredPayoutRules> found = new ArrayList<StoredPayoutRules>();
                try (PreparedStatement ps = c.prepareStatement("select VERSION, POOL, SALES_TIERS, TRAFFIC_TIERS, SELLER_CAP_PCT,"
                        + " DIMINISHING_EXPONENT, NEWCOMER_BOOST_PCT, MINIMUM_PAYOUT, CAMPAIGN_STATE, SAVED_BY, SAVED_AT,"
                        + " ADJUSTMENT_DECISION_ID from COOP_PAYOUT_RULES where CAMPAIGN_ID = ? order by VERSION desc")) {
                    ps.setLong(1, campaignId);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            Validation v = new Validation();
                            PayoutRules rules = PayoutRules.validate(rs.getBigDecimal(2),
                                    PayoutTier.parse(rs.getString(3), PayoutRules.SALES_TIERS, v),
                                    PayoutTier.parse(rs.getString(4), PayoutRules.TRAFFIC_TIERS, v), rs.getBigDecimal(5),
                                    rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8), v);
                            v.throwIfInvalid();
                            found.add(new StoredPayoutRules(campaignId, rs.getInt(1), rules, rs.getString(9),
                                    rs.getString(10), rs.getTimestamp(11).toInstant(),
                                    rs.getObject(12) == null ? null : rs.getLong(12)));
                        }
                    }
                }
                return found;
            }
        });
    }

    // ---- runs ----

    /**
     * The campaign's FINAL run, created if there is none (at most one per campaign, whoever asks at the same time),
     * with its inputs fixed: {@code asOf}, the rules version, the sellers and their traffic. A run that exists is
     * returned as it is (running, interrupted or complete).
     */
    public SettlementRunRecord finalRun(final long campaignId, final Instant asOf, final Integer rulesVersion,
                                        final Map<Long, SellerTraffic> traffic, final String startedBy) {
        return tx(new Work<SettlementRunRecord>() {
            @Override
            public SettlementRunRecord run(Connection c) throws SQLException {
                Long id = null;
                try (PreparedStatement ps = c.prepareStatement("insert into COOP_SETTLEMENT_RUN (RUN_ID, CAMPAIGN_ID, KIND, STATE,"
                        + " RULES_VERSION, AS_OF, TRAFFIC_AVAILABLE, SELLERS_TOTAL, SELLERS_DONE, STARTED_BY, STARTED_AT)"
                        + " values (nextval('COOP_SETTLEMENT_RUN_SEQ'), ?, 'FINAL', 'RUNNING', ?, ?, ?, 0, 0, ?, ?)"
                        + " on conflict (CAMPAIGN_ID) where KIND = 'FINAL' do nothing returning RUN_ID")) {
                    bindNewRun(ps, campaignId, rulesVersion, asOf, traffic != null, startedBy);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            id = rs.getLong(1);
                        }
                    }
                }
                if (id != null) {
                    snapshotSellers(c, id, campaignId, asOf, traffic);
                    return readRun(c, "RUN_ID = ?", id);
                }
                return readRun(c, "CAMPAIGN_ID = ? and KIND = 'FINAL'", campaignId);
            }
        });
    }

    /** A new dry run with its inputs fixed as of now. */
    public SettlementRunRecord newDryRun(final long campaignId, final Instant asOf, final Integer rulesVersion,
                                         final Map<Long, SellerTraffic> traffic, final String startedBy) {
        return tx(new Work<SettlementRunRecord>() {
            @Override
            public SettlementRunRecord run(Connection c) throws SQLException {
                long id;
                try (PreparedStatement ps = c.prepareStatement("insert into COOP_SETTLEMENT_RUN (RUN_ID, CAMPAIGN_ID, KIND, STATE,"
                        + " RULES_VERSION, AS_OF, TRAFFIC_AVAILABLE, SELLERS_TOTAL, SELLERS_DONE, STARTED_BY, STARTED_AT)"
                        + " values (nextval('COOP_SETTLEMENT_RUN_SEQ'), ?, 'DRY_RUN', 'RUNNING', ?, ?, ?, 0, 0, ?, ?)"
                        + " returning RUN_ID")) {
                    bindNewRun(ps, campaignId, rulesVersion, asOf, traffic != null, startedBy);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        id = rs.getLong(1);
                    }
                }
                snapshotSellers(c, id, campaignId, asOf, traffic);
                return readRun(c, "RUN_ID = ?", id);
            }
        });
    }

    private static void bindNewRun(PreparedStatement ps, long campaignId, Integer rulesVersion, Instant asOf,
                                   boolean traffic, String startedBy) throws SQLException {
        ps.setLong(1, campaignId);
        if (rulesVersion == null) {
            ps.setNull(2, Types.INTEGER);
        } else {
            ps.setInt(2, rulesVersion);
        }
        ps.setTimestamp(3, Timestamp.from(asOf));
        ps.setBoolean(4, traffic);
        ps.setString(5, startedBy);
        ps.setTimestamp(6, Timestamp.from(asOf));
    }

    /**
     * The run's sellers: those accepted into the campaign and those with attributed lines, with their segment,
     * enrolled listings, whether it is their first campaign (no accepted participation in a campaign that started
     * earlier) and their traffic.
     */
    private static void snapshotSellers(Connection c, long runId, long campaignId, Instant asOf,
                                        Map<Long, SellerTraffic> traffic) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into COOP_SETTLEMENT_SELLER (RUN_ID, SELLER_ID, SEGMENT, NEWCOMER, LISTINGS) "
                + SELLERS_SELECT)) {
            ps.setLong(1, runId);
            ps.setLong(2, campaignId);
            ps.setLong(3, campaignId);
            ps.setLong(4, campaignId);
            ps.setTimestamp(5, Timestamp.from(asOf));
            ps.executeUpdate();
        }
        if (traffic != null && !traffic.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("update COOP_SETTLEMENT_SELLER set CLICKS = ?, CLICKS_BEFORE = ?,"
                    + " IMPRESSIONS = ? where RUN_ID = ? and SELLER_ID = ?")) {
                for (Map.Entry<Long, SellerTraffic> e : traffic.entrySet()) {
                    ps.setLong(1, e.getValue().clicks());
                    ps.setLong(2, e.getValue().clicksBefore());
                    ps.setLong(3, e.getValue().impressions());
                    ps.setLong(4, runId);
                    ps.setLong(5, e.getKey());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("update COOP_SETTLEMENT_RUN set SELLERS_TOTAL ="
                + " (select count(*) from COOP_SETTLEMENT_SELLER where RUN_ID = ?) where RUN_ID = ?")) {
            ps.setLong(1, runId);
            ps.setLong(2, runId);
            ps.executeUpdate();
        }
    }

    /** The sellers a run would settle now, read without writing anything (for a preview). */
    public Map<Long, SellerProfile> currentProfiles(final long campaignId, final Instant asOf,
                                                    final Map<Long, SellerTraffic> traffic) {
        return tx(new Work<Map<Long, SellerProfile>>() {
            @Override
            public Map<Long, SellerProfile> run(Connection c) throws SQLException {
                Map<Long, SellerProfile> found = new TreeMap<Long, SellerProfile>();
                try (PreparedStatement ps = c.prepareStatement(SELLERS_SELECT)) {
                    ps.setLong(1, 0L);
                    ps.setLong(2, campaignId);
                    ps.setLong(3, campaignId);
                    ps.setLong(4, campaignId);
                    ps.setTimestamp(5, Timestamp.from(asOf));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            long id = rs.getLong(2);
                            found.put(id, new SellerProfile(id, rs.getString(3), rs.getBoolean(4), rs.getInt(5),
                                    traffic == null ? null : traffic.get(id)));
                        }
                    }
                }
                return found;
            }
        });
    }

    /** The sellers a run settles, as fixed when it started. */
    public Map<Long, SellerProfile> profiles(final long runId) {
        return tx(new Work<Map<Long, SellerProfile>>() {
            @Override
            public Map<Long, SellerProfile> run(Connection c) throws SQLException {
                Map<Long, SellerProfile> found = new TreeMap<Long, SellerProfile>();
                try (PreparedStatement ps = c.prepareStatement("select SELLER_ID, SEGMENT, NEWCOMER, LISTINGS, CLICKS,"
                        + " CLICKS_BEFORE, IMPRESSIONS from COOP_SETTLEMENT_SELLER where RUN_ID = ?")) {
                    ps.setLong(1, runId);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            long clicks = rs.getLong(5);
                            SellerTraffic t = rs.wasNull() ? null : new SellerTraffic(clicks, rs.getLong(6), rs.getLong(7));
                            found.put(rs.getLong(1), new SellerProfile(rs.getLong(1), rs.getString(2), rs.getBoolean(3),
                                    rs.getInt(4), t));
                        }
                    }
                }
                return found;
            }
        });
    }

    /** Attribution rows of the campaign with no line total yet (written before settlement existed): id → order item. */
    public Map<Long, Long> rowsWithoutLineTotal(final long campaignId) {
        return tx(new Work<Map<Long, Long>>() {
            @Override
            public Map<Long, Long> run(Connection c) throws SQLException {
                Map<Long, Long> found = new TreeMap<Long, Long>();
                try (PreparedStatement ps = c.prepareStatement("select ATTRIBUTION_ID, ORDER_ITEM_ID from COOP_ORDER_ATTRIBUTION"
                        + " where CAMPAIGN_ID = ? and LINE_TOTAL is null")) {
                    ps.setLong(1, campaignId);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            found.put(rs.getLong(1), rs.getLong(2));
                        }
                    }
                }
                return found;
            }
        });
    }

    /** The order items of the lines a run as of {@code asOf} settles. */
    public List<Long> settledOrderItems(final long campaignId, final Instant asOf) {
        return tx(new Work<List<Long>>() {
            @Override
            public List<Long> run(Connection c) throws SQLException {
                List<Long> found = new ArrayList<Long>();
                try (PreparedStatement ps = c.prepareStatement("select ORDER_ITEM_ID from COOP_ORDER_ATTRIBUTION"
                        + " where CAMPAIGN_ID = ? and CREATED_AT <= ? order by ORDER_ITEM_ID")) {
                    ps.setLong(1, campaignId);
                    ps.setTimestamp(2, Timestamp.from(asOf));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            found.add(rs.getLong(1));
                        }
                    }
                }
                return found;
            }
        });
    }

    public void fillLineTotals(final Map<Long, BigDecimal> totals) {
        tx(new Work<Void>() {
            @Override
            public Void run(Connection c) throws SQLException {
                try (PreparedStatement ps = c.prepareStatement("update COOP_ORDER_ATTRIBUTION set LINE_TOTAL = ?"
                        + " where ATTRIBUTION_ID = ? and LINE_TOTAL is null")) {
                    for (Map.Entry<Long, BigDecimal> e : totals.entrySet()) {
                        ps.setBigDecimal(1, e.getValue());
                        ps.setLong(2, e.getKey());
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                return null;
            }
        });
    }

    /** Per seller, the run's attribution rows added up by the database (one GROUP BY). */
    public List<SellerSales> sellerSales(final long campaignId, final Instant asOf) {
        return tx(new Work<List<SellerSales>>() {
            @Override
            public List<SellerSales> run(Connection c) throws SQLException {
                List<SellerSales> found = new ArrayList<SellerSales>();
                try (PreparedStatement ps = c.prepareStatement("select SELLER_ID, count(*), sum(LINE_TOTAL), sum(PLATFORM_PART),"
                        + " sum(SELLER_PART), count(*) filter (where REV), coalesce(sum(LINE_TOTAL) filter (where REV), 0),"
                        + " coalesce(sum(PLATFORM_PART) filter (where REV), 0), count(*) - count(LINE_TOTAL)"
                        + " from (" + SETTLED_ROWS + ") a group by SELLER_ID order by SELLER_ID")) {
                    bindSettled(ps, 1, campaignId, asOf);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            requireLineTotals(campaignId, rs.getLong(9));
                            found.add(new SellerSales(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
                                    rs.getBigDecimal(5), rs.getLong(6), rs.getBigDecimal(7), rs.getBigDecimal(8)));
                        }
                    }
                }
                return found;
            }
        });
    }

    /** One seller's rows added up (the per-seller query the benchmark compares with {@link #sellerSales}). */
    public SellerSales sellerSales(final long campaignId, final long sellerId, final Instant asOf) {
        return tx(new Work<SellerSales>() {
            @Override
            public SellerSales run(Connection c) throws SQLException {
                try (PreparedStatement ps = c.prepareStatement("select count(*), coalesce(sum(LINE_TOTAL), 0),"
                        + " coalesce(sum(PLATFORM_PART), 0), coalesce(sum(SELLER_PART), 0), count(*) filter (where REV),"
                        + " coalesce(sum(LINE_TOTAL) filter (where REV), 0), coalesce(sum(PLATFORM_PART) filter (where REV), 0),"
                        + " count(*) - count(LINE_TOTAL) from (" + SETTLED_ROWS + " and SELLER_ID = ?) a")) {
                    bindSettled(ps, 1, campaignId, asOf);
                    ps.setLong(4, sellerId);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        requireLineTotals(campaignId, rs.getLong(8));
                        return new SellerSales(sellerId, rs.getLong(1), rs.getBigDecimal(2), rs.getBigDecimal(3),
                                rs.getBigDecimal(4), rs.getLong(5), rs.getBigDecimal(6), rs.getBigDecimal(7));
                    }
                }
            }
        });
    }

    private static void requireLineTotals(long campaignId, long missing) {
        if (missing > 0) {
            throw new IllegalStateException("Campaign " + campaignId + " has " + missing + " attribution row(s) without"
                    + " a line total; settle it through the store's settlement service, which reads them from the orders.");
        }
    }

    private static void bindSettled(PreparedStatement ps, int from, long campaignId, Instant asOf) throws SQLException {
        ps.setTimestamp(from, Timestamp.from(asOf));
        ps.setLong(from + 1, campaignId);
        ps.setTimestamp(from + 2, Timestamp.from(asOf));
    }

    /** The run's attribution rows totalled on their own (no grouping), for the reconciliation. */
    public Reconciliation.AttributionTotals attributionTotals(final long campaignId, final Instant asOf) {
        return tx(new Work<Reconciliation.AttributionTotals>() {
            @Override
            public Reconciliation.AttributionTotals run(Connection c) throws SQLException {
                try (PreparedStatement ps = c.prepareStatement("select count(*), coalesce(sum(DISCOUNT), 0),"
                        + " coalesce(sum(PLATFORM_PART), 0), coalesce(sum(SELLER_PART), 0), coalesce(sum(LINE_TOTAL), 0),"
                        + " coalesce(sum(LINE_TOTAL + PLATFORM_PART) filter (where REV), 0) from (" + SETTLED_ROWS + ") a")) {
                    bindSettled(ps, 1, campaignId, asOf);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return new Reconciliation.AttributionTotals(rs.getLong(1), rs.getBigDecimal(2), rs.getBigDecimal(3),
                                rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6));
                    }
                }
            }
        });
    }

    /** Sellers whose statement the run has written. */
    public Set<Long> writtenSellers(final long runId) {
        return tx(new Work<Set<Long>>() {
            @Override
            public Set<Long> run(Connection c) throws SQLException {
                Set<Long> found = new HashSet<Long>();
                try (PreparedStatement ps = c.prepareStatement("select SELLER_ID from COOP_SETTLEMENT_STATEMENT where RUN_ID = ?")) {
                    ps.setLong(1, runId);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            found.add(rs.getLong(1));
                        }
                    }
                }
                return found;
            }
        });
    }

    /**
     * Writes a batch of statements and the run's count of written statements in one transaction. A statement already
     * written (by an earlier, interrupted attempt or another node) is left as it is. Returns the written count.
     */
    public int writeStatements(final long runId, final List<SellerStatement> batch) {
        return tx(new Work<Integer>() {
            @Override
            public Integer run(Connection c) throws SQLException {
                try (PreparedStatement ps = c.prepareStatement("insert into COOP_SETTLEMENT_STATEMENT (RUN_ID, SELLER_ID, LINES,"
                        + " GROSS_SALES, SELLER_FUNDED, PLATFORM_REIMBURSED, CANCELLATIONS_REVERSED, BONUS, BONUS_RULE, NET_AMOUNT)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (RUN_ID, SELLER_ID) do nothing")) {
                    for (SellerStatement s : batch) {
                        ps.setLong(1, runId);
                        ps.setLong(2, s.sellerId());
                        ps.setLong(3, s.lines());
                        ps.setBigDecimal(4, s.grossSales());
                        ps.setBigDecimal(5, s.sellerFundedDiscounts());
                        ps.setBigDecimal(6, s.platformReimbursements());
                        ps.setBigDecimal(7, s.cancellationsReversed());
                        ps.setBigDecimal(8, s.bonus());
                        ps.setString(9, s.bonusRule());
                        ps.setBigDecimal(10, s.net());
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                try (PreparedStatement ps = c.prepareStatement("update COOP_SETTLEMENT_RUN set SELLERS_DONE ="
                        + " (select count(*) from COOP_SETTLEMENT_STATEMENT where RUN_ID = ?) where RUN_ID = ? returning SELLERS_DONE")) {
                    ps.setLong(1, runId);
                    ps.setLong(2, runId);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getInt(1);
                    }
                }
            }
        });
    }

    public void complete(final long runId, final BigDecimal pool, final BigDecimal paid, final BigDecimal unallocated,
                         final Reconciliation reconciliation, final Instant at) {
        tx(new Work<Void>() {
            @Override
            public Void run(Connection c) throws SQLException {
                try (PreparedStatement ps = c.prepareStatement("update COOP_SETTLEMENT_RUN set STATE = 'COMPLETE', POOL = ?,"
                        + " BONUS_PAID = ?, UNALLOCATED = ?, BALANCED = ?, RECONCILIATION = ?, FINISHED_AT = ?"
                        + " where RUN_ID = ? and STATE = 'RUNNING'")) {
                    ps.setBigDecimal(1, pool);
                    ps.setBigDecimal(2, paid);
                    ps.setBigDecimal(3, unallocated);
                    ps.setBoolean(4, reconciliation.balanced());
                    ps.setString(5, reconciliation.encode());
                    ps.setTimestamp(6, Timestamp.from(at));
                    ps.setLong(7, runId);
                    ps.executeUpdate();
                }
                return null;
            }
        });
    }

    public SettlementRunRecord run(final long runId) {
        return tx(new Work<SettlementRunRecord>() {
            @Override
            public SettlementRunRecord run(Connection c) throws SQLException {
                return readRun(c, "RUN_ID = ?", runId);
            }
        });
    }

    /** The campaign's runs, newest first. */
    public List<SettlementRunRecord> runs(final long campaignId) {
        return tx(new Work<List<SettlementRunRecord>>() {
            @Override
            public List<SettlementRunRecord> run(Connection c) throws SQLException {
                return readRuns(c, "CAMPAIGN_ID = ? order by RUN_ID desc", campaignId);
            }
        });
    }

    /** Ended (or debriefed) campaigns with no complete FINAL run. */
    public List<Long> endedCampaignsToSettle() {
        return tx(new Work<List<Long>>() {
            @Override
            public List<Long> run(Connection c) throws SQLException {
                List<Long> ids = new ArrayList<Long>();
                try (PreparedStatement ps = c.prepareStatement("select c.CAMPAIGN_ID from COOP_CAMPAIGN c where c.STATE in"
                        + " ('ENDED', 'DEBRIEFED') and not exists (select 1 from COOP_SETTLEMENT_RUN r where r.CAMPAIGN_ID ="
                        + " c.CAMPAIGN_ID and r.KIND = 'FINAL' and r.STATE = 'COMPLETE') order by c.CAMPAIGN_ID");
                     ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
                return ids;
            }
        });
    }

    /** The run's statements, ascending seller id. */
    public List<SellerStatement> statements(final long runId) {
        return tx(new Work<List<SellerStatement>>() {
            @Override
            public List<SellerStatement> run(Connection c) throws SQLException {
                return readStatements(c, runId, null);
            }
        });
    }

    /** One seller's statement in the run, or null. */
    public SellerStatement statement(final long runId, final long sellerId) {
        List<SellerStatement> found = tx(new Work<List<SellerStatement>>() {
            @Override
            public List<SellerStatement> run(Connection c) throws SQLException {
                return readStatements(c, runId, sellerId);
            }
        });
        return found.isEmpty() ? null : found.get(0);
    }

    /** Seller id → name, for the admin's lists. */
    public Map<Long, String> sellerNames(final Set<Long> sellerIds) {
        return tx(new Work<Map<Long, String>>() {
            @Override
            public Map<Long, String> run(Connection c) throws SQLException {
                Map<Long, String> names = new TreeMap<Long, String>();
                try (PreparedStatement ps = c.prepareStatement("select SELLER_ID, NAME from COOP_SELLER")) {
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            if (sellerIds.contains(rs.getLong(1))) {
                                names.put(rs.getLong(1), rs.getString(2));
                            }
                        }
                    }
                }
                return names;
            }
        });
    }

    private static List<SellerStatement> readStatements(Connection c, long runId, Long sellerId) throws SQLException {
        List<SellerStatement> found = new ArrayList<SellerStatement>();
        try (PreparedStatement ps = c.prepareStatement("select SELLER_ID, LINES, GROSS_SALES, SELLER_FUNDED, PLATFORM_REIMBURSED,"
                + " CANCELLATIONS_REVERSED, BONUS, BONUS_RULE from COOP_SETTLEMENT_STATEMENT where RUN_ID = ?"
                + (sellerId == null ? "" : " and SELLER_ID = ?") + " order by SELLER_ID")) {
            ps.setLong(1, runId);
            if (sellerId != null) {
                ps.setLong(2, sellerId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new SellerStatement(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
                            rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getString(8)));
                }
            }
        }
        return found;
    }

    private static SettlementRunRecord readRun(Connection c, String where, long param) throws SQLException {
        List<SettlementRunRecord> runs = readRuns(c, where, param);
        return runs.isEmpty() ? null : runs.get(0);
    }

    private static List<SettlementRunRecord> readRuns(Connection c, String where, long param) throws SQLException {
        List<SettlementRunRecord> runs = new ArrayList<SettlementRunRecord>();
        try (PreparedStatement ps = c.prepareStatement("select " + RUN_COLUMNS + " from COOP_SETTLEMENT_RUN where " + where)) {
            ps.setLong(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int version = rs.getInt(5);
                    Integer rulesVersion = rs.wasNull() ? null : version;
                    boolean balanced = rs.getBoolean(13);
                    Boolean b = rs.wasNull() ? null : balanced;
                    Timestamp finished = rs.getTimestamp(17);
                    runs.add(new SettlementRunRecord(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rulesVersion, rs.getTimestamp(6).toInstant(), rs.getBoolean(7), rs.getInt(8), rs.getInt(9),
                            rs.getBigDecimal(10), rs.getBigDecimal(11), rs.getBigDecimal(12), b, rs.getString(14),
                            rs.getString(15), rs.getTimestamp(16).toInstant(), finished == null ? null : finished.toInstant()));
                }
            }
        }
        return runs;
    }
}
