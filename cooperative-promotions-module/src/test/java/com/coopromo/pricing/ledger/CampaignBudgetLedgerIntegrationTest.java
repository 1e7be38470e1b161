package com.coopromo.pricing.ledger;

import com.coopromo.infra.junit.CoopHostExtension;
import com.coopromo.infra.junit.TestHost;
import com.coopromo.pricing.domain.BudgetLedger;
import com.coopromo.pricing.domain.LedgerEntryState;
import com.coopromo.pricing.domain.LedgerResult;
import com.coopromo.pricing.domain.LedgerStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Random;

import static com.coopromo.pricing.ledger.LedgerFixture.cents;
import static com.coopromo.pricing.ledger.LedgerFixture.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The PostgreSQL budget ledger on the real host: the in-memory ledger's semantics, kept in the database. */
@ExtendWith(CoopHostExtension.class)
class CampaignBudgetLedgerIntegrationTest {
    private TestHost host;
    private CampaignBudgetLedger ledger;
    private long campaign;

    @BeforeEach
    void setUp(TestHost host) {
        this.host = host;
        ledger = host.bean("coopBudgetLedger", CampaignBudgetLedger.class);
        campaign = LedgerFixture.campaignWithBudget(host, "100.00");
    }

    @Test
    void aNewCampaignHasItsWholeBudgetLeftAndTheBudgetRowIsCreatedOnFirstUse() {
        assertThat(ledger.remaining(campaign)).isEqualTo(money("100.00"));
        assertThat(ledger.entry(campaign, 1)).isEqualTo(new BudgetEntry(campaign, 1, LedgerEntryState.NONE, money("0.00")));

        LedgerResult held = ledger.reserve(campaign, 1, money("12.5"));

        assertThat(held.status()).isEqualTo(LedgerStatus.RESERVED);
        assertThat(held.amount()).isEqualTo(money("12.50"));
        assertThat(held.available()).isEqualTo(money("87.50"));
        BudgetTotals totals = ledger.totals(campaign);
        assertThat(totals.budget()).isEqualTo(money("100.00"));
        assertThat(totals.reserved()).isEqualTo(money("12.50"));
        assertThat(totals.consumed()).isEqualTo(money("0.00"));
        assertThat(ledger.entry(campaign, 1)).isEqualTo(new BudgetEntry(campaign, 1, LedgerEntryState.RESERVED, money("12.50")));
    }

    @Test
    void reservingTheSameAmountAgainChangesNothingAndARepricedCartChangesItsHold() {
        ledger.reserve(campaign, 1, money("10.00"));

        assertThat(ledger.reserve(campaign, 1, money("10.00")).status()).isEqualTo(LedgerStatus.ALREADY_RESERVED);
        LedgerResult repriced = ledger.reserve(campaign, 1, money("25.00"));

        assertThat(repriced.status()).isEqualTo(LedgerStatus.RESERVED);
        assertThat(repriced.message()).contains("(was 10.00)");
        assertThat(ledger.remaining(campaign)).isEqualTo(money("75.00"));
        assertThat(ledger.entry(campaign, 1).amount()).isEqualTo(money("25.00"));
    }

    @Test
    void anAmountThatDoesNotFitIsRefusedWithWhatIsAvailableAndTheOrderKeepsItsHold() {
        ledger.reserve(campaign, 1, money("70.00"));
        ledger.reserve(campaign, 2, money("20.00"));

        LedgerResult refused = ledger.reserve(campaign, 2, money("40.00"));

        assertThat(refused.status()).isEqualTo(LedgerStatus.REFUSED);
        assertThat(refused.amount()).isEqualTo(money("40.00"));
        assertThat(refused.available()).as("what is left plus what order 2 holds").isEqualTo(money("30.00"));
        assertThat(ledger.entry(campaign, 2).amount()).isEqualTo(money("20.00"));
        assertThat(ledger.reserve(campaign, 3, money("10.01")).status()).isEqualTo(LedgerStatus.REFUSED);
        assertThat(ledger.entry(campaign, 3).state()).isEqualTo(LedgerEntryState.NONE);
        assertThat(ledger.remaining(campaign)).isEqualTo(money("10.00"));
    }

    @Test
    void consumingTwiceCountsOnce() {
        ledger.reserve(campaign, 7, money("30.00"));

        LedgerResult first = ledger.consume(campaign, 7);
        LedgerResult second = ledger.consume(campaign, 7);

        assertThat(first.status()).isEqualTo(LedgerStatus.CONSUMED);
        assertThat(second.status()).isEqualTo(LedgerStatus.ALREADY_CONSUMED);
        assertThat(ledger.reserve(campaign, 7, money("5.00")).status()).isEqualTo(LedgerStatus.ALREADY_CONSUMED);
        BudgetTotals totals = ledger.totals(campaign);
        assertThat(totals.consumed()).isEqualTo(money("30.00"));
        assertThat(totals.reserved()).isEqualTo(money("0.00"));
        assertThat(ledger.entries(campaign)).containsExactly(new BudgetEntry(campaign, 7, LedgerEntryState.CONSUMED, money("30.00")));
    }

    @Test
    void aReleasedReservationGoesBackAndTheOrderMayReserveAgainEvenInTheSameTransaction() {
        ledger.reserve(campaign, 3, money("40.00"));

        LedgerResult released = ledger.release(campaign, 3);

        assertThat(released.status()).isEqualTo(LedgerStatus.RELEASED);
        assertThat(released.available()).isEqualTo(money("100.00"));
        assertThat(ledger.entries(campaign)).isEmpty();

        LedgerResult again = host.inTransaction(status -> {
            ledger.reserve(campaign, 3, money("15.00"));
            ledger.release(campaign, 3);
            return ledger.reserve(campaign, 3, money("20.00"));
        });
        assertThat(again.status()).isEqualTo(LedgerStatus.RESERVED);
        assertThat(ledger.entry(campaign, 3).amount()).isEqualTo(money("20.00"));
        assertThat(ledger.remaining(campaign)).isEqualTo(money("80.00"));
    }

    @Test
    void cancellingAConsumedOrderRefundsItAndClosesIt() {
        ledger.reserve(campaign, 9, money("60.00"));
        ledger.consume(campaign, 9);

        LedgerResult refunded = ledger.release(campaign, 9);

        assertThat(refunded.status()).isEqualTo(LedgerStatus.REFUNDED);
        assertThat(refunded.amount()).isEqualTo(money("60.00"));
        assertThat(ledger.remaining(campaign)).isEqualTo(money("100.00"));
        assertThat(ledger.release(campaign, 9).status()).isEqualTo(LedgerStatus.ALREADY_REFUNDED);
        assertThat(ledger.consume(campaign, 9).status()).isEqualTo(LedgerStatus.ALREADY_REFUNDED);
        assertThat(ledger.reserve(campaign, 9, money("1.00")).status()).isEqualTo(LedgerStatus.ALREADY_REFUNDED);
        assertThat(ledger.entry(campaign, 9)).isEqualTo(new BudgetEntry(campaign, 9, LedgerEntryState.REFUNDED, money("60.00")));
    }

    @Test
    void anOrderHoldingNothingCannotBeConsumedOrReleased() {
        assertThat(ledger.consume(campaign, 4).status()).isEqualTo(LedgerStatus.NOT_RESERVED);
        assertThat(ledger.release(campaign, 4).status()).isEqualTo(LedgerStatus.NOT_RESERVED);
        assertThat(ledger.entries(campaign)).isEmpty();
    }

    @Test
    void programmingErrorsThrowAndChangeNothing() {
        assertThatThrownBy(() -> ledger.reserve(campaign, 1, money("1.005")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("amount must be whole cents (was 1.005)");
        assertThatThrownBy(() -> ledger.reserve(campaign, 1, money("-1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("amount must be 0 or more (was -1.00)");
        assertThatThrownBy(() -> ledger.reserve(-42, 1, money("1.00")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("campaign -42 does not exist");
        assertThatThrownBy(() -> ledger.remaining(-42)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ledger.remaining(campaign)).isEqualTo(money("100.00"));
    }

    @Test
    void theDatabaseItselfRefusesTotalsAboveTheBudget() throws Exception {
        ledger.reserve(campaign, 1, money("60.00"));
        DataSource db = host.bean("coopHostDataSource", DataSource.class);
        try (Connection connection = db.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement overspend = connection.prepareStatement(
                    "update COOP_CAMPAIGN_BUDGET set CONSUMED = CONSUMED + 40.01 where CAMPAIGN_ID = ?")) {
                overspend.setLong(1, campaign);
                assertThatThrownBy(overspend::executeUpdate).hasMessageContaining("ck_coop_budget_within");
            } finally {
                connection.rollback();
            }
        }
        assertThat(ledger.remaining(campaign)).isEqualTo(money("40.00"));
    }

    /** The same random operations, one after the other, on the in-memory ledger and on PostgreSQL: identical results. */
    @Test
    void theDatabaseLedgerGivesExactlyTheInMemoryLedgersResults() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        BudgetLedger memory = new BudgetLedger(money("100.00"));
        int orders = 12;
        for (int step = 0; step < 400; step++) {
            long order = 1 + random.nextInt(orders);
            int kind = random.nextInt(8);
            LedgerResult expected;
            LedgerResult actual;
            if (kind < 4) {
                BigDecimal amount = kind == 0 && memory.stateOf(order) == LedgerEntryState.RESERVED
                        ? memory.amountOf(order) : cents(random.nextInt(3001));
                expected = memory.reserve(order, amount);
                actual = ledger.reserve(campaign, order, amount);
            } else if (kind < 6) {
                expected = memory.consume(order);
                actual = ledger.consume(campaign, order);
            } else {
                expected = memory.release(order);
                actual = ledger.release(campaign, order);
            }
            assertThat(actual).as("step %d (seed %d)", step, seed).isEqualTo(expected);
            assertThat(actual.amount()).as("step %d (seed %d)", step, seed).isEqualTo(expected.amount());
            assertThat(actual.available()).as("step %d (seed %d)", step, seed).isEqualTo(expected.available());
        }
        BudgetTotals totals = ledger.totals(campaign);
        assertThat(totals.reserved()).as("seed %d", seed).isEqualTo(memory.reserved());
        assertThat(totals.consumed()).as("seed %d", seed).isEqualTo(memory.consumed());
        for (long order = 1; order <= orders; order++) {
            assertThat(ledger.entry(campaign, order))
                    .isEqualTo(new BudgetEntry(campaign, order, memory.stateOf(order), memory.amountOf(order)));
        }
    }
}
