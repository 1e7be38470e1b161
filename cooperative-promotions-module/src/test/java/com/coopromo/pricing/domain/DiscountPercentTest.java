package com.coopromo.pricing.domain;

import com.coopromo.participation.domain.MarginFloorPolicy;
import org.junit.jupiter.api.Test;

import static com.coopromo.pricing.domain.PricingFixture.aLine;
import static com.coopromo.pricing.domain.PricingFixture.anOffer;
import static com.coopromo.pricing.domain.PricingFixture.dec;
import static com.coopromo.pricing.domain.PricingFixture.price;
import static org.assertj.core.api.Assertions.assertThat;

/** The seller's percent, clamped into the campaign's [min, cap], becomes an amount per unit rounded like enrollment. */
class DiscountPercentTest {

    @Test
    void theSellersPercentWithinTheRangeAppliesInFull() {
        LinePricing result = price(aLine());

        assertThat(result.reason()).isEqualTo(Outcome.APPLIED);
        assertThat(result.campaignPercent()).isEqualTo(dec("25"));
        assertThat(result.campaignDiscountPerUnit()).isEqualTo(dec("5.00"));
        assertThat(result.campaignDiscountForLine()).isEqualTo(dec("10.00"));
        assertThat(result.finalUnitPrice()).isEqualTo(dec("15.00"));
        assertThat(result.finalLineTotal()).isEqualTo(dec("30.00"));
        assertThat(result.funding().platformPart()).isEqualTo(dec("4.00"));
        assertThat(result.funding().sellerPart()).isEqualTo(dec("6.00"));
        assertThat(result.explanation()).isEqualTo("Applied: 'Back to school' takes 5.00 off each unit (the seller's 25%). "
                + "Line discount 10.00, funded 4.00 by the platform (40%) and 6.00 by the seller. Unit price 20.00 -> 15.00.");
    }

    @Test
    void aSellersPercentBelowTheMinimumIsRaisedToIt() {
        LinePricing result = price(aLine(anOffer().sellerDiscountPercent(dec("5"))));

        assertThat(result.reason()).isEqualTo(Outcome.APPLIED);
        assertThat(result.campaignPercent()).isEqualTo(dec("10"));
        assertThat(result.campaignDiscountPerUnit()).isEqualTo(dec("2.00"));
        assertThat(result.explanation()).contains("(the seller's 5% raised to the campaign minimum 10%)");
    }

    @Test
    void aSellersPercentAboveTheCapIsLoweredToIt() {
        LinePricing result = price(aLine(anOffer().sellerDiscountPercent(dec("45"))));

        assertThat(result.campaignPercent()).isEqualTo(dec("30"));
        assertThat(result.campaignDiscountPerUnit()).isEqualTo(dec("6.00"));
        assertThat(result.explanation()).contains("(the seller's 45% lowered to the campaign cap 30%)");
    }

    @Test
    void aSellersPercentExactlyAtTheCapAppliesUnchanged() {
        LinePricing result = price(aLine(anOffer().sellerDiscountPercent(dec("30"))));

        assertThat(result.reason()).isEqualTo(Outcome.APPLIED);
        assertThat(result.campaignDiscountPerUnit()).isEqualTo(dec("6.00"));
        assertThat(result.explanation()).contains("(the seller's 30%)");
    }

    @Test
    void aSellersPercentExactlyAtTheMinimumAppliesUnchanged() {
        LinePricing result = price(aLine(anOffer().sellerDiscountPercent(dec("10"))));

        assertThat(result.campaignDiscountPerUnit()).isEqualTo(dec("2.00"));
        assertThat(result.explanation()).contains("(the seller's 10%)");
    }

    @Test
    void theAmountIsThePriceMinusTheDiscountedPriceAsEnrollmentRoundsIt() {
        // 9.99 x 0.85 = 8.4915 -> 8.49, so 1.50 off
        LinePricing result = price(aLine(anOffer().sellerDiscountPercent(dec("15")).marginFloor(dec("0")))
                .unitPrice(dec("9.99")));

        assertThat(result.campaignDiscountPerUnit())
                .isEqualTo(dec("9.99").subtract(MarginFloorPolicy.discountedPrice(dec("9.99"), dec("15"))))
                .isEqualTo(dec("1.50"));
    }

    @Test
    void aHalfCentDiscountedPriceRoundsUpSoTheDiscountRoundsDown() {
        // 0.05 x 0.50 = 0.025 -> 0.03, so 0.02 off
        LinePricing result = price(aLine(anOffer().sellerDiscountPercent(dec("50")).capDiscountPercent(dec("50"))
                .marginFloor(dec("0"))).unitPrice(dec("0.05")));

        assertThat(result.campaignDiscountPerUnit()).isEqualTo(dec("0.02"));
        assertThat(result.finalUnitPrice()).isEqualTo(dec("0.03"));
    }

    @Test
    void aDiscountOfLessThanHalfACentIsNoDiscount() {
        // 0.04 x 0.90 = 0.036 -> 0.04
        LinePricing result = price(aLine(anOffer().sellerDiscountPercent(dec("10")).marginFloor(dec("0")))
                .unitPrice(dec("0.04")));

        assertThat(result.reason()).isEqualTo(Outcome.ROUNDS_TO_ZERO);
        assertThat(result.campaignDiscountForLine()).isEqualTo(dec("0.00"));
        assertThat(result.explanation()).isEqualTo("Discount rounds to zero: the seller's 10% of 0.04 is less than half a "
                + "cent, so 'Back to school' takes nothing off. Unit price stays 0.04.");
    }

    @Test
    void fractionalPercentsApply() {
        // 19.99 x 0.875 = 17.49125 -> 17.49, so 2.50 off
        LinePricing result = price(aLine(anOffer().sellerDiscountPercent(dec("12.5"))).unitPrice(dec("19.99")));

        assertThat(result.campaignDiscountPerUnit()).isEqualTo(dec("2.50"));
        assertThat(result.explanation()).contains("the seller's 12.5%");
    }
}
