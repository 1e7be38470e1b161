package com.coopromo.participation.domain;

import com.coopromo.common.domain.PolicyResult;

/** The seller's discount lies within the campaign's [minimum viable, cap], both ends included. */
public final class DiscountRangePolicy implements EnrollmentPolicy {
    public static final String RULE = "discount range";

    @Override
    public PolicyResult check(EnrollmentCandidate c) {
        if (c.discountPercent.compareTo(c.campaign.minDiscountPercent()) < 0
                || c.discountPercent.compareTo(c.campaign.maxDiscountPercent()) > 0) {
            return PolicyResult.rejected(RULE, "discount " + c.discountPercent.toPlainString() + "% is outside the campaign's range "
                    + c.campaign.minDiscountPercent().toPlainString() + "%-" + c.campaign.maxDiscountPercent().toPlainString() + "%");
        }
        return PolicyResult.allowed();
    }
}
