package com.coopromo.pricing.domain;

import org.junit.jupiter.api.Test;

import static com.coopromo.pricing.domain.PricingFixture.aLine;
import static com.coopromo.pricing.domain.PricingFixture.anOffer;
import static com.coopromo.pricing.domain.PricingFixture.dec;
import static com.coopromo.pricing.domain.PricingFixture.price;
import static org.assertj.core.api.Assertions.assertThat;

/** BEST_OF (the fixture's policy): the shopper gets the larger discount for the line; a tie goes to the campaign. */
class BestOfStackingTest {

    private static LinePricing withHostDiscount(String nativePerUnit) {
        return price(aLine().nativeDiscountPerUnit(dec(nativePerUnit)));
    }

    @Test
    void aSmallerHostDiscountIsDropped() {
        LinePricing result = withHostDiscount("3.00");

        assertThat(result.reason()).isEqualTo(Outcome.APPLIED);
        assertThat(result.campaignDiscountPerUnit()).isEqualTo(dec("5.00"));
        assertThat(result.nativeDiscountPerUnit()).isEqualTo(dec("0.00"));
        assertThat(result.explanation()).contains("; best-of stacking: it beats the host's 3.00 off per unit (6.00 for the line).");
    }

    @Test
    void aLargerHostDiscountWinsAndTheCampaignDiscountIsDropped() {
        LinePricing result = withHostDiscount("6.00");

        assertThat(result.reason()).isEqualTo(Outcome.NATIVE_BETTER);
        assertThat(result.campaignDiscountForLine()).isEqualTo(dec("0.00"));
        assertThat(result.nativeDiscountPerUnit()).isEqualTo(dec("6.00"));
        assertThat(result.finalUnitPrice()).isEqualTo(dec("14.00"));
        assertThat(result.funding()).isEqualTo(FundingSplit.none());
        assertThat(result.explanation()).isEqualTo("Host offer is better: best-of stacking gives the shopper the larger "
                + "discount: the host's 6.00 off per unit (12.00 for the line) beats 'Back to school' at 5.00 per unit "
                + "(10.00 for the line). The host's offers take 6.00 off each unit: 20.00 -> 14.00.");
    }

    @Test
    void anEqualHostDiscountLosesTheTieToTheCampaign() {
        LinePricing result = withHostDiscount("5.00");

        assertThat(result.reason()).isEqualTo(Outcome.APPLIED);
        assertThat(result.campaignDiscountPerUnit()).isEqualTo(dec("5.00"));
        assertThat(result.nativeDiscountPerUnit()).isEqualTo(dec("0.00"));
        assertThat(result.explanation()).contains("it equals the host's 5.00 off per unit (10.00 for the line) and a tie "
                + "goes to the campaign");
    }

    @Test
    void theComparisonUsesTheCampaignDiscountAfterTheFloor() {
        // 25% would be 5.00, the floor 17.00 allows 3.00, the host gives 4.00
        LinePricing result = price(aLine(anOffer().marginFloor(dec("17.00"))).nativeDiscountPerUnit(dec("4.00")));

        assertThat(result.reason()).isEqualTo(Outcome.NATIVE_BETTER);
        assertThat(result.nativeDiscountPerUnit()).isEqualTo(dec("4.00"));
    }

    @Test
    void theComparisonUsesTheCampaignDiscountAfterTheBudget() {
        // 10.00 for the line would need 4.00 from the platform; 2.00 allows 5.01 (2.004 -> 2.00); the host gives 6.00
        LinePricing result = price(aLine().nativeDiscountPerUnit(dec("3.00")).remainingPlatformBudget(dec("2.00")));

        assertThat(result.reason()).isEqualTo(Outcome.NATIVE_BETTER);
        assertThat(result.nativeDiscountPerUnit()).isEqualTo(dec("3.00"));
        assertThat(result.explanation()).contains("beats 'Back to school' at 2.51 per unit (5.01 for the line; the line "
                + "discount is reduced from 10.00");
    }
}
