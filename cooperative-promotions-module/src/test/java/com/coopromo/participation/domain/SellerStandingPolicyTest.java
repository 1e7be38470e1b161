package com.coopromo.participation.domain;

import com.coopromo.common.domain.PolicyResult;

import com.coopromo.seller.domain.SellerStanding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static com.coopromo.participation.domain.EnrollmentCandidateFixture.anEligibleCandidate;
import static org.assertj.core.api.Assertions.assertThat;

class SellerStandingPolicyTest {
    private final SellerStandingPolicy policy = new SellerStandingPolicy();

    private PolicyResult check(SellerStanding standing) {
        return policy.check(anEligibleCandidate().seller("Acme Pens", standing).build());
    }

    @Test
    void aSellerInGoodStandingMayEnroll() {
        assertThat(check(SellerStanding.GOOD).isAllowed()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = SellerStanding.class, names = "GOOD", mode = EnumSource.Mode.EXCLUDE)
    void aSellerInAnyOtherStandingIsRefusedNamingSellerAndStanding(SellerStanding standing) {
        PolicyResult result = check(standing);

        assertThat(result.rule()).isEqualTo("seller standing");
        assertThat(result.reason()).isEqualTo("Acme Pens is " + standing + "; only sellers in GOOD standing can enroll");
    }

    @Test
    void aSellerOnWatchIsRefused() {
        assertThat(check(SellerStanding.ON_WATCH).reason()).isEqualTo("Acme Pens is ON_WATCH; only sellers in GOOD standing can enroll");
    }

    @Test
    void aSuspendedSellerIsRefused() {
        assertThat(check(SellerStanding.SUSPENDED).reason()).isEqualTo("Acme Pens is SUSPENDED; only sellers in GOOD standing can enroll");
    }
}
