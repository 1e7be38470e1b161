package com.coopromo.pricing.domain;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * One campaign's platform budget, in memory: the rules the database ledger mirrors. Orders reserve part of the
 * budget while they are carts, consume it at checkout and release it when abandoned or cancelled. At every moment
 * reserved + consumed &le; budget, so {@link #remaining()} never goes below 0.00.
 * <p>
 * Per order (every operation is idempotent: repeating it changes nothing):
 * <pre>
 *   NONE      --reserve(a), a &le; remaining--------------&gt; RESERVED(a)           RESERVED
 *   NONE      --reserve(a), a &gt; remaining---------------&gt; NONE                  REFUSED (available = remaining)
 *   RESERVED(a) --reserve(a)-----------------------------&gt; RESERVED(a)           ALREADY_RESERVED
 *   RESERVED(a) --reserve(b), b &le; remaining + a---------&gt; RESERVED(b)           RESERVED (the cart was repriced)
 *   RESERVED(a) --reserve(b), b &gt; remaining + a---------&gt; RESERVED(a)           REFUSED (available = remaining + a)
 *   RESERVED(a) --consume--------------------------------&gt; CONSUMED(a)           CONSUMED
 *   RESERVED(a) --release--------------------------------&gt; NONE                  RELEASED (may reserve again)
 *   CONSUMED(a) --reserve / consume----------------------&gt; CONSUMED(a)           ALREADY_CONSUMED (counts once)
 *   CONSUMED(a) --release (cancellation)-----------------&gt; REFUNDED              REFUNDED (a goes back)
 *   REFUNDED    --anything-------------------------------&gt; REFUNDED              ALREADY_REFUNDED (closed)
 *   NONE      --consume / release------------------------&gt; NONE                  NOT_RESERVED
 * </pre>
 * A refusal never reserves part of the amount: the caller reprices with {@link LedgerResult#available()} (the
 * calculator's budget cap) and reserves again. Results are values; only programming errors throw (a null, negative
 * or fractional-cent amount or budget). Methods are synchronized so one ledger may be shared, e.g. by a preview.
 */
public final class BudgetLedger {
    private final BigDecimal budget;
    private final Map<Long, Entry> entries = new HashMap<Long, Entry>();
    private BigDecimal reserved = Money.ZERO;
    private BigDecimal consumed = Money.ZERO;

    /** @param budget the campaign's platform budget, whole cents, 0 or more */
    public BudgetLedger(BigDecimal budget) {
        this.budget = nonNegative(budget, "budget");
    }

    /** Hold {@code amount} of the budget for the order (see the class comment for repeats and changes). */
    public synchronized LedgerResult reserve(long orderId, BigDecimal amount) {
        BigDecimal asked = nonNegative(amount, "amount");
        Entry entry = entries.get(orderId);
        if (entry != null && entry.state == LedgerEntryState.CONSUMED) {
            return result(LedgerStatus.ALREADY_CONSUMED, orderId, entry.amount, "order " + orderId + " already consumed "
                    + Money.show(entry.amount) + "; nothing reserved");
        }
        if (entry != null && entry.state == LedgerEntryState.REFUNDED) {
            return refunded(orderId, entry);
        }
        BigDecimal held = entry == null ? Money.ZERO : entry.amount;
        if (entry != null && held.compareTo(asked) == 0) {
            return result(LedgerStatus.ALREADY_RESERVED, orderId, held, "order " + orderId + " already holds "
                    + Money.show(held));
        }
        BigDecimal available = remaining().add(held);
        if (asked.compareTo(available) > 0) {
            return new LedgerResult(LedgerStatus.REFUSED, orderId, asked, available, "order " + orderId + " asked for "
                    + Money.show(asked) + " but only " + Money.show(available) + " is available"
                    + (entry == null ? "" : " (including the " + Money.show(held) + " it holds, which it keeps)") + ".");
        }
        reserved = reserved.subtract(held).add(asked);
        entries.put(orderId, new Entry(LedgerEntryState.RESERVED, asked));
        return result(LedgerStatus.RESERVED, orderId, asked, "order " + orderId + " holds " + Money.show(asked)
                + (entry == null ? "" : " (was " + Money.show(held) + ")"));
    }

    /** Spend the order's reservation for good; a second consume counts nothing. */
    public synchronized LedgerResult consume(long orderId) {
        Entry entry = entries.get(orderId);
        if (entry == null) {
            return notReserved(orderId, "consumed");
        }
        switch (entry.state) {
            case CONSUMED:
                return result(LedgerStatus.ALREADY_CONSUMED, orderId, entry.amount, "order " + orderId
                        + " already consumed " + Money.show(entry.amount) + "; it counts once");
            case REFUNDED:
                return refunded(orderId, entry);
            default:
                reserved = reserved.subtract(entry.amount);
                consumed = consumed.add(entry.amount);
                entries.put(orderId, new Entry(LedgerEntryState.CONSUMED, entry.amount));
                return result(LedgerStatus.CONSUMED, orderId, entry.amount, "order " + orderId + " consumed "
                        + Money.show(entry.amount));
        }
    }

    /** Give the order's amount back: a reservation is dropped; a consumed order (a cancellation) is refunded. */
    public synchronized LedgerResult release(long orderId) {
        Entry entry = entries.get(orderId);
        if (entry == null) {
            return notReserved(orderId, "released");
        }
        switch (entry.state) {
            case CONSUMED:
                consumed = consumed.subtract(entry.amount);
                entries.put(orderId, new Entry(LedgerEntryState.REFUNDED, entry.amount));
                return result(LedgerStatus.REFUNDED, orderId, entry.amount, "order " + orderId + " was cancelled; its "
                        + Money.show(entry.amount) + " went back to the budget");
            case REFUNDED:
                return refunded(orderId, entry);
            default:
                reserved = reserved.subtract(entry.amount);
                entries.remove(orderId);
                return result(LedgerStatus.RELEASED, orderId, entry.amount, "order " + orderId + " released "
                        + Money.show(entry.amount));
        }
    }

    public BigDecimal budget() {
        return budget;
    }

    public synchronized BigDecimal reserved() {
        return reserved;
    }

    public synchronized BigDecimal consumed() {
        return consumed;
    }

    /** budget - reserved - consumed, never below 0.00. */
    public synchronized BigDecimal remaining() {
        return budget.subtract(reserved).subtract(consumed);
    }

    public synchronized LedgerEntryState stateOf(long orderId) {
        Entry entry = entries.get(orderId);
        return entry == null ? LedgerEntryState.NONE : entry.state;
    }

    /** The amount the order holds, consumed or had refunded; 0.00 when none. */
    public synchronized BigDecimal amountOf(long orderId) {
        Entry entry = entries.get(orderId);
        return entry == null ? Money.ZERO : entry.amount;
    }

    private LedgerResult result(LedgerStatus status, long orderId, BigDecimal amount, String message) {
        return new LedgerResult(status, orderId, amount, remaining(), message + "; " + Money.show(remaining()) + " left of "
                + Money.show(budget) + ".");
    }

    private LedgerResult notReserved(long orderId, String verb) {
        return result(LedgerStatus.NOT_RESERVED, orderId, Money.ZERO, "order " + orderId + " holds no reservation; nothing "
                + verb);
    }

    private LedgerResult refunded(long orderId, Entry entry) {
        return result(LedgerStatus.ALREADY_REFUNDED, orderId, entry.amount, "order " + orderId + " was already cancelled and its "
                + Money.show(entry.amount) + " refunded; nothing changed");
    }

    private static BigDecimal nonNegative(BigDecimal value, String name) {
        BigDecimal cents = Money.exact(value, name);
        if (cents.signum() < 0) {
            throw new IllegalArgumentException(name + " must be 0 or more (was " + cents.toPlainString() + ")");
        }
        return cents;
    }

    private static final class Entry {
        final LedgerEntryState state;
        final BigDecimal amount;

        Entry(LedgerEntryState state, BigDecimal amount) {
            this.state = state;
            this.amount = amount;
        }
    }
}
