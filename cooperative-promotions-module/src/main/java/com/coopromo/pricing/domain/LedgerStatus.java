package com.coopromo.pricing.domain;

/** What a {@link BudgetLedger} operation did. */
public enum LedgerStatus {
    /** reserve: the order now holds the amount (new, or its earlier reservation changed to it). */
    RESERVED(true),
    /** reserve: the order already held exactly this amount; nothing changed. */
    ALREADY_RESERVED(false),
    /** reserve: the amount does not fit; nothing changed, {@link LedgerResult#available()} says what would. */
    REFUSED(false),
    /** consume: the order's reservation is now spent for good. */
    CONSUMED(true),
    /** reserve or consume: the order was already consumed; nothing changed (it counts once). */
    ALREADY_CONSUMED(false),
    /** release: the order's reservation went back to the budget; the order may reserve again. */
    RELEASED(true),
    /** release after consume (a cancellation): the consumed amount went back to the budget; the order is closed. */
    REFUNDED(true),
    /** any operation on a refunded order: nothing changed. */
    ALREADY_REFUNDED(false),
    /** consume or release for an order holding no reservation: nothing changed. */
    NOT_RESERVED(false);

    private final boolean changed;

    LedgerStatus(boolean changed) {
        this.changed = changed;
    }

    /** True if the operation changed the ledger. */
    public boolean changed() {
        return changed;
    }
}
