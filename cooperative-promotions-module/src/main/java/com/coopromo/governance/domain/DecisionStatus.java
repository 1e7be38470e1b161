package com.coopromo.governance.domain;

/** Where a decision stands. */
public enum DecisionStatus {
    /** Still open and not yet settled. */
    PENDING,
    APPROVED,
    REJECTED,
    /** The vote closed without enough ballots to count. */
    NO_QUORUM;

    /** True once the committee (or an overruler) has said yes or no. */
    public boolean isSettled() {
        return this == APPROVED || this == REJECTED;
    }
}
