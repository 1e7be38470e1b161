package com.coopromo.participation.domain;

import com.coopromo.common.domain.PolicyResult;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The discounted unit price (rounded half-up to cents) stays at or above the listing's margin floor. */
public final class MarginFloorPolicy implements EnrollmentPolicy {
    public static final String RULE = "margin floor";
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    /** Unit price after a percentage discount, in cents, rounded half-up. */
    public static BigDecimal discountedPrice(BigDecimal unitPrice, BigDecimal discountPercent) {
        return unitPrice.multiply(HUNDRED.subtract(discountPercent)).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }

    @Override
    public PolicyResult check(EnrollmentCandidate c) {
        BigDecimal discounted = discountedPrice(c.unitPrice, c.discountPercent);
        if (discounted.compareTo(c.marginFloor) < 0) {
            return PolicyResult.rejected(RULE, "a " + c.discountPercent.toPlainString() + "% discount takes the price from "
                    + c.unitPrice.setScale(2, RoundingMode.HALF_UP).toPlainString() + " to " + discounted.toPlainString()
                    + ", below the margin floor " + c.marginFloor.setScale(2, RoundingMode.HALF_UP).toPlainString());
        }
        return PolicyResult.allowed();
    }
}
