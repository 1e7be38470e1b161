package com.coopromo.pricing.domain;

import org.junit.jupiter.api.Test;

import static com.coopromo.pricing.domain.PricingFixture.dec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FundingSplitTest {

    @Test
    void thePlatformPaysItsPercentAndTheSellerTheRest() {
        FundingSplit split = FundingSplit.of(dec("10.00"), dec("40"));

        assertThat(split.platformPart()).isEqualTo(dec("4.00"));
        assertThat(split.sellerPart()).isEqualTo(dec("6.00"));
        assertThat(split.total()).isEqualTo(dec("10.00"));
    }

    @Test
    void thePartsAddUpExactlyWhenThePercentLeavesFractionsOfACent() {
        // 33.33% of 10.00 = 3.333
        FundingSplit split = FundingSplit.of(dec("10.00"), dec("33.33"));

        assertThat(split.platformPart()).isEqualTo(dec("3.33"));
        assertThat(split.sellerPart()).isEqualTo(dec("6.67"));
    }

    @Test
    void thePlatformPartIsRoundedHalfUp() {
        // 40% of 0.03 = 0.012 -> 0.01; 40% of 0.04 = 0.016 -> 0.02
        assertThat(FundingSplit.of(dec("0.03"), dec("40")).platformPart()).isEqualTo(dec("0.01"));
        assertThat(FundingSplit.of(dec("0.04"), dec("40")).platformPart()).isEqualTo(dec("0.02"));
    }

    @Test
    void aHalfCentTieGoesToThePlatform() {
        FundingSplit split = FundingSplit.of(dec("0.01"), dec("50"));

        assertThat(split.platformPart()).isEqualTo(dec("0.01"));
        assertThat(split.sellerPart()).isEqualTo(dec("0.00"));
    }

    @Test
    void aZeroPercentLeavesEverythingToTheSeller() {
        assertThat(FundingSplit.of(dec("7.77"), dec("0")).sellerPart()).isEqualTo(dec("7.77"));
    }

    @Test
    void aHundredPercentLeavesEverythingToThePlatform() {
        assertThat(FundingSplit.of(dec("7.77"), dec("100")).platformPart()).isEqualTo(dec("7.77"));
    }

    @Test
    void noDiscountIsFundedByNobody() {
        assertThat(FundingSplit.of(dec("0"), dec("40"))).isEqualTo(FundingSplit.none());
        assertThat(FundingSplit.none().platformPart()).isEqualTo(dec("0.00"));
    }

    @Test
    void splitsOfEqualAmountsAreEqual() {
        assertThat(FundingSplit.of(dec("5"), dec("40"))).isEqualTo(FundingSplit.of(dec("5.00"), dec("40.00")));
    }

    @Test
    void aPercentOutsideZeroToHundredIsAProgrammingError() {
        assertThatThrownBy(() -> FundingSplit.of(dec("1.00"), dec("100.01"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FundingSplit.of(dec("1.00"), dec("-1"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNegativeDiscountIsAProgrammingError() {
        assertThatThrownBy(() -> FundingSplit.of(dec("-1.00"), dec("40"))).isInstanceOf(IllegalArgumentException.class);
    }
}
