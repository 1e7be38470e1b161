package com.coopromo.participation.domain;

import com.coopromo.common.domain.PolicyResult;

import org.junit.jupiter.api.Test;

import static com.coopromo.participation.domain.EnrollmentCandidateFixture.anEligibleCandidate;
import static com.coopromo.participation.domain.EnrollmentCandidateFixture.dec;
import static org.assertj.core.api.Assertions.assertThat;

class MarginFloorPolicyTest {
    private final MarginFloorPolicy policy = new MarginFloorPolicy();

    private PolicyResult check(String price, String floor, String discount) {
        return policy.check(anEligibleCandidate().listing(dec(price), dec(floor), 10).discountPercent(dec(discount)).build());
    }

    @Test
    void theDiscountedPriceIsInCents() {
        assertThat(MarginFloorPolicy.discountedPrice(dec("20"), dec("25"))).isEqualTo(dec("15.00"));
    }

    @Test
    void theDiscountedPriceRoundsDownBelowHalfACent() {
        // 9.99 x 0.85 = 8.4915
        assertThat(MarginFloorPolicy.discountedPrice(dec("9.99"), dec("15"))).isEqualTo(dec("8.49"));
    }

    @Test
    void theDiscountedPriceRoundsHalfACentUp() {
        // 0.05 x 0.50 = 0.025
        assertThat(MarginFloorPolicy.discountedPrice(dec("0.05"), dec("50"))).isEqualTo(dec("0.03"));
        // 19.99 x 0.875 = 17.49125
        assertThat(MarginFloorPolicy.discountedPrice(dec("19.99"), dec("12.5"))).isEqualTo(dec("17.49"));
    }

    @Test
    void aDiscountedPriceExactlyAtTheFloorIsAllowed() {
        assertThat(check("20.00", "15.00", "25").isAllowed()).isTrue();
    }

    @Test
    void aDiscountedPriceAboveTheFloorIsAllowed() {
        assertThat(check("20.00", "10.00", "25").isAllowed()).isTrue();
    }

    @Test
    void aDiscountedPriceOneCentBelowTheFloorIsRefusedShowingPriceDiscountedPriceAndFloor() {
        PolicyResult result = check("20.00", "15.01", "25");

        assertThat(result.isAllowed()).isFalse();
        assertThat(result.rule()).isEqualTo("margin floor");
        assertThat(result.reason()).isEqualTo("a 25% discount takes the price from 20.00 to 15.00, below the margin floor 15.01");
    }

    @Test
    void theFloorIsComparedWithTheRoundedPrice() {
        // 0.025 rounds to 0.03, which is the floor
        assertThat(check("0.05", "0.03", "50").isAllowed()).isTrue();
        // 8.4915 rounds to 8.49, which is the floor
        assertThat(check("9.99", "8.49", "15").isAllowed()).isTrue();
        // ...and is a cent short of 8.50
        assertThat(check("9.99", "8.50", "15").reason())
                .isEqualTo("a 15% discount takes the price from 9.99 to 8.49, below the margin floor 8.50");
    }

    @Test
    void pricesAndFloorsAreShownInCents() {
        assertThat(check("20", "16", "25").reason())
                .isEqualTo("a 25% discount takes the price from 20.00 to 15.00, below the margin floor 16.00");
    }
}
