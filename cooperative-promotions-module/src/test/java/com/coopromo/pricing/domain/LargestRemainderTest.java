package com.coopromo.pricing.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Collections;

import static com.coopromo.pricing.domain.PricingFixture.dec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LargestRemainderTest {

    @Test
    void anEvenSplitNeedsNoExtraCents() {
        assertThat(LargestRemainder.split(dec("10.00"), dec("1"), dec("1"))).containsExactly(dec("5.00"), dec("5.00"));
    }

    @Test
    void theLeftoverCentGoesToTheLargestRemainder() {
        // 1.00 x 1/3 = 0.333.., 1.00 x 2/3 = 0.666..: the second remainder is larger
        assertThat(LargestRemainder.split(dec("1.00"), dec("1"), dec("2"))).containsExactly(dec("0.33"), dec("0.67"));
    }

    @Test
    void equalRemaindersGiveTheCentToTheEarlierPart() {
        assertThat(LargestRemainder.split(dec("10.00"), dec("1"), dec("1"), dec("1")))
                .containsExactly(dec("3.34"), dec("3.33"), dec("3.33"));
        assertThat(LargestRemainder.split(dec("0.01"), dec("1"), dec("1"))).containsExactly(dec("0.01"), dec("0.00"));
    }

    @Test
    void aZeroWeightGetsNothing() {
        assertThat(LargestRemainder.split(dec("10.00"), dec("0"), dec("3"), dec("1")))
                .containsExactly(dec("0.00"), dec("7.50"), dec("2.50"));
    }

    @Test
    void decimalWeightsSplitExactly() {
        assertThat(LargestRemainder.split(dec("100.00"), dec("33.33"), dec("66.67")))
                .containsExactly(dec("33.33"), dec("66.67"));
    }

    @Test
    void aTotalWithoutCentsComesBackInCents() {
        assertThat(LargestRemainder.split(dec("10"), dec("1"), dec("3"))).containsExactly(dec("2.50"), dec("7.50"));
    }

    @Test
    void aNegativeTotalSplitsIntoNegativeParts() {
        assertThat(LargestRemainder.split(dec("-10.00"), dec("1"), dec("1"), dec("1")))
                .containsExactly(dec("-3.34"), dec("-3.33"), dec("-3.33"));
    }

    @Test
    void aZeroTotalSplitsIntoZerosEvenWithZeroWeights() {
        assertThat(LargestRemainder.split(dec("0"), dec("0"), dec("0"))).containsExactly(dec("0.00"), dec("0.00"));
    }

    @Test
    void aSingleWeightTakesEverything() {
        assertThat(LargestRemainder.split(dec("12.34"), dec("0.5"))).containsExactly(dec("12.34"));
    }

    @Test
    void fractionsOfACentAreAProgrammingError() {
        assertThatThrownBy(() -> LargestRemainder.split(dec("1.005"), dec("1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("total must be whole cents (was 1.005)");
    }

    @Test
    void negativeWeightsAreAProgrammingError() {
        assertThatThrownBy(() -> LargestRemainder.split(dec("1.00"), dec("1"), dec("-1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weight 1 must be 0 or more");
    }

    @Test
    void noWeightsAreAProgrammingError() {
        assertThatThrownBy(() -> LargestRemainder.split(dec("1.00"), Collections.<BigDecimal>emptyList()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyZeroWeightsCannotSplitAnAmount() {
        assertThatThrownBy(() -> LargestRemainder.split(dec("1.00"), dec("0"), dec("0")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("all zero");
    }
}
