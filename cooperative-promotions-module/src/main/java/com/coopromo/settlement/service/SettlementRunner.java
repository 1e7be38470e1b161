package com.coopromo.settlement.service;

import com.coopromo.settlement.domain.PayoutRules;
import com.coopromo.settlement.domain.Reconciliation;
import com.coopromo.settlement.domain.SellerProfile;
import com.coopromo.settlement.domain.SellerSales;
import com.coopromo.settlement.domain.SellerStatement;
import com.coopromo.settlement.domain.SellerTraffic;
import com.coopromo.settlement.domain.Settlement;
import com.coopromo.settlement.domain.SettlementCalculator;
import com.coopromo.settlement.domain.TrafficFigures;
import com.coopromo.settlement.persistence.SettlementRunRecord;
import com.coopromo.settlement.persistence.SettlementStore;
import com.coopromo.settlement.persistence.StoredPayoutRules;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs a settlement: fixes its inputs, computes every statement in memory (pure and deterministic), writes them in
 * batches (each its own transaction, already-written statements kept), then reconciles what was written against the
 * attribution rows and order totals and marks the run complete.
 * <p>
 * Crash-safe: a run killed at any point is resumed by running it again. Its inputs were fixed in the transaction that
 * created it (as-of instant, rules version, sellers and traffic), so the statements come out the same; a statement
 * already written is not written again, and one that would differ stops the run. There is one FINAL run per campaign
 * (a unique index), so however often or wherever it is run, the payout is made once.
 * <p>
 * No Spring in here: the store's service wires it, and a command line can run it against a data source.
 */
public class SettlementRunner {
    /** How far a run is; called after every batch. */
    public interface Progress {
        void report(SettlementRunRecord run, int done, int total, double sellersPerSecond);

        Progress NONE = new Progress() {
            @Override
            public void report(SettlementRunRecord run, int done, int total, double sellersPerSecond) {
            }
        };
    }

    /** What the orders' settled lines came to, counted from the orders themselves; null: use the attribution's copy. */
    public interface OrderLineTotals {
        BigDecimal of(long campaignId, Instant asOf);

        OrderLineTotals FROM_ATTRIBUTION = new OrderLineTotals() {
            @Override
            public BigDecimal of(long campaignId, Instant asOf) {
                return null;
            }
        };
    }

    private final SettlementStore store;
    private final TrafficFigures traffic;
    private final Clock clock;
    private final int batchSize;
    private final long pauseMillisBetweenBatches;

    public SettlementRunner(SettlementStore store, TrafficFigures traffic, Clock clock, int batchSize,
                            long pauseMillisBetweenBatches) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("coop.settlement.batch-size must be 1 or more (was " + batchSize + ")");
        }
        this.store = store;
        this.traffic = traffic;
        this.clock = clock;
        this.batchSize = batchSize;
        this.pauseMillisBetweenBatches = pauseMillisBetweenBatches;
    }

    public SettlementStore store() {
        return store;
    }

    /** The campaign's payout: started, resumed or (when complete) returned as it is. */
    public SettlementRunRecord settleFinal(long campaignId, String by, Progress progress, OrderLineTotals orders) {
        StoredPayoutRules rules = store.currentRules(campaignId);
        Map<Long, SellerTraffic> figures = traffic.read(campaignId);
        SettlementRunRecord run = store.finalRun(campaignId, now(), rules == null ? null : rules.version(), figures, by);
        return execute(run, progress, orders);
    }

    /** A dry run with today's figures: statements like the payout's, kept apart from it. */
    public SettlementRunRecord dryRun(long campaignId, String by, Progress progress, OrderLineTotals orders) {
        StoredPayoutRules rules = store.currentRules(campaignId);
        SettlementRunRecord run = store.newDryRun(campaignId, now(), rules == null ? null : rules.version(),
                traffic.read(campaignId), by);
        return execute(run, progress, orders);
    }

    /** Resumes a run that was interrupted (or returns a complete one). */
    public SettlementRunRecord resume(long runId, Progress progress, OrderLineTotals orders) {
        SettlementRunRecord run = store.run(runId);
        if (run == null) {
            throw new IllegalArgumentException("no settlement run with id " + runId);
        }
        return execute(run, progress, orders);
    }

    /** What the campaign's sellers would be paid under {@code rules} with today's figures; writes nothing. */
    public Settlement preview(long campaignId, PayoutRules rules) {
        Instant asOf = now();
        Map<Long, SellerTraffic> figures = traffic.read(campaignId);
        Map<Long, SellerProfile> profiles = store.currentProfiles(campaignId, asOf, figures);
        return SettlementCalculator.settle(rules, store.sellerSales(campaignId, asOf), profiles, figures != null);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private SettlementRunRecord execute(SettlementRunRecord run, Progress progress, OrderLineTotals orders) {
        if (run.isComplete()) {
            return run;
        }
        long campaignId = run.campaignId();
        PayoutRules rules = run.rulesVersion() == null ? PayoutRules.none()
                : store.rules(campaignId, run.rulesVersion()).rules();
        List<SellerSales> sales = store.sellerSales(campaignId, run.asOf());
        Settlement settlement = SettlementCalculator.settle(rules, sales, store.profiles(run.id()), run.trafficAvailable());
        List<SellerStatement> statements = settlement.statements();

        Set<Long> written = store.writtenSellers(run.id());
        int total = statements.size();
        int done = written.size();
        long started = System.nanoTime();
        int writtenNow = 0;
        List<SellerStatement> batch = new ArrayList<SellerStatement>(batchSize);
        for (int i = 0; i < total; i++) {
            SellerStatement s = statements.get(i);
            if (!written.contains(s.sellerId())) {
                batch.add(s);
            }
            if (batch.size() == batchSize || (i == total - 1 && !batch.isEmpty())) {
                done = store.writeStatements(run.id(), batch);
                writtenNow += batch.size();
                batch.clear();
                double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
                progress.report(run, done, total, writtenNow / seconds);
                pause();
            }
        }

        List<SellerStatement> stored = store.statements(run.id());
        if (!stored.equals(statements)) {
            throw new IllegalStateException("Settlement run " + run.id() + " found statements that differ from the ones"
                    + " it computes from the same inputs; it was not completed.");
        }
        BigDecimal orderTotals = orders.of(campaignId, run.asOf());
        Reconciliation.AttributionTotals attribution = store.attributionTotals(campaignId, run.asOf());
        Reconciliation reconciliation = Reconciliation.of(stored, attribution,
                orderTotals == null ? attribution.lineTotals : orderTotals, rules.pool(), settlement.unallocated());
        store.complete(run.id(), rules.pool(), settlement.bonusPaid(), settlement.unallocated(), reconciliation, now());
        return store.run(run.id());
    }

    private void pause() {
        if (pauseMillisBetweenBatches > 0) {
            try {
                Thread.sleep(pauseMillisBetweenBatches);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("settlement run interrupted", e);
            }
        }
    }
}
