package com.coopromo.pricing.domain;

import java.math.BigDecimal;

/**
 * The outcome of one {@link BudgetLedger} operation: its status, the order, the amount it concerns (reserved,
 * consumed, released or refunded; on a refusal the amount asked for), what is available afterwards and a sentence.
 */
public final class LedgerResult {
    private final LedgerStatus status;
    private final long orderId;
    private final BigDecimal amount;
    private final BigDecimal available;
    private final String message;

    LedgerResult(LedgerStatus status, long orderId, BigDecimal amount, BigDecimal available, String message) {
        this.status = status;
        this.orderId = orderId;
        this.amount = amount;
        this.available = available;
        this.message = message;
    }

    public LedgerStatus status() { return status; }

    public long orderId() { return orderId; }

    /** The amount the operation concerns (for {@link LedgerStatus#REFUSED}: the amount asked for). */
    public BigDecimal amount() { return amount; }

    /**
     * What the budget has left after the operation. For {@link LedgerStatus#REFUSED}: the most this order could
     * reserve now (what is left plus what the order already holds).
     */
    public BigDecimal available() { return available; }

    /** A sentence naming the order and the amounts. */
    public String message() { return message; }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof LedgerResult)) {
            return false;
        }
        LedgerResult other = (LedgerResult) o;
        return status == other.status && orderId == other.orderId && amount.equals(other.amount)
                && available.equals(other.available) && message.equals(other.message);
    }

    @Override
    public int hashCode() {
        return (status.hashCode() * 31 + Long.valueOf(orderId).hashCode()) * 31 + amount.hashCode();
    }

    @Override
    public String toString() {
        return status + ": " + message;
    }
}
