package com.coopromo.pricing.domain;

import com.coopromo.campaign.domain.StackingPolicy;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A campaign offer and a cart line to start pricing tests from; each test changes only what it is about.
 * <p>
 * Offer: campaign 7 "Back to school", seller 11, listing 21, the seller's 25% within 10%-30%, margin floor 10.00,
 * best-of stacking, the platform funds 40%, live [2027-03-10T08:00Z, 2027-03-20T08:00Z).
 * Line: Sku 42, 2 units at 20.00, no host discount, 10 in stock, priced 2027-03-15T12:00Z, 1000.00 platform budget left.
 * So by default the campaign takes 5.00 off each unit (10.00 for the line: platform 4.00, seller 6.00).
 */
final class PricingFixture {
    static final Instant STARTS_AT = Instant.parse("2027-03-10T08:00:00Z");
    static final Instant ENDS_AT = Instant.parse("2027-03-20T08:00:00Z");
    static final Instant DURING = Instant.parse("2027-03-15T12:00:00Z");

    private PricingFixture() {
    }

    static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    static CampaignOffer.Builder anOffer() {
        return CampaignOffer.builder()
                .campaignId(7L)
                .campaignName("Back to school")
                .marketingMessage("Everything for the new term")
                .sellerId(11L)
                .listingId(21L)
                .sellerDiscountPercent(dec("25"))
                .minDiscountPercent(dec("10"))
                .capDiscountPercent(dec("30"))
                .marginFloor(dec("10.00"))
                .stackingPolicy(StackingPolicy.BEST_OF)
                .platformFundingPercent(dec("40"))
                .window(STARTS_AT, ENDS_AT);
    }

    static LineInput.Builder aLine(CampaignOffer.Builder offer) {
        return aLineWithoutOffer().offer(offer.build()).remainingPlatformBudget(dec("1000.00"));
    }

    static LineInput.Builder aLine() {
        return aLine(anOffer());
    }

    static LineInput.Builder aLineWithoutOffer() {
        return LineInput.builder()
                .skuId(42L)
                .quantity(2)
                .unitPrice(dec("20.00"))
                .nativeDiscountPerUnit(dec("0"))
                .stockAvailable(10)
                .pricedAt(DURING);
    }

    static LinePricing price(LineInput.Builder line) {
        return new CampaignDiscountCalculator().price(line.build());
    }
}
