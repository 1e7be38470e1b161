package com.coopromo.settlement.service;

/** A direct edit of a live (or later) campaign's payout rules, refused in one sentence. */
public class PayoutRulesLockedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PayoutRulesLockedException(String sentence) {
        super(sentence);
    }
}
