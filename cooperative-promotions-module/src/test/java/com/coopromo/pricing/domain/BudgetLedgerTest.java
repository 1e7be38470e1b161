package com.coopromo.pricing.domain;

import org.junit.jupiter.api.Test;

import static com.coopromo.pricing.domain.PricingFixture.dec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A campaign's platform budget: reserve while a cart, consume at checkout, release when abandoned or cancelled. */
class BudgetLedgerTest {
    private final BudgetLedger ledger = new BudgetLedger(dec("100.00"));

    @Test
    void aReservationHoldsItsAmount() {
        LedgerResult result = ledger.reserve(1L, dec("30.00"));

        assertThat(result.status()).isEqualTo(LedgerStatus.RESERVED);
        assertThat(result.amount()).isEqualTo(dec("30.00"));
        assertThat(result.available()).isEqualTo(dec("70.00"));
        assertThat(result.message()).isEqualTo("order 1 holds 30.00; 70.00 left of 100.00.");
        assertThat(ledger.reserved()).isEqualTo(dec("30.00"));
        assertThat(ledger.remaining()).isEqualTo(dec("70.00"));
        assertThat(ledger.stateOf(1L)).isEqualTo(LedgerEntryState.RESERVED);
    }

    @Test
    void aReservationOfExactlyWhatIsLeftIsAccepted() {
        ledger.reserve(1L, dec("60.00"));

        assertThat(ledger.reserve(2L, dec("40.00")).status()).isEqualTo(LedgerStatus.RESERVED);
        assertThat(ledger.remaining()).isEqualTo(dec("0.00"));
    }

    @Test
    void aReservationOneCentOverWhatIsLeftIsRefusedSayingWhatIsAvailable() {
        ledger.reserve(1L, dec("60.00"));

        LedgerResult result = ledger.reserve(2L, dec("40.01"));

        assertThat(result.status()).isEqualTo(LedgerStatus.REFUSED);
        assertThat(result.amount()).isEqualTo(dec("40.01"));
        assertThat(result.available()).isEqualTo(dec("40.00"));
        assertThat(result.message()).isEqualTo("order 2 asked for 40.01 but only 40.00 is available.");
        assertThat(ledger.stateOf(2L)).isEqualTo(LedgerEntryState.NONE);
        assertThat(ledger.remaining()).isEqualTo(dec("40.00"));
    }

    @Test
    void reservingTheSameAmountAgainChangesNothing() {
        ledger.reserve(1L, dec("30.00"));

        LedgerResult again = ledger.reserve(1L, dec("30"));

        assertThat(again.status()).isEqualTo(LedgerStatus.ALREADY_RESERVED);
        assertThat(again.status().changed()).isFalse();
        assertThat(ledger.reserved()).isEqualTo(dec("30.00"));
    }

    @Test
    void aRepricedCartChangesItsReservation() {
        ledger.reserve(1L, dec("30.00"));

        LedgerResult result = ledger.reserve(1L, dec("50.00"));

        assertThat(result.status()).isEqualTo(LedgerStatus.RESERVED);
        assertThat(result.message()).isEqualTo("order 1 holds 50.00 (was 30.00); 50.00 left of 100.00.");
        assertThat(ledger.reserved()).isEqualTo(dec("50.00"));
    }

    @Test
    void aChangedReservationMayUseWhatTheOrderAlreadyHolds() {
        ledger.reserve(1L, dec("30.00"));
        ledger.reserve(2L, dec("70.00"));

        assertThat(ledger.reserve(1L, dec("30.00")).status()).isEqualTo(LedgerStatus.ALREADY_RESERVED);
        assertThat(ledger.reserve(1L, dec("20.00")).status()).isEqualTo(LedgerStatus.RESERVED);
        assertThat(ledger.reserve(1L, dec("30.00")).status()).isEqualTo(LedgerStatus.RESERVED);
    }

    @Test
    void aRefusedChangeKeepsTheEarlierReservation() {
        ledger.reserve(1L, dec("30.00"));
        ledger.reserve(2L, dec("60.00"));

        LedgerResult result = ledger.reserve(1L, dec("40.01"));

        assertThat(result.status()).isEqualTo(LedgerStatus.REFUSED);
        assertThat(result.available()).isEqualTo(dec("40.00"));
        assertThat(result.message()).isEqualTo("order 1 asked for 40.01 but only 40.00 is available (including the 30.00 "
                + "it holds, which it keeps).");
        assertThat(ledger.amountOf(1L)).isEqualTo(dec("30.00"));
    }

    @Test
    void consumingSpendsTheReservation() {
        ledger.reserve(1L, dec("30.00"));

        LedgerResult result = ledger.consume(1L);

        assertThat(result.status()).isEqualTo(LedgerStatus.CONSUMED);
        assertThat(result.amount()).isEqualTo(dec("30.00"));
        assertThat(ledger.consumed()).isEqualTo(dec("30.00"));
        assertThat(ledger.reserved()).isEqualTo(dec("0.00"));
        assertThat(ledger.remaining()).isEqualTo(dec("70.00"));
    }

    @Test
    void consumingTwiceCountsOnce() {
        ledger.reserve(1L, dec("30.00"));
        ledger.consume(1L);

        LedgerResult again = ledger.consume(1L);

        assertThat(again.status()).isEqualTo(LedgerStatus.ALREADY_CONSUMED);
        assertThat(ledger.consumed()).isEqualTo(dec("30.00"));
    }

    @Test
    void aConsumedOrderCannotReserveAgain() {
        ledger.reserve(1L, dec("30.00"));
        ledger.consume(1L);

        assertThat(ledger.reserve(1L, dec("10.00")).status()).isEqualTo(LedgerStatus.ALREADY_CONSUMED);
        assertThat(ledger.consumed()).isEqualTo(dec("30.00"));
        assertThat(ledger.reserved()).isEqualTo(dec("0.00"));
    }

    @Test
    void consumingWithoutAReservationDoesNothing() {
        LedgerResult result = ledger.consume(9L);

        assertThat(result.status()).isEqualTo(LedgerStatus.NOT_RESERVED);
        assertThat(ledger.consumed()).isEqualTo(dec("0.00"));
    }

    @Test
    void releasingAReservationGivesItBackAndTheOrderMayReserveAgain() {
        ledger.reserve(1L, dec("30.00"));

        LedgerResult result = ledger.release(1L);

        assertThat(result.status()).isEqualTo(LedgerStatus.RELEASED);
        assertThat(result.amount()).isEqualTo(dec("30.00"));
        assertThat(ledger.remaining()).isEqualTo(dec("100.00"));
        assertThat(ledger.stateOf(1L)).isEqualTo(LedgerEntryState.NONE);
        assertThat(ledger.reserve(1L, dec("10.00")).status()).isEqualTo(LedgerStatus.RESERVED);
    }

    @Test
    void releasingTwiceReleasesOnce() {
        ledger.reserve(1L, dec("30.00"));
        ledger.release(1L);

        assertThat(ledger.release(1L).status()).isEqualTo(LedgerStatus.NOT_RESERVED);
        assertThat(ledger.remaining()).isEqualTo(dec("100.00"));
    }

    @Test
    void cancellingAConsumedOrderRefundsItsAmount() {
        ledger.reserve(1L, dec("30.00"));
        ledger.consume(1L);

        LedgerResult result = ledger.release(1L);

        assertThat(result.status()).isEqualTo(LedgerStatus.REFUNDED);
        assertThat(result.message()).isEqualTo("order 1 was cancelled; its 30.00 went back to the budget; 100.00 left of 100.00.");
        assertThat(ledger.consumed()).isEqualTo(dec("0.00"));
        assertThat(ledger.remaining()).isEqualTo(dec("100.00"));
        assertThat(ledger.stateOf(1L)).isEqualTo(LedgerEntryState.REFUNDED);
    }

    @Test
    void aRefundedOrderIsClosed() {
        ledger.reserve(1L, dec("30.00"));
        ledger.consume(1L);
        ledger.release(1L);

        assertThat(ledger.release(1L).status()).isEqualTo(LedgerStatus.ALREADY_REFUNDED);
        assertThat(ledger.consume(1L).status()).isEqualTo(LedgerStatus.ALREADY_REFUNDED);
        assertThat(ledger.reserve(1L, dec("10.00")).status()).isEqualTo(LedgerStatus.ALREADY_REFUNDED);
        assertThat(ledger.remaining()).isEqualTo(dec("100.00"));
    }

    @Test
    void aZeroBudgetRefusesAnyAmountButAcceptsZero() {
        BudgetLedger empty = new BudgetLedger(dec("0"));

        assertThat(empty.reserve(1L, dec("0.01")).status()).isEqualTo(LedgerStatus.REFUSED);
        assertThat(empty.reserve(2L, dec("0")).status()).isEqualTo(LedgerStatus.RESERVED);
    }

    @Test
    void badAmountsAreProgrammingErrors() {
        assertThatThrownBy(() -> ledger.reserve(1L, dec("-0.01"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ledger.reserve(1L, dec("0.001"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ledger.reserve(1L, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BudgetLedger(dec("-1"))).isInstanceOf(IllegalArgumentException.class);
    }
}
