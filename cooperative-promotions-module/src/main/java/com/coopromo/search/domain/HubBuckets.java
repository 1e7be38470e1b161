package com.coopromo.search.domain;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The hub's price and discount ranges, decided when a listing is indexed (a keyword per listing), so a range facet is a
 * plain terms count on a keyword rather than a range aggregation over numbers. Labels sort in range order.
 */
public final class HubBuckets {
    /** Price ranges (campaign price, lower bound inclusive, upper exclusive). */
    public static final List<String> PRICE = Collections.unmodifiableList(Arrays.asList(
            "0-10", "10-25", "25-50", "50-100", "100-"));
    private static final int[] PRICE_EDGES = {10, 25, 50, 100};
    /** Discount ranges in percent off the list price (lower bound inclusive, upper exclusive). */
    public static final List<String> DISCOUNT = Collections.unmodifiableList(Arrays.asList(
            "0-10", "10-20", "20-30", "30-50", "50-"));
    private static final int[] DISCOUNT_EDGES = {10, 20, 30, 50};
    /** The "ships within N days" choices. */
    public static final List<Integer> SHIPS_WITHIN = Collections.unmodifiableList(Arrays.asList(1, 3, 7));

    private HubBuckets() {
    }

    public static String priceBucket(BigDecimal price) {
        return bucket(price, PRICE_EDGES, PRICE);
    }

    public static String discountBucket(BigDecimal percent) {
        return bucket(percent, DISCOUNT_EDGES, DISCOUNT);
    }

    private static String bucket(BigDecimal value, int[] edges, List<String> labels) {
        if (value == null) {
            return labels.get(0);
        }
        for (int i = 0; i < edges.length; i++) {
            if (value.compareTo(BigDecimal.valueOf(edges[i])) < 0) {
                return labels.get(i);
            }
        }
        return labels.get(labels.size() - 1);
    }

    /** A shopper-facing label: "10-25" → "10 to 25", "100-" → "100 and more". */
    public static String label(String bucket, String unit) {
        int dash = bucket.indexOf('-');
        String from = bucket.substring(0, dash);
        String to = bucket.substring(dash + 1);
        return to.isEmpty() ? from + unit + " and more" : from + unit + " to " + to + unit;
    }
}
