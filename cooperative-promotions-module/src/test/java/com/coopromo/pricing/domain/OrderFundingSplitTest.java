package com.coopromo.pricing.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static com.coopromo.pricing.domain.PricingFixture.anOffer;
import static com.coopromo.pricing.domain.PricingFixture.aLine;
import static com.coopromo.pricing.domain.PricingFixture.dec;
import static com.coopromo.pricing.domain.PricingFixture.price;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderFundingSplitTest {

    private static OrderFundingSplit.Line line(long campaign, long seller, String discount, String percent, boolean capped) {
        return new OrderFundingSplit.Line(campaign, seller, dec(discount), dec(percent), capped);
    }

    private static BigDecimal platform(List<FundingSplit> splits) {
        BigDecimal sum = dec("0.00");
        for (FundingSplit split : splits) {
            sum = sum.add(split.platformPart());
        }
        return sum;
    }

    @Test
    void threeLinesOfThreeThirtyThreeAtHalfCostThePlatformItsShareOfTheOrderNotOfEachLine() {
        List<FundingSplit> splits = OrderFundingSplit.split(Arrays.asList(
                line(1, 11, "3.33", "50", false), line(1, 12, "3.33", "50", false), line(1, 13, "3.33", "50", false)));

        // exact: 50% of 9.99 = 4.995; line by line it was 3 x 1.67 = 5.01
        assertThat(platform(splits)).isEqualTo(dec("5.00"));
        assertThat(splits).extracting(FundingSplit::toString).containsExactly(
                "platform 1.67 + seller 1.66", "platform 1.67 + seller 1.66", "platform 1.66 + seller 1.67");
        for (FundingSplit split : splits) {
            assertThat(split.total()).isEqualTo(dec("3.33"));
        }
    }

    @Test
    void eachCampaignIsSplitOnItsOwn() {
        List<FundingSplit> splits = OrderFundingSplit.split(Arrays.asList(
                line(1, 11, "3.33", "50", false), line(2, 11, "10.00", "40", false), line(1, 11, "3.33", "50", false),
                line(1, 11, "3.33", "50", false)));

        assertThat(splits.get(1)).isEqualTo(FundingSplit.of(dec("10.00"), dec("40")));
        assertThat(platform(Arrays.asList(splits.get(0), splits.get(2), splits.get(3)))).isEqualTo(dec("5.00"));
    }

    @Test
    void aCampaignThatCapsPerSellerSplitsEachSellersLinesOnTheirOwn() {
        List<FundingSplit> splits = OrderFundingSplit.split(Arrays.asList(
                line(1, 11, "3.33", "50", true), line(1, 11, "3.33", "50", true), line(1, 12, "3.33", "50", true)));

        // seller 11: 50% of 6.66 = 3.33; seller 12: 50% of 3.33 = 1.665 -> 1.67 (what its cap counts)
        assertThat(platform(splits.subList(0, 2))).isEqualTo(dec("3.33"));
        assertThat(splits.get(2).platformPart()).isEqualTo(dec("1.67"));
    }

    @Test
    void noPartIsNegativeOrLargerThanItsLine() {
        List<FundingSplit> splits = OrderFundingSplit.split(Arrays.asList(
                line(1, 11, "0.01", "99", false), line(1, 11, "0.01", "99", false), line(1, 11, "0.00", "99", false),
                line(1, 11, "0.01", "99", false)));

        assertThat(platform(splits)).isEqualTo(dec("0.03"));
        assertThat(splits.get(2)).isEqualTo(FundingSplit.none());
        assertThat(splits.get(0).sellerPart()).isEqualTo(dec("0.00"));
    }

    @Test
    void linesOfOneCampaignMustAgreeOnItsTerms() {
        assertThatThrownBy(() -> OrderFundingSplit.split(Arrays.asList(
                line(1, 11, "1.00", "50", false), line(1, 12, "1.00", "40", false))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("campaign 1");
        assertThatThrownBy(() -> OrderFundingSplit.split(Arrays.asList(
                line(1, 11, "1.00", "50", false), line(1, 12, "1.00", "50", true))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLineAddedToAnOrderCostsWhatItAddsToTheOrdersShare() {
        assertThat(FundingSplit.added(dec("0"), dec("3.33"), dec("50"))).isEqualTo(FundingSplit.of(dec("3.33"), dec("50")));
        // 6.66 -> 3.33, 9.99 -> 5.00: the third line adds 1.67, the second 3.33 - 1.67 = 1.66
        assertThat(FundingSplit.added(dec("3.33"), dec("3.33"), dec("50")).platformPart()).isEqualTo(dec("1.66"));
        assertThat(FundingSplit.added(dec("6.66"), dec("3.33"), dec("50")).platformPart()).isEqualTo(dec("1.67"));
        assertThat(FundingSplit.added(dec("6.66"), dec("3.33"), dec("50")).sellerPart()).isEqualTo(dec("1.66"));
        assertThat(FundingSplit.added(dec("0.01"), dec("0.00"), dec("50"))).isEqualTo(FundingSplit.none());
    }

    @Test
    void thePricerOfThreeLinesOfThreeThirtyThreeSpendsTheOrdersShareOfTheBudget() {
        // 33.30 at 10% off -> 3.33 off; the platform funds 50%
        CampaignOffer.Builder offer = anOffer().sellerDiscountPercent(dec("10")).platformFundingPercent(dec("50"))
                .marginFloor(dec("1.00"));
        BigDecimal before = dec("0.00");
        BigDecimal spent = dec("0.00");
        List<BigDecimal> parts = new ArrayList<BigDecimal>();
        for (int i = 0; i < 3; i++) {
            LinePricing pricing = price(aLine(offer).quantity(1).unitPrice(dec("33.30")).orderDiscountBefore(before));
            assertThat(pricing.campaignDiscountForLine()).isEqualTo(dec("3.33"));
            before = before.add(pricing.campaignDiscountForLine());
            spent = spent.add(pricing.funding().platformPart());
            parts.add(pricing.funding().platformPart());
        }

        assertThat(spent).isEqualTo(dec("5.00"));
        assertThat(parts).containsExactly(dec("1.67"), dec("1.66"), dec("1.67"));
    }

    @Test
    void theBudgetLimitsWhatALineAddsToTheOrdersShare() {
        CampaignOffer.Builder offer = anOffer().sellerDiscountPercent(dec("10")).platformFundingPercent(dec("50"))
                .marginFloor(dec("1.00"));

        // after 3.33 (1.665 -> 1.67), a second 3.33 adds only 1.66: a budget of 1.66 still funds it in full
        LinePricing fits = price(aLine(offer).quantity(1).unitPrice(dec("33.30")).orderDiscountBefore(dec("3.33"))
                .remainingPlatformBudget(dec("1.66")));
        LinePricing reduced = price(aLine(offer).quantity(1).unitPrice(dec("33.30")).orderDiscountBefore(dec("3.33"))
                .remainingPlatformBudget(dec("1.65")));

        assertThat(fits.reason()).isEqualTo(Outcome.APPLIED);
        assertThat(fits.funding().platformPart()).isEqualTo(dec("1.66"));
        assertThat(reduced.reason()).isEqualTo(Outcome.APPLIED_CAPPED_BY_BUDGET);
        // 3.33 + 3.31 = 6.64 -> 3.32, which adds 1.65; 3.32 more would make 6.65 -> 3.325 -> 3.33, adding 1.66
        assertThat(reduced.campaignDiscountForLine()).isEqualTo(dec("3.31"));
        assertThat(reduced.funding().platformPart()).isEqualTo(dec("1.65"));
    }
}
