package com.coopromo.pricing.ledger;

import com.coopromo.infra.junit.CoopHostExtension;
import com.coopromo.infra.junit.TestHost;
import com.coopromo.pricing.domain.LedgerEntryState;
import com.coopromo.pricing.domain.LedgerResult;
import com.coopromo.pricing.domain.LedgerStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static com.coopromo.pricing.ledger.LedgerFixture.cents;
import static com.coopromo.pricing.ledger.LedgerFixture.money;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 200 checkouts at once against a 100.00 budget on real PostgreSQL: each prices its cart (reserve 0.50–5.00,
 * repricing to what is available when refused), then submits (consume; some submit twice at the same moment),
 * abandons (release) or is cancelled after submission (refund). The budget is never overspent and every order is
 * counted exactly once.
 */
@ExtendWith(CoopHostExtension.class)
class ConcurrentCheckoutsIntegrationTest {
    private static final int CHECKOUTS = 200;
    private static final int THREADS = 16;
    private static final BigDecimal BUDGET = money("100.00");

    @Test
    void concurrentCheckoutsNeverOverspendAndCountEveryOrderOnce(TestHost host) throws Exception {
        final CampaignBudgetLedger ledger = host.bean("coopBudgetLedger", CampaignBudgetLedger.class);
        final long campaign = LedgerFixture.campaignWithBudget(host, BUDGET.toPlainString());
        final long seed = System.nanoTime();
        final Map<Long, List<LedgerResult>> results = new ConcurrentHashMap<Long, List<LedgerResult>>();
        final List<String> overBudget = new CopyOnWriteArrayList<String>();
        final AtomicBoolean running = new AtomicBoolean(true);
        final ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        final List<Future<?>> submitted = Collections.synchronizedList(new ArrayList<Future<?>>());

        Thread watcher = new Thread(() -> {
            while (running.get()) {
                BudgetTotals totals = ledger.totals(campaign);
                if (totals.reserved().add(totals.consumed()).compareTo(BUDGET) > 0) {
                    overBudget.add(totals.toString());
                }
            }
        }, "budget-watcher");

        long started = System.nanoTime();
        watcher.start();
        for (int i = 1; i <= CHECKOUTS; i++) {
            final long order = i;
            final Random random = new Random(seed + i);
            results.put(order, new CopyOnWriteArrayList<LedgerResult>());
            submitted.add(pool.submit(() -> checkout(ledger, campaign, order, random, results.get(order), pool, submitted)));
        }
        for (int i = 0; i < submitted.size(); i++) {
            submitted.get(i).get(2, TimeUnit.MINUTES);
        }
        long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        running.set(false);
        watcher.join();
        pool.shutdown();

        BudgetTotals totals = ledger.totals(campaign);
        List<BudgetEntry> entries = ledger.entries(campaign);
        int operations = 0;
        int refused = 0;
        for (List<LedgerResult> ofOrder : results.values()) {
            operations += ofOrder.size();
            for (LedgerResult result : ofOrder) {
                refused += result.status() == LedgerStatus.REFUSED ? 1 : 0;
            }
        }
        System.out.printf("%d checkouts (%d ledger operations, %d refusals) on %d threads in %d ms; %s (seed %d)%n",
                CHECKOUTS, operations, refused, THREADS, elapsedMillis, totals, seed);

        assertThat(overBudget).as("reserved + consumed seen above the budget while running").isEmpty();
        assertThat(totals.consumed()).isLessThanOrEqualTo(BUDGET);
        assertThat(totals.reserved().add(totals.consumed())).isLessThanOrEqualTo(BUDGET);
        assertThat(refused).as("the budget ran out and checkouts were refused").isPositive();

        Set<Long> orders = new HashSet<Long>();
        Map<LedgerEntryState, BigDecimal> byState = new HashMap<LedgerEntryState, BigDecimal>();
        for (LedgerEntryState state : LedgerEntryState.values()) {
            byState.put(state, money("0.00"));
        }
        for (BudgetEntry entry : entries) {
            assertThat(orders.add(entry.orderId())).as("one entry for order %d", entry.orderId()).isTrue();
            byState.put(entry.state(), byState.get(entry.state()).add(entry.amount()));
        }
        assertThat(byState.get(LedgerEntryState.RESERVED)).as("reserved entries").isEqualTo(totals.reserved());
        assertThat(byState.get(LedgerEntryState.CONSUMED)).as("consumed entries").isEqualTo(totals.consumed());

        BigDecimal consumedByResults = money("0.00");
        for (long order = 1; order <= CHECKOUTS; order++) {
            List<LedgerResult> ofOrder = results.get(order);
            int consumed = count(ofOrder, LedgerStatus.CONSUMED);
            int refunded = count(ofOrder, LedgerStatus.REFUNDED);
            assertThat(consumed).as("order %d consumed at most once: %s", order, ofOrder).isLessThanOrEqualTo(1);
            assertThat(refunded).as("order %d refunded at most once: %s", order, ofOrder).isLessThanOrEqualTo(consumed);
            BudgetEntry entry = ledger.entry(campaign, order);
            assertThat(entry.state()).as("order %d after %s", order, ofOrder).isEqualTo(expectedState(ofOrder));
            for (LedgerResult result : ofOrder) {
                if (result.status() == LedgerStatus.CONSUMED) {
                    consumedByResults = consumedByResults.add(result.amount());
                    assertThat(entry.amount()).isEqualTo(result.amount());
                } else if (result.status() == LedgerStatus.REFUNDED) {
                    consumedByResults = consumedByResults.subtract(result.amount());
                }
            }
        }
        assertThat(consumedByResults).as("what the checkouts were told they consumed").isEqualTo(totals.consumed());
        assertThat(ledger.reserve(campaign, CHECKOUTS + 1, totals.remaining().add(money("0.01"))).status())
                .as("more than what is left is not offered").isEqualTo(LedgerStatus.REFUSED);
    }

    /** One cart: priced (and repriced to what is available), then submitted, abandoned or submitted and cancelled. */
    private static void checkout(final CampaignBudgetLedger ledger, final long campaign, final long order, Random random,
                                 final List<LedgerResult> results, ExecutorService pool, List<Future<?>> submitted) {
        LedgerResult priced = ledger.reserve(campaign, order, cents(50 + random.nextInt(451)));
        results.add(priced);
        if (priced.status() == LedgerStatus.REFUSED && priced.available().signum() > 0) {
            priced = ledger.reserve(campaign, order, priced.available());
            results.add(priced);
        }
        if (priced.status() != LedgerStatus.RESERVED) {
            return;
        }
        int fate = random.nextInt(100);
        if (fate < 15) {
            results.add(ledger.release(campaign, order));
            return;
        }
        if (fate < 20) {
            return; // a cart left as it is: its reservation stays
        }
        if (fate < 45) {
            // the same submission arrives twice at the same moment (a double click, a retried request)
            submitted.add(pool.submit(() -> results.add(ledger.consume(campaign, order))));
        }
        results.add(ledger.consume(campaign, order));
        if (fate >= 90) {
            results.add(ledger.release(campaign, order));
        }
    }

    private static LedgerEntryState expectedState(List<LedgerResult> results) {
        if (count(results, LedgerStatus.REFUNDED) > 0) {
            return LedgerEntryState.REFUNDED;
        }
        if (count(results, LedgerStatus.CONSUMED) > 0) {
            return LedgerEntryState.CONSUMED;
        }
        if (count(results, LedgerStatus.RELEASED) > 0) {
            return LedgerEntryState.NONE;
        }
        return count(results, LedgerStatus.RESERVED) > 0 ? LedgerEntryState.RESERVED : LedgerEntryState.NONE;
    }

    private static int count(List<LedgerResult> results, LedgerStatus status) {
        int n = 0;
        for (LedgerResult result : results) {
            n += result.status() == status ? 1 : 0;
        }
        return n;
    }
}
