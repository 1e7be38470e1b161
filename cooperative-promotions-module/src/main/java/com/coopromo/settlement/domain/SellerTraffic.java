package com.coopromo.settlement.domain;

/** A seller's traffic in a campaign: clicks in the campaign's window, clicks in an equal window before, impressions. */
public final class SellerTraffic {
    private final long clicks;
    private final long clicksBefore;
    private final long impressions;

    public SellerTraffic(long clicks, long clicksBefore, long impressions) {
        this.clicks = clicks;
        this.clicksBefore = clicksBefore;
        this.impressions = impressions;
    }

    public long clicks() { return clicks; }
    public long clicksBefore() { return clicksBefore; }
    public long impressions() { return impressions; }

    /** Extra clicks the campaign brought (may be negative). */
    public long incrementalClicks() { return clicks - clicksBefore; }
}
