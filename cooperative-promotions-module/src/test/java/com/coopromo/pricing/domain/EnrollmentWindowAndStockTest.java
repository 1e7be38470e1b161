package com.coopromo.pricing.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static com.coopromo.pricing.domain.PricingFixture.ENDS_AT;
import static com.coopromo.pricing.domain.PricingFixture.STARTS_AT;
import static com.coopromo.pricing.domain.PricingFixture.aLine;
import static com.coopromo.pricing.domain.PricingFixture.aLineWithoutOffer;
import static com.coopromo.pricing.domain.PricingFixture.anOffer;
import static com.coopromo.pricing.domain.PricingFixture.dec;
import static com.coopromo.pricing.domain.PricingFixture.price;
import static org.assertj.core.api.Assertions.assertThat;

/** The gates before any amount is computed: enrollment, the campaign window, stock, an exhausted budget. */
class EnrollmentWindowAndStockTest {
    private static final Duration NANO = Duration.ofNanos(1);

    @Test
    void aSkuInNoCampaignKeepsTheHostsDiscountAndGetsNoCampaignDiscount() {
        LinePricing result = price(aLineWithoutOffer().nativeDiscountPerUnit(dec("1.50")));

        assertThat(result.reason()).isEqualTo(Outcome.NOT_ENROLLED);
        assertThat(result.campaignDiscountForLine()).isEqualTo(dec("0.00"));
        assertThat(result.nativeDiscountPerUnit()).isEqualTo(dec("1.50"));
        assertThat(result.finalUnitPrice()).isEqualTo(dec("18.50"));
        assertThat(result.funding()).isEqualTo(FundingSplit.none());
        assertThat(result.campaignPercent()).isNull();
        assertThat(result.explanation()).isEqualTo("Not enrolled: Sku 42 is not enrolled in any cooperative campaign. "
                + "The host's offers take 1.50 off each unit: 20.00 -> 18.50.");
    }

    @Test
    void theCampaignIsLiveFromItsVeryFirstInstant() {
        assertThat(price(aLine().pricedAt(STARTS_AT)).reason()).isEqualTo(Outcome.APPLIED);
    }

    @Test
    void theCampaignIsNotLiveJustBeforeItsStart() {
        LinePricing result = price(aLine().pricedAt(STARTS_AT.minus(NANO)));

        assertThat(result.reason()).isEqualTo(Outcome.NOT_LIVE);
        assertThat(result.campaignDiscountForLine()).isEqualTo(dec("0.00"));
        assertThat(result.explanation()).isEqualTo("Campaign not live: 'Back to school' runs from 2027-03-10T08:00:00Z "
                + "(included) until 2027-03-20T08:00:00Z (excluded); priced at 2027-03-10T07:59:59.999999999Z, before it starts. "
                + "Unit price stays 20.00.");
    }

    @Test
    void theCampaignIsLiveUntilJustBeforeItsEnd() {
        assertThat(price(aLine().pricedAt(ENDS_AT.minus(NANO))).reason()).isEqualTo(Outcome.APPLIED);
    }

    @Test
    void theCampaignIsNoLongerLiveAtItsEnd() {
        LinePricing result = price(aLine().pricedAt(ENDS_AT));

        assertThat(result.reason()).isEqualTo(Outcome.NOT_LIVE);
        assertThat(result.explanation()).contains("after it ended");
    }

    @Test
    void stockExactlyCoveringTheLineAllowsTheDiscount() {
        assertThat(price(aLine().quantity(3).stockAvailable(3)).reason()).isEqualTo(Outcome.APPLIED);
    }

    @Test
    void aQuantityAboveTheStockGetsNoDiscountAndSaysSo() {
        LinePricing result = price(aLine().quantity(4).stockAvailable(3).nativeDiscountPerUnit(dec("1.00")));

        assertThat(result.reason()).isEqualTo(Outcome.OUT_OF_STOCK);
        assertThat(result.campaignDiscountForLine()).isEqualTo(dec("0.00"));
        assertThat(result.nativeDiscountPerUnit()).isEqualTo(dec("1.00"));
        assertThat(result.explanation()).isEqualTo("Not enough stock: the line asks for 4 unit(s) but the host has 3 in stock; "
                + "'Back to school' discounts a line only when stock covers all of it. "
                + "The host's offers take 1.00 off each unit: 20.00 -> 19.00.");
    }

    @Test
    void noStockAtAllGetsNoDiscount() {
        assertThat(price(aLine().quantity(1).stockAvailable(0)).reason()).isEqualTo(Outcome.OUT_OF_STOCK);
    }

    @Test
    void untrackedStockNeverBlocksTheDiscount() {
        assertThat(price(aLine().quantity(500).stockAvailable(null)).reason()).isEqualTo(Outcome.APPLIED);
    }

    @Test
    void anExhaustedBudgetGivesNoDiscountWhenThePlatformFundsAShare() {
        LinePricing result = price(aLine().remainingPlatformBudget(dec("0")).nativeDiscountPerUnit(dec("2.00")));

        assertThat(result.reason()).isEqualTo(Outcome.BUDGET_EXHAUSTED);
        assertThat(result.campaignDiscountForLine()).isEqualTo(dec("0.00"));
        assertThat(result.nativeDiscountPerUnit()).isEqualTo(dec("2.00"));
        assertThat(result.explanation()).startsWith("Campaign budget used up: 'Back to school' has no platform budget left "
                + "(0.00) and the platform funds 40% of every campaign discount.");
    }

    @Test
    void anExhaustedBudgetLimitsNothingWhenThePlatformFundsNothing() {
        LinePricing result = price(aLine(anOffer().platformFundingPercent(dec("0"))).remainingPlatformBudget(dec("0.00")));

        assertThat(result.reason()).isEqualTo(Outcome.APPLIED);
        assertThat(result.funding().sellerPart()).isEqualTo(dec("10.00"));
        assertThat(result.funding().platformPart()).isEqualTo(dec("0.00"));
    }

    @Test
    void theWindowIsJudgedBeforeTheStock() {
        assertThat(price(aLine().pricedAt(ENDS_AT).stockAvailable(0)).reason()).isEqualTo(Outcome.NOT_LIVE);
    }

    @Test
    void stockIsJudgedBeforeTheBudget() {
        assertThat(price(aLine().stockAvailable(0).remainingPlatformBudget(dec("0"))).reason())
                .isEqualTo(Outcome.OUT_OF_STOCK);
    }
}
