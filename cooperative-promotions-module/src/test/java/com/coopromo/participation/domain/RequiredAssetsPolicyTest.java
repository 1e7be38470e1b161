package com.coopromo.participation.domain;

import com.coopromo.common.domain.PolicyResult;

import com.coopromo.campaign.domain.AssetKind;
import com.coopromo.campaign.domain.CampaignTerms;
import com.coopromo.campaign.domain.CampaignTier;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import static com.coopromo.campaign.domain.CampaignTermsFixture.aValidCampaign;
import static com.coopromo.participation.domain.EnrollmentCandidateFixture.anEligibleCandidateFor;
import static org.assertj.core.api.Assertions.assertThat;

class RequiredAssetsPolicyTest {
    private static final CampaignTerms LIGHTWEIGHT = aValidCampaign().tier(CampaignTier.LIGHTWEIGHT).build();
    private static final CampaignTerms STANDARD_WITH_WIDE_BANNER = aValidCampaign().tier(CampaignTier.STANDARD).minSellers(3)
            .extraRequiredAssets(EnumSet.of(AssetKind.BANNER_WIDE)).build();
    private static final CampaignTerms FLAGSHIP = aValidCampaign().tier(CampaignTier.FLAGSHIP).minSellers(5).build();

    private final RequiredAssetsPolicy policy = new RequiredAssetsPolicy();

    private PolicyResult check(CampaignTerms campaign, Set<AssetKind> submitted) {
        return policy.check(anEligibleCandidateFor(campaign).submittedAssets(submitted).build());
    }

    @Test
    void aSellerWhoSubmittedEveryAssetTheyProvideIsAllowedWithoutTheCampaignsOwnBrief() {
        assertThat(check(LIGHTWEIGHT, EnumSet.of(AssetKind.BANNER)).isAllowed()).isTrue();
    }

    @Test
    void theBriefAndLandingPageCopyAreTheCampaignsOwnAndNeverAskedOfSellers() {
        assertThat(check(FLAGSHIP, EnumSet.of(AssetKind.BANNER, AssetKind.BANNER_WIDE, AssetKind.BANNER_SQUARE)).isAllowed())
                .isTrue();
    }

    @Test
    void extraRequiredAssetsAreCheckedToo() {
        assertThat(check(STANDARD_WITH_WIDE_BANNER, EnumSet.of(AssetKind.BANNER, AssetKind.COPY_BLOCK)).reason())
                .isEqualTo("missing accepted asset(s): [BANNER_WIDE]");
        assertThat(check(STANDARD_WITH_WIDE_BANNER, EnumSet.of(AssetKind.BANNER, AssetKind.COPY_BLOCK, AssetKind.BANNER_WIDE))
                .isAllowed()).isTrue();
    }

    @Test
    void everyMissingSellerAssetIsListed() {
        PolicyResult result = check(STANDARD_WITH_WIDE_BANNER, Collections.<AssetKind>emptySet());

        assertThat(result.rule()).isEqualTo("required assets");
        assertThat(result.reason()).isEqualTo("missing accepted asset(s): [BANNER, BANNER_WIDE, COPY_BLOCK]");
    }

    @Test
    void aFlagshipSellerMissingTheSquareBannerIsToldSo() {
        assertThat(check(FLAGSHIP, EnumSet.of(AssetKind.BANNER, AssetKind.BANNER_WIDE, AssetKind.BRIEF)).reason())
                .isEqualTo("missing accepted asset(s): [BANNER_SQUARE]");
    }

    @Test
    void aCampaignAddingOnlyItsOwnKindOfAssetAsksNothingMoreOfSellers() {
        CampaignTerms campaign = aValidCampaign().extraRequiredAssets(EnumSet.of(AssetKind.LANDING_PAGE_COPY)).build();

        assertThat(check(campaign, EnumSet.of(AssetKind.BANNER)).isAllowed()).isTrue();
    }

    @Test
    void assetsBeyondTheRequiredOnesDoNoHarm() {
        assertThat(check(LIGHTWEIGHT, EnumSet.allOf(AssetKind.class)).isAllowed()).isTrue();
    }
}
