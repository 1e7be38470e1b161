package com.coopromo.community.host;

import com.coopromo.common.time.PeriodicJob;
import com.coopromo.community.service.CommunityService;

/**
 * Awards the badges the store's facts earn and proposes mentoring pairs, every
 * {@code coop.community.job-interval-seconds}. Several nodes may run it: a badge is stored once per seller and kind.
 */
public class CommunityJob extends PeriodicJob {
    private final CommunityService community;
    private final boolean proposePairs;

    public CommunityJob(CommunityService community, long intervalSeconds, boolean enabled, boolean proposePairs) {
        super("community", "coop.community.job-interval-seconds", intervalSeconds, enabled);
        this.community = community;
        this.proposePairs = proposePairs;
    }

    @Override
    protected int round() {
        int n = community.awardBadges();
        if (proposePairs) {
            n += community.proposePairs().size();
        }
        return n;
    }

    @Override
    protected String describe(int changed) {
        return changed + " badge(s) awarded or mentoring pair(s) proposed";
    }
}
