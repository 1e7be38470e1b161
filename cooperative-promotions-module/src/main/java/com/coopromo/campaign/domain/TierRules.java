package com.coopromo.campaign.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Everything a tier changes, in one place: the assets every campaign of the tier must require, who reviews it, how
 * many sellers it needs at least, and which options it may offer.
 */
public final class TierRules {
    private static final Map<CampaignTier, TierRules> RULES = new EnumMap<CampaignTier, TierRules>(CampaignTier.class);

    static {
        RULES.put(CampaignTier.LIGHTWEIGHT, new TierRules(CampaignTier.LIGHTWEIGHT,
                EnumSet.of(AssetKind.BRIEF, AssetKind.BANNER),
                ReviewRequirement.ONE_REVIEWER, 1,
                EnumSet.noneOf(CampaignOption.class)));
        RULES.put(CampaignTier.STANDARD, new TierRules(CampaignTier.STANDARD,
                EnumSet.of(AssetKind.BRIEF, AssetKind.BANNER, AssetKind.COPY_BLOCK),
                ReviewRequirement.TWO_REVIEWERS, 3,
                EnumSet.of(CampaignOption.COORDINATED_DISCOUNT)));
        RULES.put(CampaignTier.FLAGSHIP, new TierRules(CampaignTier.FLAGSHIP,
                EnumSet.of(AssetKind.BRIEF, AssetKind.LANDING_PAGE_COPY, AssetKind.BANNER, AssetKind.BANNER_WIDE,
                        AssetKind.BANNER_SQUARE),
                ReviewRequirement.FULL_COMMITTEE, 5,
                EnumSet.allOf(CampaignOption.class)));
    }

    private final CampaignTier tier;
    private final Set<AssetKind> requiredAssets;
    private final ReviewRequirement review;
    private final int minimumSellers;
    private final Set<CampaignOption> allowedOptions;

    private TierRules(CampaignTier tier, Set<AssetKind> requiredAssets, ReviewRequirement review, int minimumSellers,
                      Set<CampaignOption> allowedOptions) {
        this.tier = tier;
        this.requiredAssets = Collections.unmodifiableSet(requiredAssets);
        this.review = review;
        this.minimumSellers = minimumSellers;
        this.allowedOptions = Collections.unmodifiableSet(allowedOptions);
    }

    public static TierRules of(CampaignTier tier) {
        return RULES.get(tier);
    }

    public CampaignTier tier() {
        return tier;
    }

    /** Asset kinds every campaign of this tier requires (a campaign may require more). */
    public Set<AssetKind> requiredAssets() {
        return requiredAssets;
    }

    public ReviewRequirement review() {
        return review;
    }

    /** The fewest participating sellers a campaign of this tier may plan for. */
    public int minimumSellers() {
        return minimumSellers;
    }

    public Set<CampaignOption> allowedOptions() {
        return allowedOptions;
    }
}
