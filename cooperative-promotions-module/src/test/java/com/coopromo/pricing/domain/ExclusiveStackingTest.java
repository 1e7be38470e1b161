package com.coopromo.pricing.domain;

import com.coopromo.campaign.domain.StackingPolicy;
import org.junit.jupiter.api.Test;

import static com.coopromo.pricing.domain.PricingFixture.aLine;
import static com.coopromo.pricing.domain.PricingFixture.anOffer;
import static com.coopromo.pricing.domain.PricingFixture.dec;
import static com.coopromo.pricing.domain.PricingFixture.price;
import static org.assertj.core.api.Assertions.assertThat;

/** EXCLUSIVE: a campaign discount that applies replaces the host's discount on the line, whatever their sizes. */
class ExclusiveStackingTest {

    private static LinePricing withHostDiscount(String nativePerUnit) {
        return price(aLine(anOffer().stackingPolicy(StackingPolicy.EXCLUSIVE)).nativeDiscountPerUnit(dec(nativePerUnit)));
    }

    @Test
    void aSmallerHostDiscountIsReplaced() {
        LinePricing result = withHostDiscount("2.00");

        assertThat(result.reason()).isEqualTo(Outcome.APPLIED);
        assertThat(result.campaignDiscountPerUnit()).isEqualTo(dec("5.00"));
        assertThat(result.nativeDiscountPerUnit()).isEqualTo(dec("0.00"));
        assertThat(result.finalUnitPrice()).isEqualTo(dec("15.00"));
        assertThat(result.explanation()).contains("; exclusive stacking: it replaces the host's 2.00 off per unit.");
    }

    @Test
    void aLargerHostDiscountIsReplacedToo() {
        LinePricing result = withHostDiscount("8.00");

        assertThat(result.reason()).isEqualTo(Outcome.APPLIED);
        assertThat(result.campaignDiscountPerUnit()).isEqualTo(dec("5.00"));
        assertThat(result.nativeDiscountPerUnit()).isEqualTo(dec("0.00"));
        assertThat(result.finalUnitPrice()).isEqualTo(dec("15.00"));
    }

    @Test
    void anEqualHostDiscountIsReplaced() {
        LinePricing result = withHostDiscount("5.00");

        assertThat(result.campaignDiscountPerUnit()).isEqualTo(dec("5.00"));
        assertThat(result.nativeDiscountPerUnit()).isEqualTo(dec("0.00"));
    }

    @Test
    void withoutAHostDiscountTheExplanationDoesNotMentionStacking() {
        assertThat(withHostDiscount("0").explanation()).doesNotContain("stacking");
    }

    @Test
    void whenNoCampaignDiscountAppliesTheHostDiscountStays() {
        LinePricing result = price(aLine(anOffer().stackingPolicy(StackingPolicy.EXCLUSIVE).marginFloor(dec("20.00")))
                .nativeDiscountPerUnit(dec("3.00")));

        assertThat(result.reason()).isEqualTo(Outcome.FLOOR_REACHED);
        assertThat(result.nativeDiscountPerUnit()).isEqualTo(dec("3.00"));
    }
}
