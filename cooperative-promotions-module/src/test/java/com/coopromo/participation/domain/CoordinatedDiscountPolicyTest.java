package com.coopromo.participation.domain;

import com.coopromo.campaign.domain.CampaignOption;
import com.coopromo.campaign.domain.CampaignTermsFixture;
import com.coopromo.campaign.domain.CampaignTier;
import com.coopromo.common.domain.PolicyResult;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static com.coopromo.participation.domain.EnrollmentCandidateFixture.anEligibleCandidate;
import static com.coopromo.participation.domain.EnrollmentCandidateFixture.anEligibleCandidateFor;
import static com.coopromo.participation.domain.EnrollmentCandidateFixture.dec;
import static org.assertj.core.api.Assertions.assertThat;

/** The fixture campaign's range is 10%-30%; with the coordinated discount option, every listing runs at 10%. */
class CoordinatedDiscountPolicyTest {
    private final CoordinatedDiscountPolicy policy = new CoordinatedDiscountPolicy();

    private PolicyResult coordinated(String discount) {
        return policy.check(anEligibleCandidateFor(CampaignTermsFixture.aValidCampaign().tier(CampaignTier.STANDARD)
                .minSellers(CampaignTier.STANDARD.rules().minimumSellers())
                .options(EnumSet.of(CampaignOption.COORDINATED_DISCOUNT)).build()).discountPercent(dec(discount)).build());
    }

    @Test
    void withTheOptionOnlyTheCampaignsOneDiscountIsAccepted() {
        assertThat(coordinated("10").isAllowed()).isTrue();
        assertThat(coordinated("10.00").isAllowed()).isTrue();
        PolicyResult refused = coordinated("20");
        assertThat(refused.rule()).isEqualTo(CoordinatedDiscountPolicy.RULE);
        assertThat(refused.reason()).isEqualTo("this campaign runs one coordinated discount of 10% on every listing (was 20%)");
    }

    @Test
    void withoutTheOptionEachSellerPicksWithinTheRange() {
        assertThat(policy.check(anEligibleCandidate().discountPercent(dec("20")).build()).isAllowed()).isTrue();
    }
}
