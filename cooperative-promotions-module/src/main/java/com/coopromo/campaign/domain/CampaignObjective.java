package com.coopromo.campaign.domain;

/** Why sellers band together for this campaign. */
public enum CampaignObjective {
    SEASONAL_TRAFFIC("Seasonal traffic"),
    CLEAR_SURPLUS_STOCK("Clear surplus stock"),
    TEST_NEW_CATEGORY("Test a new category"),
    OTHER("Other");

    private final String label;

    CampaignObjective(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
