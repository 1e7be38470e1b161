package com.coopromo.debrief.domain;

import java.math.BigDecimal;

/**
 * The campaign's money and targets (input): its budget and what pricing consumed of it, the payout pool and bonus of
 * its settlement (null without a run), its success targets (null when not set) and the new buyers the metrics saw.
 */
public final class CampaignFacts {
    private final BigDecimal budget;
    private final BigDecimal budgetConsumed;
    private final BigDecimal payoutPool;
    private final BigDecimal payoutPaid;
    private final String payoutRun;
    private final BigDecimal targetRevenue;
    private final BigDecimal targetConversionPercent;
    private final Integer targetNewBuyers;
    private final long newBuyers;

    public CampaignFacts(BigDecimal budget, BigDecimal budgetConsumed, BigDecimal payoutPool, BigDecimal payoutPaid,
                         String payoutRun, BigDecimal targetRevenue, BigDecimal targetConversionPercent,
                         Integer targetNewBuyers, long newBuyers) {
        this.budget = budget;
        this.budgetConsumed = budgetConsumed;
        this.payoutPool = payoutPool;
        this.payoutPaid = payoutPaid;
        this.payoutRun = payoutRun;
        this.targetRevenue = targetRevenue;
        this.targetConversionPercent = targetConversionPercent;
        this.targetNewBuyers = targetNewBuyers;
        this.newBuyers = newBuyers;
    }

    public BigDecimal budget() { return budget; }

    public BigDecimal budgetConsumed() { return budgetConsumed; }

    public BigDecimal payoutPool() { return payoutPool; }

    public BigDecimal payoutPaid() { return payoutPaid; }

    /** Which settlement run the payout figures come from ("payout run 12", "dry run 9"), or null. */
    public String payoutRun() { return payoutRun; }

    public BigDecimal targetRevenue() { return targetRevenue; }

    public BigDecimal targetConversionPercent() { return targetConversionPercent; }

    public Integer targetNewBuyers() { return targetNewBuyers; }

    public long newBuyers() { return newBuyers; }
}
