package com.coopromo.pricing.domain;

import com.coopromo.campaign.domain.StackingPolicy;
import org.junit.jupiter.api.Test;

import static com.coopromo.pricing.domain.PricingFixture.aLine;
import static com.coopromo.pricing.domain.PricingFixture.anOffer;
import static com.coopromo.pricing.domain.PricingFixture.dec;
import static com.coopromo.pricing.domain.PricingFixture.price;
import static org.assertj.core.api.Assertions.assertThat;

/** A campaign discount never takes the final unit price below the listing's margin floor; it is reduced instead. */
class MarginFloorPricingTest {

    @Test
    void aFinalPriceExactlyAtTheFloorIsAllowed() {
        LinePricing result = price(aLine(anOffer().marginFloor(dec("15.00"))));

        assertThat(result.reason()).isEqualTo(Outcome.APPLIED);
        assertThat(result.finalUnitPrice()).isEqualTo(dec("15.00"));
    }

    @Test
    void aFloorOneCentHigherReducesTheDiscountByOneCent() {
        LinePricing result = price(aLine(anOffer().marginFloor(dec("15.01"))));

        assertThat(result.reason()).isEqualTo(Outcome.APPLIED_CAPPED_BY_FLOOR);
        assertThat(result.campaignDiscountPerUnit()).isEqualTo(dec("4.99"));
        assertThat(result.campaignDiscountForLine()).isEqualTo(dec("9.98"));
        assertThat(result.finalUnitPrice()).isEqualTo(dec("15.01"));
        assertThat(result.explanation()).isEqualTo("Applied, reduced by the margin floor: 'Back to school' takes 4.99 off "
                + "each unit (the seller's 25%); reduced from 5.00 per unit, which would take the price to 15.00, below the "
                + "margin floor 15.01. Line discount 9.98, funded 3.99 by the platform (40%) and 5.99 by the seller. "
                + "Unit price 20.00 -> 15.01.");
    }

    @Test
    void aPriceAlreadyAtTheFloorGetsNoCampaignDiscount() {
        LinePricing result = price(aLine(anOffer().marginFloor(dec("20.00"))));

        assertThat(result.reason()).isEqualTo(Outcome.FLOOR_REACHED);
        assertThat(result.campaignDiscountForLine()).isEqualTo(dec("0.00"));
        assertThat(result.explanation()).isEqualTo("No room above the margin floor: the unit price 20.00 is already at or "
                + "below the margin floor 20.00, leaving no room for the seller's 25% (5.00 per unit). Unit price stays 20.00.");
    }

    @Test
    void aPriceBelowTheFloorGetsNoCampaignDiscountAndKeepsTheHostsDiscount() {
        LinePricing result = price(aLine(anOffer().marginFloor(dec("25.00"))).nativeDiscountPerUnit(dec("3.00")));

        assertThat(result.reason()).isEqualTo(Outcome.FLOOR_REACHED);
        assertThat(result.nativeDiscountPerUnit()).isEqualTo(dec("3.00"));
        assertThat(result.finalUnitPrice()).isEqualTo(dec("17.00"));
    }

    @Test
    void aZeroFloorAllowsTheWholeCappedDiscount() {
        LinePricing result = price(aLine(anOffer().marginFloor(dec("0")).sellerDiscountPercent(dec("100"))
                .capDiscountPercent(dec("100"))));

        assertThat(result.reason()).isEqualTo(Outcome.APPLIED);
        assertThat(result.finalUnitPrice()).isEqualTo(dec("0.00"));
    }

    @Test
    void underExclusiveStackingTheFloorIsMeasuredFromTheUndiscountedPrice() {
        // the host's 4.00 is dropped, so the campaign may go from 20.00 down to the floor 16.00
        LinePricing result = price(aLine(anOffer().stackingPolicy(StackingPolicy.EXCLUSIVE).marginFloor(dec("16.00")))
                .nativeDiscountPerUnit(dec("4.00")));

        assertThat(result.reason()).isEqualTo(Outcome.APPLIED_CAPPED_BY_FLOOR);
        assertThat(result.campaignDiscountPerUnit()).isEqualTo(dec("4.00"));
        assertThat(result.nativeDiscountPerUnit()).isEqualTo(dec("0.00"));
        assertThat(result.finalUnitPrice()).isEqualTo(dec("16.00"));
    }
}
