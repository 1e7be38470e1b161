package com.coopromo.settlement.host;

import com.coopromo.common.time.PeriodicJob;
import com.coopromo.settlement.service.SettlementService;

/**
 * Settles campaigns once they have ended (and resumes a payout run a crash interrupted), every
 * {@code coop.settlement.job-interval-seconds}. Several nodes may run it: a campaign has one payout run, and every
 * statement is written once.
 */
public class SettlementJob extends PeriodicJob {
    private final SettlementService settlement;

    public SettlementJob(SettlementService settlement, long intervalSeconds, boolean enabled) {
        super("settlement", "coop.settlement.job-interval-seconds", intervalSeconds, enabled);
        this.settlement = settlement;
    }

    @Override
    protected int round() {
        return settlement.settleEndedCampaigns();
    }

    @Override
    protected String describe(int changed) {
        return changed + " campaign(s) settled";
    }
}
