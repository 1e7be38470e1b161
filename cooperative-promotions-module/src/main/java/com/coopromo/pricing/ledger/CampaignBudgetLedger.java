package com.coopromo.pricing.ledger;

import com.coopromo.pricing.domain.BudgetLedger;
import com.coopromo.pricing.domain.LedgerResult;

import java.math.BigDecimal;
import java.util.List;

/**
 * Campaigns' platform budgets in PostgreSQL, with exactly the semantics of the in-memory {@link BudgetLedger}
 * (see its class comment): reserve when the order is priced for checkout, consume when it is submitted (once,
 * however often it is called), release when the cart is abandoned or the order cancelled. Safe under any number of
 * simultaneous checkouts on any number of nodes: reserved + consumed never exceeds the budget.
 * <p>
 * Each operation runs in the caller's {@code blTransactionManager} transaction if there is one (so a submission's
 * consume commits or rolls back with the order), in its own otherwise. Amounts are whole cents (scale 2); a null,
 * negative or fractional-cent amount, or an unknown campaign, throws {@link IllegalArgumentException}.
 */
public interface CampaignBudgetLedger {

    /** Hold {@code amount} of the campaign's budget for the order; REFUSED says what is available instead. */
    LedgerResult reserve(long campaignId, long orderId, BigDecimal amount);

    /** Spend the order's reservation for good (the order was submitted); a repeat counts nothing. */
    LedgerResult consume(long campaignId, long orderId);

    /** Drop the order's reservation, or refund what it consumed (the order was cancelled). */
    LedgerResult release(long campaignId, long orderId);

    /** What the campaign's budget has left to reserve: its whole budget while nothing was ever reserved. */
    BigDecimal remaining(long campaignId);

    /** Where the order stands in the campaign's budget (NONE with 0.00 when it holds nothing). */
    BudgetEntry entry(long campaignId, long orderId);

    /** The campaign's budget, reserved and consumed amounts. */
    BudgetTotals totals(long campaignId);

    /** Every order holding, having consumed or having had refunded part of the campaign's budget. */
    List<BudgetEntry> entries(long campaignId);
}
