package com.coopromo.pricing.domain;

/** Where one order stands in a {@link BudgetLedger}. */
public enum LedgerEntryState {
    /** The ledger holds nothing for the order (never reserved, or its reservation was released). */
    NONE,
    /** Budget is held for the order until it is consumed or released. */
    RESERVED,
    /** The order's amount is spent. */
    CONSUMED,
    /** The order was consumed, then cancelled: its amount went back; the order is closed. */
    REFUNDED
}
