package com.coopromo.participation.domain;

import com.coopromo.common.domain.PolicyResult;

import org.junit.jupiter.api.Test;

import static com.coopromo.campaign.domain.CampaignTermsFixture.aValidCampaign;
import static com.coopromo.participation.domain.EnrollmentCandidateFixture.anEligibleCandidate;
import static com.coopromo.participation.domain.EnrollmentCandidateFixture.anEligibleCandidateFor;
import static com.coopromo.participation.domain.EnrollmentCandidateFixture.dec;
import static org.assertj.core.api.Assertions.assertThat;

/** The fixture campaign lets one seller hold at most 25% of its listings. */
class SellerShareLimitPolicyTest {
    private final SellerShareLimitPolicy policy = new SellerShareLimitPolicy();

    private PolicyResult check(int sellerAlreadyEnrolled, int campaignAlreadyEnrolled) {
        return policy.check(anEligibleCandidate().enrolled(sellerAlreadyEnrolled, campaignAlreadyEnrolled).build());
    }

    @Test
    void everySellerMayStartWithTenListings() {
        assertThat(SellerShareLimitPolicy.STARTING_ALLOWANCE).isEqualTo(10);
        assertThat(SellerShareLimitPolicy.allowance(dec("25"), 1)).isEqualTo(10);
        assertThat(SellerShareLimitPolicy.allowance(dec("25"), 11)).isEqualTo(10);
        assertThat(SellerShareLimitPolicy.allowance(dec("25"), 43)).isEqualTo(10);
    }

    @Test
    void onceTheCampaignGrowsTheAllowanceIsTheShareOfItsListingsRoundedDown() {
        assertThat(SellerShareLimitPolicy.allowance(dec("25"), 44)).isEqualTo(11);
        assertThat(SellerShareLimitPolicy.allowance(dec("25"), 100)).isEqualTo(25);
        assertThat(SellerShareLimitPolicy.allowance(dec("25"), 103)).isEqualTo(25);
        assertThat(SellerShareLimitPolicy.allowance(dec("12.5"), 200)).isEqualTo(25);
        assertThat(SellerShareLimitPolicy.allowance(dec("100"), 57)).isEqualTo(57);
    }

    @Test
    void aSellersTenthListingInASmallCampaignIsAllowed() {
        assertThat(check(9, 9).isAllowed()).isTrue();
    }

    @Test
    void aSellersEleventhListingInASmallCampaignIsRefused() {
        PolicyResult result = check(10, 10);

        assertThat(result.rule()).isEqualTo("seller share limit");
        assertThat(result.reason()).isEqualTo("Acme Pens would hold 11 of 11 listings; the limit is 25% (10 listings now)");
    }

    @Test
    void aSellerExactlyAtTheShareOfALargeCampaignIsAllowed() {
        // 25 of 100 after this one
        assertThat(check(24, 99).isAllowed()).isTrue();
    }

    @Test
    void aSellerOneListingAboveTheShareOfALargeCampaignIsRefused() {
        assertThat(check(25, 99).reason()).isEqualTo("Acme Pens would hold 26 of 100 listings; the limit is 25% (25 listings now)");
    }

    @Test
    void theLimitComesFromTheCampaignsTerms() {
        PolicyResult result = policy.check(anEligibleCandidateFor(aValidCampaign().maxSellerSharePercent(dec("12.5")).build())
                .enrolled(25, 199).build());

        assertThat(result.reason()).isEqualTo("Acme Pens would hold 26 of 200 listings; the limit is 12.5% (25 listings now)");
    }
}
