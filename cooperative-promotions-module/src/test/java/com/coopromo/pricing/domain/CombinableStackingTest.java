package com.coopromo.pricing.domain;

import com.coopromo.campaign.domain.StackingPolicy;
import org.junit.jupiter.api.Test;

import static com.coopromo.pricing.domain.PricingFixture.aLine;
import static com.coopromo.pricing.domain.PricingFixture.anOffer;
import static com.coopromo.pricing.domain.PricingFixture.dec;
import static com.coopromo.pricing.domain.PricingFixture.price;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * COMBINABLE: the host's discount stays and the campaign's comes on top; together they stay within the campaign cap
 * and above the margin floor, and only the campaign part is ever reduced.
 * Here: 100.00 a unit, the seller's 10% (10.00) within 5%-30% (cap 30.00 per unit), floor 50.00.
 */
class CombinableStackingTest {

    private static CampaignOffer.Builder combinable() {
        return anOffer().stackingPolicy(StackingPolicy.COMBINABLE).sellerDiscountPercent(dec("10"))
                .minDiscountPercent(dec("5")).marginFloor(dec("50.00"));
    }

    private static LinePricing price(CampaignOffer.Builder offer, String nativePerUnit) {
        return PricingFixture.price(aLine(offer).unitPrice(dec("100.00")).nativeDiscountPerUnit(dec(nativePerUnit)));
    }

    @Test
    void aSmallerHostDiscountAndTheCampaignDiscountBothApply() {
        LinePricing result = price(combinable(), "5.00");

        assertThat(result.reason()).isEqualTo(Outcome.APPLIED);
        assertThat(result.nativeDiscountPerUnit()).isEqualTo(dec("5.00"));
        assertThat(result.campaignDiscountPerUnit()).isEqualTo(dec("10.00"));
        assertThat(result.finalUnitPrice()).isEqualTo(dec("85.00"));
        assertThat(result.explanation()).contains("; combinable stacking: on top of the host's 5.00 off per unit.");
    }

    @Test
    void aLargerHostDiscountAndTheCampaignDiscountBothApply() {
        LinePricing result = price(combinable(), "15.00");

        assertThat(result.reason()).isEqualTo(Outcome.APPLIED);
        assertThat(result.nativeDiscountPerUnit()).isEqualTo(dec("15.00"));
        assertThat(result.campaignDiscountPerUnit()).isEqualTo(dec("10.00"));
        assertThat(result.finalUnitPrice()).isEqualTo(dec("75.00"));
    }

    @Test
    void anEqualHostDiscountAndTheCampaignDiscountBothApply() {
        LinePricing result = price(combinable(), "10.00");

        assertThat(result.nativeDiscountPerUnit()).isEqualTo(dec("10.00"));
        assertThat(result.campaignDiscountPerUnit()).isEqualTo(dec("10.00"));
    }

    @Test
    void aCombinedDiscountExactlyAtTheCapIsAllowed() {
        LinePricing result = price(combinable(), "20.00");

        assertThat(result.reason()).isEqualTo(Outcome.APPLIED);
        assertThat(result.campaignDiscountPerUnit()).isEqualTo(dec("10.00"));
        assertThat(result.finalUnitPrice()).isEqualTo(dec("70.00"));
    }

    @Test
    void aCombinedDiscountOverTheCapReducesTheCampaignPartOnly() {
        LinePricing result = price(combinable(), "25.00");

        assertThat(result.reason()).isEqualTo(Outcome.APPLIED_CAPPED_BY_COMBINED_CAP);
        assertThat(result.nativeDiscountPerUnit()).isEqualTo(dec("25.00"));
        assertThat(result.campaignDiscountPerUnit()).isEqualTo(dec("5.00"));
        assertThat(result.explanation()).contains("; reduced from 10.00 per unit so that with the host's 25.00 off it "
                + "stays within the campaign cap 30% (30.00 per unit)");
    }

    @Test
    void aHostDiscountExactlyAtTheCapLeavesNoRoom() {
        LinePricing result = price(combinable(), "30.00");

        assertThat(result.reason()).isEqualTo(Outcome.CAP_REACHED);
        assertThat(result.campaignDiscountForLine()).isEqualTo(dec("0.00"));
        assertThat(result.nativeDiscountPerUnit()).isEqualTo(dec("30.00"));
        assertThat(result.explanation()).isEqualTo("Host discount already at the campaign cap: combinable stacking keeps the "
                + "host's 30.00 off per unit, which already uses the campaign cap 30% (30.00 per unit), leaving no room for "
                + "the seller's 10% (10.00 per unit). The host's offers take 30.00 off each unit: 100.00 -> 70.00.");
    }

    @Test
    void aHostDiscountAboveTheCapIsKeptWhole() {
        LinePricing result = price(combinable(), "40.00");

        assertThat(result.reason()).isEqualTo(Outcome.CAP_REACHED);
        assertThat(result.nativeDiscountPerUnit()).isEqualTo(dec("40.00"));
        assertThat(result.finalUnitPrice()).isEqualTo(dec("60.00"));
    }

    @Test
    void aCombinedPriceExactlyAtTheFloorIsAllowed() {
        LinePricing result = price(combinable().marginFloor(dec("80.00")), "10.00");

        assertThat(result.reason()).isEqualTo(Outcome.APPLIED);
        assertThat(result.finalUnitPrice()).isEqualTo(dec("80.00"));
    }

    @Test
    void aCombinedPriceBelowTheFloorReducesTheCampaignPartOnly() {
        LinePricing result = price(combinable().marginFloor(dec("82.00")), "10.00");

        assertThat(result.reason()).isEqualTo(Outcome.APPLIED_CAPPED_BY_FLOOR);
        assertThat(result.nativeDiscountPerUnit()).isEqualTo(dec("10.00"));
        assertThat(result.campaignDiscountPerUnit()).isEqualTo(dec("8.00"));
        assertThat(result.finalUnitPrice()).isEqualTo(dec("82.00"));
        assertThat(result.explanation()).contains("reduced from 10.00 per unit, which would take the price to 80.00, "
                + "below the margin floor 82.00");
    }

    @Test
    void aHostDiscountReachingTheFloorLeavesNoRoom() {
        LinePricing result = price(combinable().marginFloor(dec("80.00")), "20.00");

        assertThat(result.reason()).isEqualTo(Outcome.FLOOR_REACHED);
        assertThat(result.nativeDiscountPerUnit()).isEqualTo(dec("20.00"));
        assertThat(result.explanation()).contains("the price after the host's 20.00 off (kept by combinable stacking), "
                + "80.00, is already at or below the margin floor 80.00");
    }

    @Test
    void whenTheCapAndTheFloorBindEquallyTheFloorIsNamed() {
        // cap room 30 - 25 = 5, floor room 100 - 25 - 70 = 5
        LinePricing result = price(combinable().marginFloor(dec("70.00")), "25.00");

        assertThat(result.reason()).isEqualTo(Outcome.APPLIED_CAPPED_BY_FLOOR);
        assertThat(result.campaignDiscountPerUnit()).isEqualTo(dec("5.00"));
    }
}
