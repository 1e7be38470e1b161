package com.coopromo.participation.domain;

import com.coopromo.common.domain.PolicyResult;

import com.coopromo.campaign.domain.CampaignTerms;
import org.junit.jupiter.api.Test;

import static com.coopromo.campaign.domain.CampaignTermsFixture.aValidCampaign;
import static com.coopromo.participation.domain.EnrollmentCandidateFixture.anEligibleCandidateFor;
import static com.coopromo.participation.domain.EnrollmentCandidateFixture.dec;
import static org.assertj.core.api.Assertions.assertThat;

class StockPolicyTest {
    private final StockPolicy policy = new StockPolicy();

    private PolicyResult check(int minUnitsInStock, Integer stock) {
        CampaignTerms campaign = aValidCampaign().minUnitsInStock(minUnitsInStock).build();
        return policy.check(anEligibleCandidateFor(campaign).listing(dec("20.00"), dec("10.00"), stock).build());
    }

    @Test
    void aListingWhoseStockTheHostDoesNotTrackIsAllowed() {
        assertThat(check(5, null).isAllowed()).isTrue();
    }

    @Test
    void aListingOutOfStockIsRefused() {
        PolicyResult result = check(1, 0);

        assertThat(result.rule()).isEqualTo("stock");
        assertThat(result.reason()).isEqualTo("0 unit(s) in stock; the campaign needs at least 1");
    }

    @Test
    void exactlyTheMinimumUnitsInStockIsAllowed() {
        assertThat(check(5, 5).isAllowed()).isTrue();
    }

    @Test
    void oneUnitFewerThanTheMinimumIsRefusedNamingBothCounts() {
        assertThat(check(5, 4).reason()).isEqualTo("4 unit(s) in stock; the campaign needs at least 5");
    }

    @Test
    void aCampaignWithoutAMinimumStillNeedsOneUnit() {
        assertThat(check(0, 0).reason()).isEqualTo("0 unit(s) in stock; the campaign needs at least 1");
        assertThat(check(0, 1).isAllowed()).isTrue();
    }
}
