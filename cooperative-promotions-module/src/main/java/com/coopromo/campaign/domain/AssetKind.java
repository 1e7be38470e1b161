package com.coopromo.campaign.domain;

/** Kinds of creative a campaign can require from its sellers. */
public enum AssetKind {
    BRIEF("Theme brief", false),
    BANNER("Banner", true),
    BANNER_WIDE("Wide banner", true),
    BANNER_SQUARE("Square banner", true),
    COPY_BLOCK("Copy block", true),
    LANDING_PAGE_COPY("Landing page copy", false);

    private final String label;
    private final boolean sellerProvided;

    AssetKind(String label, boolean sellerProvided) {
        this.label = label;
        this.sellerProvided = sellerProvided;
    }

    /** True for assets each participating seller supplies; false for the campaign's own (brief, landing page). */
    public boolean sellerProvided() {
        return sellerProvided;
    }

    public String label() {
        return label;
    }
}
