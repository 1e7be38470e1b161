package com.coopromo.assets.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The WCAG 2.x contrast ratio between two colours: (L1 + 0.05) / (L2 + 0.05), lighter over darker, 1 to 21. */
public final class ContrastRatio {
    /** Normal text needs 4.5:1 (WCAG AA). */
    public static final BigDecimal NORMAL_TEXT_MINIMUM = new BigDecimal("4.5");
    /** Large text (18pt, or 14pt bold) is easier to read and needs 3:1 (WCAG AA). */
    public static final BigDecimal LARGE_TEXT_MINIMUM = new BigDecimal("3");

    private ContrastRatio() {
    }

    public static double of(HexColour a, HexColour b) {
        double la = a.relativeLuminance();
        double lb = b.relativeLuminance();
        double lighter = Math.max(la, lb);
        double darker = Math.min(la, lb);
        return (lighter + 0.05) / (darker + 0.05);
    }

    public static boolean meets(double ratio, BigDecimal minimum) {
        return ratio >= minimum.doubleValue();
    }

    /**
     * The ratio to two decimals for messages. A ratio that fails is never shown rounded up to the minimum (2.995
     * against 3:1 shows as 2.99, not 3.00), so a message never reads "3.00:1 is below 3:1".
     */
    public static String format(double ratio, BigDecimal minimum) {
        BigDecimal exact = BigDecimal.valueOf(ratio);
        BigDecimal shown = exact.setScale(2, RoundingMode.HALF_UP);
        if (!meets(ratio, minimum) && shown.compareTo(minimum) >= 0) {
            shown = exact.setScale(2, RoundingMode.DOWN);
        }
        return shown.toPlainString();
    }
}
