package com.coopromo.participation.domain;

import com.coopromo.common.domain.PolicyResult;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.coopromo.participation.domain.EnrollmentCandidateFixture.anEligibleCandidate;
import static com.coopromo.participation.domain.EnrollmentCandidateFixture.dec;
import static org.assertj.core.api.Assertions.assertThat;

/** The fixture campaign's range is 10%-30%. */
class DiscountRangePolicyTest {
    private final DiscountRangePolicy policy = new DiscountRangePolicy();

    private PolicyResult check(String discount) {
        return policy.check(anEligibleCandidate().discountPercent(dec(discount)).build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"10", "10.00", "20", "29.99", "30"})
    void aDiscountWithinTheRangeBothEndsIncludedIsAllowed(String discount) {
        assertThat(check(discount).isAllowed()).isTrue();
    }

    @Test
    void aDiscountOneHundredthBelowTheMinimumIsRefusedNamingValueAndRange() {
        PolicyResult result = check("9.99");

        assertThat(result.isAllowed()).isFalse();
        assertThat(result.rule()).isEqualTo("discount range");
        assertThat(result.reason()).isEqualTo("discount 9.99% is outside the campaign's range 10%-30%");
    }

    @Test
    void aDiscountOneHundredthAboveTheCapIsRefusedNamingValueAndRange() {
        PolicyResult result = check("30.01");

        assertThat(result.rule()).isEqualTo(DiscountRangePolicy.RULE);
        assertThat(result.reason()).isEqualTo("discount 30.01% is outside the campaign's range 10%-30%");
    }

    @Test
    void aRefusalDescribesItselfByRuleAndReason() {
        assertThat(check("50")).hasToString("discount range: discount 50% is outside the campaign's range 10%-30%");
        assertThat(check("15")).hasToString("allowed");
    }
}
