package com.coopromo.campaign.domain;

/** Extras a campaign may offer its participants; which are available depends on the tier ({@link TierRules}). */
public enum CampaignOption {
    SHARED_LANDING_PAGE("Shared landing page"),
    COORDINATED_DISCOUNT("Coordinated discount"),
    JOINT_FULFILMENT("Joint fulfilment");

    private final String label;

    CampaignOption(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
