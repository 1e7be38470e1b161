package com.coopromo.settlement.domain;

import com.coopromo.common.domain.Validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One step of a tiered payout rule: reaching {@code threshold} earns {@code points}. */
public final class PayoutTier {
    private final BigDecimal threshold;
    private final int points;

    public PayoutTier(BigDecimal threshold, int points) {
        this.threshold = threshold;
        this.points = points;
    }

    public BigDecimal threshold() { return threshold; }

    public int points() { return points; }

    /**
     * Reads tiers written as {@code threshold:points, threshold:points} (e.g. {@code 100:1, 1000:2}); every problem is
     * rejected on {@code field}. Blank text is no tiers.
     */
    public static List<PayoutTier> parse(String text, String field, Validation validation) {
        List<PayoutTier> tiers = new ArrayList<PayoutTier>();
        if (text == null || text.trim().isEmpty()) {
            return tiers;
        }
        if (text.length() > 400) {
            validation.reject(field, "must be at most 400 characters (was " + text.length() + ")");
            return tiers;
        }
        for (String part : text.split(",")) {
            String p = part.trim();
            int colon = p.indexOf(':');
            if (colon < 0) {
                validation.reject(field, "must list tiers as threshold:points separated by commas, e.g. 100:1, 1000:2 (\"" + p + "\" has no colon)");
                return tiers;
            }
            try {
                tiers.add(new PayoutTier(new BigDecimal(p.substring(0, colon).trim()), Integer.parseInt(p.substring(colon + 1).trim())));
            } catch (NumberFormatException e) {
                validation.reject(field, "must list tiers as threshold:points with numbers, e.g. 100:1 (\"" + p + "\" is not)");
                return tiers;
            }
        }
        return tiers;
    }

    public static String format(List<PayoutTier> tiers) {
        StringBuilder sb = new StringBuilder();
        for (PayoutTier t : tiers) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(t.threshold.stripTrailingZeros().toPlainString()).append(':').append(t.points);
        }
        return sb.toString();
    }

    /** The highest tier whose threshold {@code value} reaches, or -1. */
    static int reached(List<PayoutTier> tiers, BigDecimal value) {
        int found = -1;
        for (int i = 0; i < tiers.size(); i++) {
            if (value.compareTo(tiers.get(i).threshold) >= 0) {
                found = i;
            }
        }
        return found;
    }

    static List<PayoutTier> copy(List<PayoutTier> tiers) {
        return Collections.unmodifiableList(new ArrayList<PayoutTier>(tiers));
    }

    @Override
    public String toString() {
        return PayoutRules.shown(threshold) + ":" + points;
    }
}
