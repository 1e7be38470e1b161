package com.coopromo.campaign.domain;

/**
 * Extras a campaign may offer its participants; which are available depends on the tier ({@link TierRules}).
 * <p>
 * There used to be two more, removed by Liquibase change 014 because nothing could make them mean anything:
 * SHARED_LANDING_PAGE (every campaign now has its hub page, whatever its tier) and JOINT_FULFILMENT (the store ships
 * each seller's lines on their own).
 */
public enum CampaignOption {
    /**
     * One discount for every enrolled listing: the campaign's minimum viable discount. A seller cannot pick another
     * percentage ({@code CoordinatedDiscountPolicy}).
     */
    COORDINATED_DISCOUNT("Coordinated discount");

    private final String label;

    CampaignOption(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
