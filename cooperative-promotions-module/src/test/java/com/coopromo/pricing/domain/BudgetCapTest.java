package com.coopromo.pricing.domain;

import com.coopromo.campaign.domain.StackingPolicy;
import org.junit.jupiter.api.Test;

import static com.coopromo.pricing.domain.PricingFixture.aLine;
import static com.coopromo.pricing.domain.PricingFixture.anOffer;
import static com.coopromo.pricing.domain.PricingFixture.dec;
import static com.coopromo.pricing.domain.PricingFixture.price;
import static org.assertj.core.api.Assertions.assertThat;

/** The platform's part of a line's campaign discount never exceeds what is left of the campaign budget. */
class BudgetCapTest {

    @Test
    void aBudgetExactlyCoveringThePlatformPartAppliesTheDiscountInFull() {
        LinePricing result = price(aLine().remainingPlatformBudget(dec("4.00")));

        assertThat(result.reason()).isEqualTo(Outcome.APPLIED);
        assertThat(result.campaignDiscountForLine()).isEqualTo(dec("10.00"));
        assertThat(result.funding().platformPart()).isEqualTo(dec("4.00"));
    }

    @Test
    void aBudgetOneCentShortReducesTheLineDiscountToTheLargestThatFits() {
        // 3 x 5.00 = 15.00 needs 6.00; 14.98 needs 5.992 -> 5.99, 14.99 would need 5.996 -> 6.00
        LinePricing result = price(aLine().quantity(3).remainingPlatformBudget(dec("5.99")));

        assertThat(result.reason()).isEqualTo(Outcome.APPLIED_CAPPED_BY_BUDGET);
        assertThat(result.campaignDiscountForLine()).isEqualTo(dec("14.98"));
        assertThat(result.funding().platformPart()).isEqualTo(dec("5.99"));
        assertThat(result.funding().sellerPart()).isEqualTo(dec("8.99"));
        assertThat(result.finalLineTotal()).isEqualTo(dec("45.02"));
    }

    @Test
    void aReducedLineDiscountIsShownPerUnitRoundedAndSplitsExactlyOverTheUnits() {
        LinePricing result = price(aLine().quantity(3).remainingPlatformBudget(dec("5.99")));

        // 14.98 / 3 = 4.9933...: shown as 4.99; written as 4.99 + 4.99 + 5.00
        assertThat(result.campaignDiscountPerUnit()).isEqualTo(dec("4.99"));
        assertThat(result.finalUnitPrice()).isEqualTo(dec("15.01"));
        assertThat(result.campaignDiscountPerUnitRoundedDown()).isEqualTo(dec("4.99"));
        assertThat(result.unitsWithOneCentMore()).isEqualTo(1);
    }

    @Test
    void theExplanationNamesTheBudgetAndTheAmounts() {
        LinePricing result = price(aLine().quantity(3).remainingPlatformBudget(dec("5.99")));

        assertThat(result.explanation()).isEqualTo("Applied, reduced by the campaign budget: 'Back to school' takes 4.99 off "
                + "each unit (the seller's 25%); the line discount is reduced from 15.00, whose platform share would be 6.00, "
                + "to 14.98 because only 5.99 is left in the campaign budget. Line discount 14.98, funded 5.99 by the "
                + "platform (40%) and 8.99 by the seller. Unit price 20.00 -> 15.01.");
    }

    @Test
    void aOneCentBudgetStillFundsACentWhenThePlatformPaysEverything() {
        LinePricing result = price(aLine(anOffer().platformFundingPercent(dec("100"))).remainingPlatformBudget(dec("0.01")));

        assertThat(result.reason()).isEqualTo(Outcome.APPLIED_CAPPED_BY_BUDGET);
        assertThat(result.campaignDiscountForLine()).isEqualTo(dec("0.01"));
        assertThat(result.funding().platformPart()).isEqualTo(dec("0.01"));
        assertThat(result.campaignDiscountPerUnit()).isEqualTo(dec("0.01"));
        assertThat(result.unitsWithOneCentMore()).isEqualTo(1);
        assertThat(result.campaignDiscountPerUnitRoundedDown()).isEqualTo(dec("0.00"));
    }

    @Test
    void theBudgetCapTakesPrecedenceOverAFloorReduction() {
        LinePricing result = price(aLine(anOffer().marginFloor(dec("16.00"))).remainingPlatformBudget(dec("1.00")));

        assertThat(result.reason()).isEqualTo(Outcome.APPLIED_CAPPED_BY_BUDGET);
        assertThat(result.funding().platformPart()).isEqualTo(dec("1.00"));
        assertThat(result.finalUnitPrice()).isGreaterThan(dec("16.00"));
    }

    @Test
    void aSmallBudgetDoesNotLimitACampaignThePlatformDoesNotFund() {
        LinePricing result = price(aLine(anOffer().platformFundingPercent(dec("0"))).remainingPlatformBudget(dec("0.01")));

        assertThat(result.reason()).isEqualTo(Outcome.APPLIED);
        assertThat(result.campaignDiscountForLine()).isEqualTo(dec("10.00"));
        assertThat(result.funding().sellerPart()).isEqualTo(dec("10.00"));
    }

    @Test
    void underExclusiveStackingABudgetReducedCampaignDiscountStillReplacesTheHostDiscount() {
        LinePricing result = price(aLine(anOffer().stackingPolicy(StackingPolicy.EXCLUSIVE))
                .nativeDiscountPerUnit(dec("4.00")).remainingPlatformBudget(dec("0.40")));

        assertThat(result.reason()).isEqualTo(Outcome.APPLIED_CAPPED_BY_BUDGET);
        assertThat(result.campaignDiscountForLine()).isEqualTo(dec("1.01"));
        assertThat(result.nativeDiscountPerUnit()).isEqualTo(dec("0.00"));
    }
}
