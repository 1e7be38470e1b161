package com.coopromo.campaign.service;

import com.coopromo.common.time.PeriodicJob;

/**
 * Moves campaigns across their window edges (scheduled to live, live to ended) every {@code intervalSeconds}.
 * Several nodes may run it: each campaign is moved under a row lock, so it moves once.
 */
public class CampaignClockJob extends PeriodicJob {
    private final CampaignService campaigns;

    public CampaignClockJob(CampaignService campaigns, long intervalSeconds, boolean enabled) {
        super("campaign clock", "coop.campaign.clock-interval-seconds", intervalSeconds, enabled);
        this.campaigns = campaigns;
    }

    @Override
    protected int round() {
        return campaigns.advanceClock();
    }

    @Override
    protected String describe(int moved) {
        return moved + " campaign move(s)";
    }
}
