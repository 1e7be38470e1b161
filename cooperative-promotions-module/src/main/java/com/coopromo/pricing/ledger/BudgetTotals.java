package com.coopromo.pricing.ledger;

import java.math.BigDecimal;

/** A campaign's budget and what is reserved and consumed of it, as read at one moment. */
public final class BudgetTotals {
    static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private final long campaignId;
    private final BigDecimal budget;
    private final BigDecimal reserved;
    private final BigDecimal consumed;

    public BudgetTotals(long campaignId, BigDecimal budget, BigDecimal reserved, BigDecimal consumed) {
        this.campaignId = campaignId;
        this.budget = budget;
        this.reserved = reserved;
        this.consumed = consumed;
    }

    public long campaignId() { return campaignId; }

    public BigDecimal budget() { return budget; }

    public BigDecimal reserved() { return reserved; }

    public BigDecimal consumed() { return consumed; }

    /** budget - reserved - consumed, never below 0.00. */
    public BigDecimal remaining() {
        return budget.subtract(reserved).subtract(consumed);
    }

    @Override
    public String toString() {
        return "campaign " + campaignId + ": budget " + budget.toPlainString() + ", reserved " + reserved.toPlainString()
                + ", consumed " + consumed.toPlainString() + ", remaining " + remaining().toPlainString();
    }
}
