package com.coopromo.campaign.domain;

/** How much a campaign asks of its sellers and reviewers; the rules per tier live in {@link TierRules}. */
public enum CampaignTier {
    LIGHTWEIGHT("Lightweight"),
    STANDARD("Standard"),
    FLAGSHIP("Flagship");

    private final String label;

    CampaignTier(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public TierRules rules() {
        return TierRules.of(this);
    }
}
