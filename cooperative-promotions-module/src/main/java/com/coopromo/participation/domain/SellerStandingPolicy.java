package com.coopromo.participation.domain;

import com.coopromo.common.domain.PolicyResult;

import com.coopromo.seller.domain.SellerStanding;

/** Only sellers in good standing enroll listings. */
public final class SellerStandingPolicy implements EnrollmentPolicy {
    public static final String RULE = "seller standing";

    @Override
    public PolicyResult check(EnrollmentCandidate c) {
        if (c.sellerStanding != SellerStanding.GOOD) {
            return PolicyResult.rejected(RULE, c.sellerName + " is " + c.sellerStanding + "; only sellers in GOOD standing can enroll");
        }
        return PolicyResult.allowed();
    }
}
