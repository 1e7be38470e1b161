package com.coopromo.pricing.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** Money in this package: BigDecimal with scale 2 (cents). Input with fractions of a cent is refused, never rounded away. */
final class Money {
    static final int SCALE = 2;
    static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);
    static final BigDecimal HUNDRED = new BigDecimal("100");

    private Money() {
    }

    /** True if the value has at most two decimals once trailing zeros are dropped (whole cents, or a percent like 12.5). */
    static boolean atMostTwoDecimals(BigDecimal value) {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= SCALE;
    }

    /** The value with scale 2. @throws IllegalArgumentException if it holds fractions of a cent */
    static BigDecimal exact(BigDecimal value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        if (!atMostTwoDecimals(value)) {
            throw new IllegalArgumentException(name + " must be whole cents (was " + value.toPlainString() + ")");
        }
        return value.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    /** The value as a count of cents. @throws IllegalArgumentException if it holds fractions of a cent */
    static BigInteger cents(BigDecimal value, String name) {
        return exact(value, name).unscaledValue();
    }

    static BigDecimal ofCents(long cents) {
        return BigDecimal.valueOf(cents, SCALE);
    }

    /** A line amount shared over its units, rounded half-up to cents (for display; the line amount stays exact). */
    static BigDecimal perUnit(BigDecimal forLine, int quantity) {
        return forLine.divide(BigDecimal.valueOf(quantity), SCALE, RoundingMode.HALF_UP);
    }

    static BigDecimal min(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    static BigDecimal max(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** For explanations: always two decimals, e.g. {@code 15.00}. */
    static String show(BigDecimal money) {
        return money.setScale(SCALE, RoundingMode.HALF_UP).toPlainString();
    }

    /** For explanations: a percentage without needless zeros, e.g. {@code 12.5%}, {@code 30%}. */
    static String percent(BigDecimal percent) {
        return percent.stripTrailingZeros().toPlainString() + "%";
    }
}
