package com.coopromo.settlement.domain;

/** What payout rules and fairness need to know of a seller besides its sales. */
public final class SellerProfile {
    private final long sellerId;
    private final String segment;
    private final boolean newcomer;
    private final int listings;
    private final SellerTraffic traffic;

    /**
     * @param segment  SMALL, MID or LARGE
     * @param newcomer in its first campaign
     * @param listings listings it enrolled in the campaign
     * @param traffic  null when the campaign has no traffic figures
     */
    public SellerProfile(long sellerId, String segment, boolean newcomer, int listings, SellerTraffic traffic) {
        this.sellerId = sellerId;
        this.segment = segment;
        this.newcomer = newcomer;
        this.listings = listings;
        this.traffic = traffic;
    }

    public long sellerId() { return sellerId; }
    public String segment() { return segment; }
    public boolean newcomer() { return newcomer; }
    public int listings() { return listings; }
    public SellerTraffic traffic() { return traffic; }
}
