package com.coopromo.participation.domain;

import com.coopromo.campaign.domain.AssetKind;
import com.coopromo.seller.domain.SellerStanding;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static com.coopromo.participation.domain.EnrollmentCandidateFixture.BEFORE_DEADLINE;
import static com.coopromo.participation.domain.EnrollmentCandidateFixture.anEligibleCandidate;
import static com.coopromo.participation.domain.EnrollmentCandidateFixture.dec;
import static com.coopromo.participation.domain.EnrollmentCandidateFixture.theCampaign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EnrollmentCandidateTest {

    @Test
    void aCandidateNeedsTheCampaignPriceFloorDiscountAndTime() {
        String message = "campaign, listing price and floor, discount and time are required";

        assertThatThrownBy(() -> EnrollmentCandidate.builder(null).listing(dec("20"), dec("10"), 5)
                .discountPercent(dec("20")).at(BEFORE_DEADLINE).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        assertThatThrownBy(() -> anEligibleCandidate().listing(null, dec("10"), 5).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        assertThatThrownBy(() -> anEligibleCandidate().listing(dec("20"), null, 5).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        assertThatThrownBy(() -> anEligibleCandidate().discountPercent(null).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        assertThatThrownBy(() -> anEligibleCandidate().at(null).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void stockIsOptionalBecauseTheHostMayNotTrackIt() {
        EnrollmentCandidate c = anEligibleCandidate().listing(dec("20"), dec("10"), null).build();

        assertThat(c.stockUnits).isNull();
    }

    @Test
    void withoutASellerTheCandidateIsAnAnonymousSellerInGoodStandingWithNothingEnrolledOrSubmitted() {
        EnrollmentCandidate c = EnrollmentCandidate.builder(theCampaign()).listing(dec("20"), dec("10"), 5)
                .discountPercent(dec("20")).at(BEFORE_DEADLINE).build();

        assertThat(c.sellerName).isEqualTo("the seller");
        assertThat(c.sellerStanding).isEqualTo(SellerStanding.GOOD);
        assertThat(c.sellerEnrolledListings).isZero();
        assertThat(c.campaignEnrolledListings).isZero();
        assertThat(c.submittedAssets).isEmpty();
        assertThat(c.otherEnrollments).isEmpty();
    }

    @Test
    void missingAssetsAndEnrollmentsMeanNone() {
        EnrollmentCandidate c = anEligibleCandidate().submittedAssets(null).otherEnrollments(null).build();

        assertThat(c.submittedAssets).isEmpty();
        assertThat(c.otherEnrollments).isEmpty();
    }

    @Test
    void submittedAssetsAreCopiedSoLaterChangesDoNotLeakIn() {
        Set<AssetKind> submitted = EnumSet.of(AssetKind.BANNER);
        EnrollmentCandidate c = anEligibleCandidate().submittedAssets(submitted).build();

        submitted.add(AssetKind.COPY_BLOCK);

        assertThat(c.submittedAssets).containsExactly(AssetKind.BANNER);
    }

    @Test
    void theDiscountAskedForIsExposed() {
        assertThat(anEligibleCandidate().discountPercent(dec("12.50")).build().discountPercent()).isEqualByComparingTo("12.5");
    }
}
