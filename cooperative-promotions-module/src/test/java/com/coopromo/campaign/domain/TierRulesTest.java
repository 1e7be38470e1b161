package com.coopromo.campaign.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TierRulesTest {

    @Test
    void aLightweightCampaignNeedsABriefAndABannerOneReviewerAndOneSellerAndOffersNoOptions() {
        TierRules rules = TierRules.of(CampaignTier.LIGHTWEIGHT);

        assertThat(rules.requiredAssets()).containsExactly(AssetKind.BRIEF, AssetKind.BANNER);
        assertThat(rules.review()).isEqualTo(ReviewRequirement.ONE_REVIEWER);
        assertThat(rules.minimumSellers()).isEqualTo(1);
        assertThat(rules.allowedOptions()).isEmpty();
    }

    @Test
    void aStandardCampaignAddsACopyBlockTwoReviewersThreeSellersAndACoordinatedDiscount() {
        TierRules rules = TierRules.of(CampaignTier.STANDARD);

        assertThat(rules.requiredAssets()).containsExactly(AssetKind.BRIEF, AssetKind.BANNER, AssetKind.COPY_BLOCK);
        assertThat(rules.review()).isEqualTo(ReviewRequirement.TWO_REVIEWERS);
        assertThat(rules.minimumSellers()).isEqualTo(3);
        assertThat(rules.allowedOptions()).containsExactly(CampaignOption.COORDINATED_DISCOUNT);
    }

    @Test
    void aFlagshipCampaignNeedsALandingPageAndEveryBannerTheCommitteeFiveSellersAndMayOfferEveryOption() {
        TierRules rules = TierRules.of(CampaignTier.FLAGSHIP);

        assertThat(rules.requiredAssets()).containsExactly(AssetKind.BRIEF, AssetKind.BANNER, AssetKind.BANNER_WIDE,
                AssetKind.BANNER_SQUARE, AssetKind.LANDING_PAGE_COPY);
        assertThat(rules.review()).isEqualTo(ReviewRequirement.FULL_COMMITTEE);
        assertThat(rules.minimumSellers()).isEqualTo(5);
        assertThat(rules.allowedOptions()).containsExactly(CampaignOption.COORDINATED_DISCOUNT);
    }

    @ParameterizedTest
    @EnumSource(CampaignTier.class)
    void everyTierHasRulesThatKnowTheirTier(CampaignTier tier) {
        assertThat(tier.rules()).isSameAs(TierRules.of(tier));
        assertThat(tier.rules().tier()).isEqualTo(tier);
    }

    @ParameterizedTest
    @EnumSource(CampaignTier.class)
    void everyTierRequiresTheBriefAndABanner(CampaignTier tier) {
        assertThat(tier.rules().requiredAssets()).contains(AssetKind.BRIEF, AssetKind.BANNER);
    }

    @ParameterizedTest
    @EnumSource(CampaignTier.class)
    void aTiersRulesCannotBeChanged(CampaignTier tier) {
        assertThatThrownBy(() -> tier.rules().requiredAssets().add(AssetKind.COPY_BLOCK))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> tier.rules().allowedOptions().add(CampaignOption.COORDINATED_DISCOUNT))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void higherTiersAskForMoreSellers() {
        assertThat(CampaignTier.LIGHTWEIGHT.rules().minimumSellers())
                .isLessThan(CampaignTier.STANDARD.rules().minimumSellers());
        assertThat(CampaignTier.STANDARD.rules().minimumSellers())
                .isLessThan(CampaignTier.FLAGSHIP.rules().minimumSellers());
    }

    @Test
    void reviewRequirementsCountApprovalsExceptTheCommitteeWhichDecidesAsOne() {
        assertThat(ReviewRequirement.ONE_REVIEWER.approvalsNeeded()).isEqualTo(1);
        assertThat(ReviewRequirement.TWO_REVIEWERS.approvalsNeeded()).isEqualTo(2);
        assertThat(ReviewRequirement.FULL_COMMITTEE.approvalsNeeded()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void onlyTheCampaignsOwnAssetsAreNotSellerProvided() {
        for (AssetKind kind : AssetKind.values()) {
            boolean campaignsOwn = kind == AssetKind.BRIEF || kind == AssetKind.LANDING_PAGE_COPY;
            assertThat(kind.sellerProvided()).as(kind.name()).isEqualTo(!campaignsOwn);
        }
    }
}
