package com.coopromo.governance.domain;

/** Changes that may be asked of a live campaign without stopping it. */
public enum AdjustmentKind {
    /** Take one listing out of the campaign for now (stock trouble, a pricing error). */
    PAUSE_LISTING,
    /** Put a paused listing back. */
    RESUME_LISTING,
    /** Swap an accepted asset for a newer accepted version. */
    REPLACE_ASSET,
    /**
     * Replace the campaign's payout rules with a proposed set (the target is the proposal). The rules in force do not
     * change until the committee approves; the capability that holds the rules carries the change out.
     */
    CHANGE_PAYOUT_RULES
}
