package com.coopromo.participation.domain;

import com.coopromo.common.domain.PolicyResult;

/** One eligibility rule for enrolling a listing in a campaign. Add a rule by adding a class to {@link EligibilityPolicies}. */
public interface EnrollmentPolicy {
    PolicyResult check(EnrollmentCandidate candidate);
}
