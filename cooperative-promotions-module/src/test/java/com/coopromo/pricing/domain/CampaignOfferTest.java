package com.coopromo.pricing.domain;

import com.coopromo.campaign.domain.CampaignTerms;
import com.coopromo.campaign.domain.CampaignTermsFixture;
import com.coopromo.campaign.domain.StackingPolicy;
import com.coopromo.common.domain.CoopValidationException;
import com.coopromo.common.domain.FieldError;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static com.coopromo.pricing.domain.PricingFixture.ENDS_AT;
import static com.coopromo.pricing.domain.PricingFixture.STARTS_AT;
import static com.coopromo.pricing.domain.PricingFixture.anOffer;
import static com.coopromo.pricing.domain.PricingFixture.dec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CampaignOfferTest {

    private static List<String> problemsOf(CampaignOffer.Builder builder) {
        List<String> problems = new ArrayList<String>();
        for (FieldError error : builder.validate().errors()) {
            problems.add(error.toString());
        }
        return problems;
    }

    @Test
    void copiesTheCampaignsTermsIncludingItsWindowAsInstants() {
        CampaignTerms terms = CampaignTermsFixture.aValidCampaign().stackingPolicy(StackingPolicy.COMBINABLE).build();

        CampaignOffer offer = CampaignOffer.builder().campaign(7L, terms).sellerId(11L).listingId(21L)
                .sellerDiscountPercent(dec("20")).marginFloor(dec("4.50")).build();

        assertThat(offer.campaignName()).isEqualTo("Back to school");
        assertThat(offer.marketingMessage()).isEqualTo(terms.marketingMessage());
        assertThat(offer.minDiscountPercent()).isEqualTo(dec("10"));
        assertThat(offer.capDiscountPercent()).isEqualTo(dec("30"));
        assertThat(offer.platformFundingPercent()).isEqualTo(dec("40"));
        assertThat(offer.stackingPolicy()).isEqualTo(StackingPolicy.COMBINABLE);
        // 09:00 in Paris in March (+01:00)
        assertThat(offer.startsAt()).isEqualTo(Instant.parse("2027-03-10T08:00:00Z"));
        assertThat(offer.endsAt()).isEqualTo(Instant.parse("2027-03-20T08:00:00Z"));
        assertThat(offer.marginFloor()).isEqualTo(dec("4.50"));
    }

    @Test
    void isLiveFromTheStartIncludedUntilTheEndExcluded() {
        CampaignOffer offer = anOffer().build();

        assertThat(offer.isLiveAt(STARTS_AT.minus(Duration.ofNanos(1)))).isFalse();
        assertThat(offer.isLiveAt(STARTS_AT)).isTrue();
        assertThat(offer.isLiveAt(ENDS_AT.minus(Duration.ofNanos(1)))).isTrue();
        assertThat(offer.isLiveAt(ENDS_AT)).isFalse();
    }

    @Test
    void theEffectivePercentIsTheSellersClampedIntoTheRange() {
        assertThat(anOffer().sellerDiscountPercent(dec("0")).build().effectivePercent()).isEqualTo(dec("10"));
        assertThat(anOffer().sellerDiscountPercent(dec("17.5")).build().effectivePercent()).isEqualTo(dec("17.5"));
        assertThat(anOffer().sellerDiscountPercent(dec("100")).build().effectivePercent()).isEqualTo(dec("30"));
    }

    @Test
    void aSellersPercentOutsideTheCurrentRangeIsKeptAsEnrolled() {
        assertThat(anOffer().sellerDiscountPercent(dec("45")).build().sellerDiscountPercent()).isEqualTo(dec("45"));
    }

    @Test
    void refusesAnEmptyOfferNamingEveryField() {
        assertThatThrownBy(() -> CampaignOffer.builder().build()).isInstanceOf(CoopValidationException.class);

        List<String> fields = new ArrayList<String>();
        for (FieldError error : CampaignOffer.builder().validate().errors()) {
            fields.add(error.field());
        }
        assertThat(fields).containsExactly("campaignId", "campaignName", "sellerId", "listingId", "sellerDiscountPercent",
                "minDiscountPercent", "capDiscountPercent", "platformFundingPercent", "marginFloor", "stackingPolicy",
                "startsAt", "endsAt");
    }

    @Test
    void refusesACapBelowTheMinimum() {
        assertThat(problemsOf(anOffer().minDiscountPercent(dec("20")).capDiscountPercent(dec("15"))))
                .containsExactly("capDiscountPercent: must not be below minDiscountPercent (15 < 20)");
    }

    @Test
    void refusesAZeroMinimumAndPercentsOutsideZeroToHundred() {
        assertThat(problemsOf(anOffer().minDiscountPercent(dec("0")).sellerDiscountPercent(dec("101"))
                .platformFundingPercent(dec("-5")))).containsExactly(
                "sellerDiscountPercent: must be between 0 and 100 (was 101)",
                "minDiscountPercent: must be above 0 (was 0)",
                "platformFundingPercent: must be between 0 and 100 (was -5)");
    }

    @Test
    void refusesAFloorInFractionsOfACent() {
        assertThat(problemsOf(anOffer().marginFloor(dec("9.999"))))
                .containsExactly("marginFloor: must be 0 or more in whole cents (was 9.999)");
    }

    @Test
    void refusesAWindowThatDoesNotEndAfterItStarts() {
        assertThat(problemsOf(anOffer().window(ENDS_AT, ENDS_AT)))
                .containsExactly("endsAt: must be after startsAt (2027-03-20T08:00:00Z is not after 2027-03-20T08:00:00Z)");
    }

    @Test
    void offersWithTheSameValuesAreEqual() {
        assertThat(anOffer().marginFloor(dec("10")).build()).isEqualTo(anOffer().marginFloor(dec("10.00")).build());
    }
}
