package com.coopromo.participation.domain;

import com.coopromo.common.domain.PolicyResult;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** The eligibility rules in force, assembled in one place; an enrollment shows every failed rule at once. */
public final class EligibilityPolicies {
    private final List<EnrollmentPolicy> policies;

    public EligibilityPolicies(List<EnrollmentPolicy> policies) {
        this.policies = Collections.unmodifiableList(new ArrayList<EnrollmentPolicy>(policies));
    }

    public static EligibilityPolicies standard() {
        return new EligibilityPolicies(Arrays.<EnrollmentPolicy>asList(
                new EnrollmentDeadlinePolicy(),
                new SellerStandingPolicy(),
                new DiscountRangePolicy(),
                new CoordinatedDiscountPolicy(),
                new MarginFloorPolicy(),
                new StockPolicy(),
                new RequiredAssetsPolicy(),
                new SellerShareLimitPolicy(),
                new NoOverlappingCampaignPolicy()));
    }

    /** Every rejection; empty means the listing may enroll. */
    public List<PolicyResult> rejections(EnrollmentCandidate candidate) {
        List<PolicyResult> rejected = new ArrayList<PolicyResult>();
        for (EnrollmentPolicy policy : policies) {
            PolicyResult result = policy.check(candidate);
            if (!result.isAllowed()) {
                rejected.add(result);
            }
        }
        return rejected;
    }
}
