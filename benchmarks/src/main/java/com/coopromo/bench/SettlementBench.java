package com.coopromo.bench;

import com.coopromo.infra.db.EmbeddedDatabase;
import com.coopromo.schema.CoopSchemaMigrator;
import com.coopromo.settlement.domain.PayoutRules;
import com.coopromo.settlement.domain.Reconciliation;
import com.coopromo.settlement.domain.SellerSales;
import com.coopromo.settlement.domain.SellerStatement;
import com.coopromo.settlement.domain.Settlement;
import com.coopromo.settlement.domain.SettlementCalculator;
import com.coopromo.settlement.domain.TrafficFigures;
import com.coopromo.settlement.persistence.SettlementRunRecord;
import com.coopromo.settlement.persistence.SettlementStore;
import com.coopromo.settlement.service.SettlementRunner;
import org.postgresql.ds.PGSimpleDataSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Settling a campaign of 10,000 sellers and 5,000,000 attributed order lines on embedded PostgreSQL: the runner as
 * built (one GROUP BY over the campaign's rows, the pure calculator, statements written 1,000 per transaction, then
 * the reconciliation's totals) side by side with a per-seller query loop (one SUM query per seller, then the same
 * calculation and writes). Both must give the same statements.
 * <p>
 * The data: seller sizes follow a Pareto distribution (a few sellers hold most lines), line totals 5.00 to 200.00 with
 * a 20% campaign discount the platform funds 40% of, one line in 20 cancelled.
 * <p>
 * Run: {@code benchmarks/run.sh SettlementBench [sellers] [lines]} (default 10000 5000000).
 */
public final class SettlementBench {
    private static final long CAMPAIGN = 1L;

    private SettlementBench() {
    }

    public static void main(String[] args) throws Exception {
        int sellers = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int lines = args.length > 1 ? Integer.parseInt(args[1]) : 5_000_000;
        try (EmbeddedDatabase db = EmbeddedDatabase.start(null, 0)) {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setURL(db.jdbcUrl());
            new CoopSchemaMigrator(ds).migrate();
            long loadStart = System.nanoTime();
            load(ds, sellers, lines);
            System.out.printf(Locale.ROOT, "Loaded %,d sellers and %,d attribution rows in %.1f s%n", sellers, lines,
                    (System.nanoTime() - loadStart) / 1e9);

            SettlementStore store = new SettlementStore(ds);
            Clock clock = Clock.systemUTC();
            SettlementRunner runner = new SettlementRunner(store, TrafficFigures.NONE, clock, 1000, 0);
            SettlementRunner.Progress progress = new SettlementRunner.Progress() {
                private int lastPercent = -1;

                @Override
                public void report(SettlementRunRecord run, int done, int total, double rate) {
                    int percent = total == 0 ? 100 : done * 100 / total;
                    if (percent / 25 != lastPercent / 25) {
                        lastPercent = percent;
                        System.out.printf(Locale.ROOT, "  run %d: %,d/%,d sellers (%,.0f sellers/s)%n", run.id(), done, total, rate);
                    }
                }
            };
            // a first run warms PostgreSQL's buffers and the JIT; the second is measured
            runner.dryRun(CAMPAIGN, "bench", SettlementRunner.Progress.NONE, SettlementRunner.OrderLineTotals.FROM_ATTRIBUTION);
            long t0 = System.nanoTime();
            SettlementRunRecord grouped = runner.dryRun(CAMPAIGN, "bench", progress, SettlementRunner.OrderLineTotals.FROM_ATTRIBUTION);
            double groupedSeconds = (System.nanoTime() - t0) / 1e9;

            long t1 = System.nanoTime();
            SettlementRunRecord looped = perSellerLoop(store, clock, progress);
            double loopSeconds = (System.nanoTime() - t1) / 1e9;

            List<SellerStatement> a = store.statements(grouped.id());
            List<SellerStatement> b = store.statements(looped.id());
            if (!a.equals(b) || !Boolean.TRUE.equals(grouped.balanced()) || !Boolean.TRUE.equals(looped.balanced())) {
                throw new IllegalStateException("the two ways disagree or did not reconcile");
            }
            System.out.printf(Locale.ROOT, "%n%,d sellers, %,d attributed lines; statements identical, reconciled with no difference%n",
                    a.size(), lines);
            System.out.printf(Locale.ROOT, "%-44s | %10s%n", "approach", "time");
            System.out.printf(Locale.ROOT, "%-44s | %9.1fs%n", "runner: one GROUP BY, batched statement writes", groupedSeconds);
            System.out.printf(Locale.ROOT, "%-44s | %9.1fs%n", "per-seller query loop (10,000 SUM queries)", loopSeconds);
            System.out.printf(Locale.ROOT, "bonus paid %s of %s to %d sellers%n", grouped.bonusPaid(), grouped.pool(),
                    count(a));
        }
    }

    private static long count(List<SellerStatement> statements) {
        long n = 0;
        for (SellerStatement s : statements) {
            if (s.bonus().signum() > 0) {
                n++;
            }
        }
        return n;
    }

    /** The same settlement with one query per seller. */
    private static SettlementRunRecord perSellerLoop(SettlementStore store, Clock clock, SettlementRunner.Progress progress) {
        Instant asOf = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        SettlementRunRecord run = store.newDryRun(CAMPAIGN, asOf, 1, null, "bench loop");
        PayoutRules rules = store.rules(CAMPAIGN, 1).rules();
        List<SellerSales> sales = new ArrayList<SellerSales>();
        for (Long sellerId : store.profiles(run.id()).keySet()) {
            SellerSales s = store.sellerSales(CAMPAIGN, sellerId, asOf);
            if (s.lines() > 0) {
                sales.add(s);
            }
        }
        Settlement settlement = SettlementCalculator.settle(rules, sales, store.profiles(run.id()), false);
        List<SellerStatement> all = settlement.statements();
        for (int from = 0; from < all.size(); from += 1000) {
            int done = store.writeStatements(run.id(), all.subList(from, Math.min(all.size(), from + 1000)));
            progress.report(run, done, all.size(), 0);
        }
        Reconciliation.AttributionTotals totals = store.attributionTotals(CAMPAIGN, asOf);
        store.complete(run.id(), rules.pool(), settlement.bonusPaid(), settlement.unallocated(),
                Reconciliation.of(store.statements(run.id()), totals, totals.lineTotals, rules.pool(), settlement.unallocated()),
                clock.instant());
        return store.run(run.id());
    }

    private static void load(PGSimpleDataSource ds, int sellers, int lines) throws SQLException {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("insert into COOP_CAMPAIGN (CAMPAIGN_ID, NAME, SLUG, THEME_BRIEF, OBJECTIVE, TIER, STATE, TIME_ZONE,"
                    + " STARTS_AT, ENDS_AT, ENROLLMENT_DEADLINE, ASSET_DEADLINE, MIN_DISCOUNT_PCT, MAX_DISCOUNT_PCT, BUDGET,"
                    + " PLATFORM_FUNDING_PCT, STACKING_POLICY, MIN_SELLERS, MAX_SELLER_SHARE_PCT, MIN_UNITS_IN_STOCK,"
                    + " CREATED_AT, UPDATED_AT) values (1, 'Bench campaign', 'bench', 'Bench', 'SEASONAL_TRAFFIC',"
                    + " 'STANDARD', 'ENDED', 'UTC', now() - interval '30 days', now() - interval '1 day',"
                    + " now() - interval '40 days', now() - interval '40 days', 10, 30, 1000000, 40, 'BEST_OF', 1, 100, 0, now(), now())");
            st.executeUpdate("insert into COOP_PAYOUT_RULES (RULES_ID, CAMPAIGN_ID, VERSION, POOL, SALES_TIERS, TRAFFIC_TIERS,"
                    + " SELLER_CAP_PCT, DIMINISHING_EXPONENT, NEWCOMER_BOOST_PCT, MINIMUM_PAYOUT, CAMPAIGN_STATE, SAVED_BY, SAVED_AT)"
                    + " values (nextval('COOP_PAYOUT_RULES_SEQ'), 1, 1, 100000.00, '100:1, 1000:2, 10000:3', '50:1, 500:2',"
                    + " 5, 0.5, 50, 5.00, 'SCHEDULED', 'bench', now())");
            try (PreparedStatement ps = c.prepareStatement("insert into COOP_SELLER (SELLER_ID, CODE, NAME, SEGMENT, STANDING, CREATED_AT)"
                    + " select g, 'bench-' || g, 'Bench seller ' || g,"
                    + " case when g <= ? * 0.02 then 'LARGE' when g <= ? * 0.2 then 'MID' else 'SMALL' end, 'GOOD', now()"
                    + " from generate_series(1, ?) g")) {
                ps.setInt(1, sellers);
                ps.setInt(2, sellers);
                ps.setInt(3, sellers);
                ps.executeUpdate();
            }
            st.execute("select setseed(0.42)");
            int chunk = 1_000_000;
            for (int from = 0; from < lines; from += chunk) {
                int to = Math.min(lines, from + chunk);
                try (PreparedStatement ps = c.prepareStatement("insert into COOP_ORDER_ATTRIBUTION (ATTRIBUTION_ID, ORDER_ID,"
                        + " ORDER_ITEM_ID, CAMPAIGN_ID, SELLER_ID, LISTING_ID, SKU_ID, QUANTITY, DISCOUNT, PLATFORM_PART, SELLER_PART,"
                        + " LINE_TOTAL, STATE, CREATED_AT, UPDATED_AT)"
                        + " select g, g / 3, g, 1, seller, seller, seller, 1, d, round(d * 0.4, 2), d - round(d * 0.4, 2), gross - d,"
                        + " case when g % 20 = 0 then 'REVERSED' else 'ACTIVE' end, now() - interval '2 days', now() - interval '2 days'"
                        + " from (select g, 1 + least(? - 1, floor(? * power(random(), 6.25))::bigint) as seller,"
                        + "   round((5 + random() * 195)::numeric, 2) as gross from generate_series(?, ?) g) x,"
                        + " lateral (select greatest(0.01, round(gross * 0.2, 2)) as d) dd")) {
                    ps.setInt(1, sellers);
                    ps.setInt(2, sellers);
                    ps.setInt(3, from + 1);
                    ps.setInt(4, to);
                    ps.executeUpdate();
                }
                System.out.printf(Locale.ROOT, "  loaded %,d/%,d lines%n", to, lines);
            }
            // every seller takes part (the long tail may have no line)
            st.executeUpdate("insert into COOP_PARTICIPATION (PARTICIPATION_ID, CAMPAIGN_ID, SELLER_ID, STATE, SUBMITTED_ASSETS,"
                    + " CREATED_AT, UPDATED_AT) select SELLER_ID, 1, SELLER_ID, 'ACCEPTED', '', now(), now() from COOP_SELLER");
            st.execute("vacuum analyze COOP_ORDER_ATTRIBUTION");
        }
    }
}
