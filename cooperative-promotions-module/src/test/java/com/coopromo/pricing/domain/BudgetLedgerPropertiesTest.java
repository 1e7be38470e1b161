package com.coopromo.pricing.domain;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Random sequences of reserve / consume / release over a few orders never overdraw the budget. */
class BudgetLedgerPropertiesTest {
    private static final long ORDERS = 6;

    @Property(tries = 3000)
    void theLedgerNeverExceedsItsBudget(@ForAll @LongRange(min = 0, max = 100_000) long budgetCents,
                                         @ForAll("operations") List<Operation> operations) {
        BudgetLedger ledger = new BudgetLedger(Money.ofCents(budgetCents));

        for (Operation operation : operations) {
            BigDecimal consumedBefore = ledger.consumed();
            LedgerEntryState entryBefore = ledger.stateOf(operation.orderId);
            LedgerResult result = operation.applyTo(ledger);

            assertThat(ledger.remaining().signum()).as("never overdrawn").isGreaterThanOrEqualTo(0);
            assertThat(ledger.reserved().signum()).isGreaterThanOrEqualTo(0);
            assertThat(ledger.consumed().signum()).isGreaterThanOrEqualTo(0);
            assertThat(ledger.reserved().add(ledger.consumed()).add(ledger.remaining())).isEqualTo(ledger.budget());
            assertThat(result.available().signum()).isGreaterThanOrEqualTo(0);
            if (entryBefore == LedgerEntryState.CONSUMED && operation.kind == Kind.CONSUME) {
                assertThat(ledger.consumed()).as("consuming twice counts once").isEqualTo(consumedBefore);
            }
            if (!result.status().changed()) {
                assertThat(ledger.stateOf(operation.orderId)).isEqualTo(entryBefore);
            }
            sumsMatchTheOrders(ledger);
        }
    }

    private static void sumsMatchTheOrders(BudgetLedger ledger) {
        BigDecimal reserved = Money.ZERO;
        BigDecimal consumed = Money.ZERO;
        for (long order = 1; order <= ORDERS; order++) {
            if (ledger.stateOf(order) == LedgerEntryState.RESERVED) {
                reserved = reserved.add(ledger.amountOf(order));
            } else if (ledger.stateOf(order) == LedgerEntryState.CONSUMED) {
                consumed = consumed.add(ledger.amountOf(order));
            }
        }
        assertThat(ledger.reserved()).isEqualTo(reserved);
        assertThat(ledger.consumed()).isEqualTo(consumed);
    }

    @Provide
    Arbitrary<List<Operation>> operations() {
        Arbitrary<Operation> operation = Combinators.combine(
                Arbitraries.of(Kind.class),
                Arbitraries.longs().between(1, ORDERS),
                Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(1, Arbitraries.just(0L)),
                        net.jqwik.api.Tuple.of(5, Arbitraries.longs().between(1, 60_000))))
                .as(Operation::new);
        return operation.list().ofMaxSize(60);
    }

    enum Kind { RESERVE, CONSUME, RELEASE }

    static final class Operation {
        final Kind kind;
        final long orderId;
        final long cents;

        Operation(Kind kind, long orderId, long cents) {
            this.kind = kind;
            this.orderId = orderId;
            this.cents = cents;
        }

        LedgerResult applyTo(BudgetLedger ledger) {
            switch (kind) {
                case RESERVE:
                    return ledger.reserve(orderId, Money.ofCents(cents));
                case CONSUME:
                    return ledger.consume(orderId);
                default:
                    return ledger.release(orderId);
            }
        }

        @Override
        public String toString() {
            return kind == Kind.RESERVE ? "reserve(" + orderId + ", " + Money.ofCents(cents) + ")"
                    : kind.name().toLowerCase() + "(" + orderId + ")";
        }
    }
}
