package com.coopromo.participation.domain;

import com.coopromo.common.domain.PolicyResult;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * No seller holds more than the campaign's maximum share of its enrolled listings, so large sellers cannot crowd
 * out small ones. While a campaign is young every seller may enroll up to {@link #STARTING_ALLOWANCE} listings;
 * beyond that a seller's listings may not exceed the share of the campaign's total (this one included).
 */
public final class SellerShareLimitPolicy implements EnrollmentPolicy {
    public static final String RULE = "seller share limit";
    public static final int STARTING_ALLOWANCE = 10;
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    /** How many listings one seller may hold when the campaign has {@code totalAfter} listings in all. */
    public static int allowance(BigDecimal maxSharePercent, int totalAfter) {
        int byShare = maxSharePercent.multiply(BigDecimal.valueOf(totalAfter)).divide(HUNDRED, 0, RoundingMode.FLOOR).intValue();
        return Math.max(STARTING_ALLOWANCE, byShare);
    }

    @Override
    public PolicyResult check(EnrollmentCandidate c) {
        int sellerAfter = c.sellerEnrolledListings + 1;
        int totalAfter = c.campaignEnrolledListings + 1;
        int allowed = allowance(c.campaign.maxSellerSharePercent(), totalAfter);
        if (sellerAfter > allowed) {
            return PolicyResult.rejected(RULE, c.sellerName + " would hold " + sellerAfter + " of " + totalAfter
                    + " listings; the limit is " + c.campaign.maxSellerSharePercent().toPlainString()
                    + "% (" + allowed + " listings now)");
        }
        return PolicyResult.allowed();
    }
}
