package com.coopromo.community.domain;

/** The recognition badges a seller can earn (README, "Seller community"). Each is earned once. */
public enum BadgeKind {
    /** The seller's first completed campaign: it took part (accepted) in a campaign that has ended. */
    FIRST_CAMPAIGN("First campaign"),
    /** The best conversion (orders per click) of its segment in an ended campaign. */
    TOP_CONVERSION("Top conversion in segment"),
    /** Mentored a newcomer: a mentoring pair, as the experienced side, became active. */
    MENTOR("Mentor"),
    /** Every asset of the seller in a campaign was accepted by the campaign's asset deadline. */
    ON_TIME_ASSETS("On-time assets");

    private final String label;

    BadgeKind(String label) {
        this.label = label;
    }

    /** What the seller's page and the hub show. */
    public String label() {
        return label;
    }
}
