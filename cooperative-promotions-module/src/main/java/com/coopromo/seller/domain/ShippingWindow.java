package com.coopromo.seller.domain;

/** How many days after an order a listing ships: between {@code minDays} and {@code maxDays}, inclusive. */
public final class ShippingWindow {
    public static final int LONGEST_DAYS = 60;

    private final int minDays;
    private final int maxDays;

    private ShippingWindow(int minDays, int maxDays) {
        this.minDays = minDays;
        this.maxDays = maxDays;
    }

    /** @throws IllegalArgumentException naming the bad bound */
    public static ShippingWindow of(int minDays, int maxDays) {
        String problem = problemWith(minDays, maxDays);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return new ShippingWindow(minDays, maxDays);
    }

    /** The reason the bounds are refused, or null when they are fine. */
    public static String problemWith(int minDays, int maxDays) {
        if (minDays < 0) {
            return "shipMinDays must be 0 or more (was " + minDays + ")";
        }
        if (maxDays < minDays) {
            return "shipMaxDays must not be before shipMinDays (" + maxDays + " < " + minDays + ")";
        }
        if (maxDays > LONGEST_DAYS) {
            return "shipMaxDays must be at most " + LONGEST_DAYS + " (was " + maxDays + ")";
        }
        return null;
    }

    public int minDays() {
        return minDays;
    }

    public int maxDays() {
        return maxDays;
    }

    @Override
    public String toString() {
        return minDays == maxDays ? "ships in " + minDays + " day(s)" : "ships in " + minDays + "-" + maxDays + " days";
    }
}
