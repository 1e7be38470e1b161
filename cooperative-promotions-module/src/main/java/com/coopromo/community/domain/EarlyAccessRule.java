package com.coopromo.community.domain;

import java.time.Instant;

/**
 * Early access (README, "Seller community"). Once a campaign is scheduled, a seller with a <b>good record</b> may enroll
 * at once; every other seller from the end of the campaign's lead period (its own, or the module default; never later
 * than the enrollment deadline). A lead period of 0 means no early access: enrollment is open to every seller.
 * <p>
 * A good record: in good standing, at least {@code minCompleted} completed campaigns, never withdrawn from a campaign,
 * and no asset of an ended campaign accepted late or never accepted.
 */
public final class EarlyAccessRule {
    private final int minCompleted;

    public EarlyAccessRule(int minCompleted) {
        if (minCompleted < 1) {
            throw new IllegalArgumentException("minCompleted must be 1 or more (was " + minCompleted + ")");
        }
        this.minCompleted = minCompleted;
    }

    public boolean goodRecord(boolean goodStanding, long completedCampaigns, long withdrawn, long lateAssets) {
        return goodStanding && completedCampaigns >= minCompleted && withdrawn == 0 && lateAssets == 0;
    }

    /** When enrollment opens for every seller: the scheduling plus the lead period, at the latest the deadline. */
    public static Instant opensForAll(Instant scheduledAt, int leadHours, Instant enrollmentDeadline) {
        Instant opens = scheduledAt.plusSeconds(3600L * Math.max(0, leadHours));
        return opens.isAfter(enrollmentDeadline) ? enrollmentDeadline : opens;
    }
}
