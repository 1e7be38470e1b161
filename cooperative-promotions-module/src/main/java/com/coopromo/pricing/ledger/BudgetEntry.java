package com.coopromo.pricing.ledger;

import com.coopromo.pricing.domain.LedgerEntryState;

import java.math.BigDecimal;

/** Where one order stands in one campaign's budget: its state and the amount it holds, consumed or had refunded. */
public final class BudgetEntry {
    private final long campaignId;
    private final long orderId;
    private final LedgerEntryState state;
    private final BigDecimal amount;

    public BudgetEntry(long campaignId, long orderId, LedgerEntryState state, BigDecimal amount) {
        this.campaignId = campaignId;
        this.orderId = orderId;
        this.state = state;
        this.amount = amount;
    }

    static BudgetEntry none(long campaignId, long orderId) {
        return new BudgetEntry(campaignId, orderId, LedgerEntryState.NONE, BudgetTotals.ZERO);
    }

    public long campaignId() { return campaignId; }

    public long orderId() { return orderId; }

    /** {@link LedgerEntryState#NONE} when the order holds nothing (never reserved, or released). */
    public LedgerEntryState state() { return state; }

    /** 0.00 when {@link #state()} is NONE. */
    public BigDecimal amount() { return amount; }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof BudgetEntry)) {
            return false;
        }
        BudgetEntry other = (BudgetEntry) o;
        return campaignId == other.campaignId && orderId == other.orderId && state == other.state
                && amount.equals(other.amount);
    }

    @Override
    public int hashCode() {
        return (Long.valueOf(campaignId).hashCode() * 31 + Long.valueOf(orderId).hashCode()) * 31 + state.hashCode();
    }

    @Override
    public String toString() {
        return "order " + orderId + " in campaign " + campaignId + ": " + state + " " + amount.toPlainString();
    }
}
