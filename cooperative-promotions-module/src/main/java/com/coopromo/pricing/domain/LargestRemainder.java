package com.coopromo.pricing.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Splits a money total into parts proportional to weights, in whole cents, so the parts always add up to the total
 * exactly (the largest-remainder method).
 * <p>
 * Each part first gets the whole cents of its exact share; the cents left over (fewer than the number of parts) go one
 * each to the parts with the largest remainders. Equal remainders are broken by position: the earlier weight gets the
 * cent. Everything is computed in integers, so the result is exact and the same for the same input.
 * <p>
 * A negative total is split as its absolute value, every part carrying the total's sign.
 */
public final class LargestRemainder {
    private LargestRemainder() {
    }

    /** @see #split(BigDecimal, List) */
    public static List<BigDecimal> split(BigDecimal total, BigDecimal... weights) {
        if (weights == null) {
            throw new IllegalArgumentException("weights are required");
        }
        return split(total, Arrays.asList(weights));
    }

    /**
     * @param total   whole cents (at most two decimals, e.g. {@code 10}, {@code 10.5}, {@code 10.05})
     * @param weights one or more weights, none negative; they may all be zero only when the total is zero
     * @return one part per weight, in the weights' order, each with scale 2, summing exactly to {@code total}
     * @throws IllegalArgumentException on a programming error: a total with fractions of a cent, no weights, a null or
     *                                  negative weight, or only zero weights for a non-zero total
     */
    public static List<BigDecimal> split(BigDecimal total, List<BigDecimal> weights) {
        BigInteger cents = Money.cents(total, "total");
        if (weights == null || weights.isEmpty()) {
            throw new IllegalArgumentException("at least one weight is required");
        }
        int scale = 0;
        for (int i = 0; i < weights.size(); i++) {
            BigDecimal weight = weights.get(i);
            if (weight == null || weight.signum() < 0) {
                throw new IllegalArgumentException("weight " + i + " must be 0 or more (was " + weight + ")");
            }
            scale = Math.max(scale, weight.scale());
        }
        BigInteger[] units = new BigInteger[weights.size()];
        BigInteger weightSum = BigInteger.ZERO;
        for (int i = 0; i < units.length; i++) {
            // exact: every weight as an integer count of the finest decimal any weight uses
            units[i] = weights.get(i).setScale(scale).unscaledValue();
            weightSum = weightSum.add(units[i]);
        }
        int sign = cents.signum();
        BigInteger whole = cents.abs();
        if (weightSum.signum() == 0) {
            if (sign != 0) {
                throw new IllegalArgumentException("cannot split " + total.toPlainString() + " by weights that are all zero");
            }
            return zeros(units.length);
        }

        BigInteger[] parts = new BigInteger[units.length];
        BigInteger[] remainders = new BigInteger[units.length];
        BigInteger allotted = BigInteger.ZERO;
        for (int i = 0; i < units.length; i++) {
            BigInteger[] qr = whole.multiply(units[i]).divideAndRemainder(weightSum);
            parts[i] = qr[0];
            remainders[i] = qr[1];
            allotted = allotted.add(qr[0]);
        }
        int leftover = whole.subtract(allotted).intValueExact(); // fewer than the number of parts
        for (int index : byRemainderDescending(remainders).subList(0, leftover)) {
            parts[index] = parts[index].add(BigInteger.ONE);
        }

        List<BigDecimal> result = new ArrayList<BigDecimal>(parts.length);
        for (BigInteger part : parts) {
            result.add(new BigDecimal(sign < 0 ? part.negate() : part, 2));
        }
        return Collections.unmodifiableList(result);
    }

    /** Positions ordered by remainder, largest first; equal remainders keep their order (earlier position first). */
    private static List<Integer> byRemainderDescending(final BigInteger[] remainders) {
        List<Integer> order = new ArrayList<Integer>(remainders.length);
        for (int i = 0; i < remainders.length; i++) {
            order.add(i);
        }
        // Collections.sort is stable, so ties stay in index order
        Collections.sort(order, new Comparator<Integer>() {
            @Override
            public int compare(Integer a, Integer b) {
                return remainders[b].compareTo(remainders[a]);
            }
        });
        return order;
    }

    private static List<BigDecimal> zeros(int count) {
        List<BigDecimal> result = new ArrayList<BigDecimal>(count);
        for (int i = 0; i < count; i++) {
            result.add(Money.ZERO);
        }
        return Collections.unmodifiableList(result);
    }
}
