package com.coopromo.settlement.domain;

import com.coopromo.common.domain.Validation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A campaign's bonus payout rules. The platform funds a bonus pool; a seller earns points by reaching tiers of net
 * campaign sales and of incremental traffic (extra clicks against an equal window before the campaign); its weight is
 * points ^ {@code diminishingExponent} (below 1, each extra point is worth less, so the largest sellers do not take
 * the pool), raised by {@code newcomerBoostPercent} for a seller in its first campaign. The pool is shared by weight,
 * no seller above {@code sellerCapPercent} of the pool, nobody paid less than {@code minimumPayout} (their share goes
 * to the others). Build with {@link #validate}: every invalid field is named.
 */
public final class PayoutRules {
    public static final String POOL = "pool";
    public static final String SALES_TIERS = "salesTiers";
    public static final String TRAFFIC_TIERS = "trafficTiers";
    public static final String SELLER_CAP = "sellerCapPercent";
    public static final String EXPONENT = "diminishingExponent";
    public static final String NEWCOMER_BOOST = "newcomerBoostPercent";
    public static final String MINIMUM = "minimumPayout";

    private static final BigDecimal MAX_POOL = new BigDecimal("100000000");
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final BigDecimal MAX_THRESHOLD = new BigDecimal("1000000000000");

    private final BigDecimal pool;
    private final List<PayoutTier> salesTiers;
    private final List<PayoutTier> trafficTiers;
    private final BigDecimal sellerCapPercent;
    private final BigDecimal diminishingExponent;
    private final BigDecimal newcomerBoostPercent;
    private final BigDecimal minimumPayout;

    private PayoutRules(BigDecimal pool, List<PayoutTier> salesTiers, List<PayoutTier> trafficTiers,
                        BigDecimal sellerCapPercent, BigDecimal diminishingExponent, BigDecimal newcomerBoostPercent,
                        BigDecimal minimumPayout) {
        this.pool = pool.setScale(2);
        this.salesTiers = PayoutTier.copy(salesTiers);
        this.trafficTiers = PayoutTier.copy(trafficTiers);
        this.sellerCapPercent = sellerCapPercent;
        this.diminishingExponent = diminishingExponent;
        this.newcomerBoostPercent = newcomerBoostPercent;
        this.minimumPayout = minimumPayout.setScale(2);
    }

    /**
     * The defaults chosen with the fairness simulator (README, "Revenue sharing and settlement"), for a pool; the
     * minimum payout is 5.00, or the cap when the pool is too small for that.
     */
    public static PayoutRules defaults(BigDecimal pool) {
        Validation v = new Validation();
        PayoutRules rules = validate(pool, PayoutTier.parse("100:1, 1000:2, 10000:3", SALES_TIERS, v),
                PayoutTier.parse("50:1, 500:2", TRAFFIC_TIERS, v), new BigDecimal("5"), new BigDecimal("0.5"),
                new BigDecimal("50"), new BigDecimal("5.00").min(cap(pool, new BigDecimal("5"))), v);
        v.throwIfInvalid();
        return rules;
    }

    /** A campaign without payout rules: no pool, nobody earns a bonus. */
    public static PayoutRules none() {
        return defaults(BigDecimal.ZERO);
    }

    /**
     * Checks every field, records each problem in {@code validation} and returns the rules, or null when any field was
     * refused.
     */
    public static PayoutRules validate(BigDecimal pool, List<PayoutTier> salesTiers, List<PayoutTier> trafficTiers,
                                       BigDecimal sellerCapPercent, BigDecimal diminishingExponent,
                                       BigDecimal newcomerBoostPercent, BigDecimal minimumPayout, Validation validation) {
        int before = validation.errors().size();
        boolean poolOk = money(pool, POOL, validation);
        if (poolOk && pool.compareTo(MAX_POOL) > 0) {
            validation.reject(POOL, "must be at most 100000000.00 (was " + shown(pool) + ")");
            poolOk = false;
        }
        tiers(salesTiers, SALES_TIERS, true, false, validation);
        tiers(trafficTiers, TRAFFIC_TIERS, false, true, validation);
        boolean capOk = range(sellerCapPercent, SELLER_CAP, new BigDecimal("0.01"), HUNDRED, validation);
        range(diminishingExponent, EXPONENT, new BigDecimal("0.1"), BigDecimal.ONE, validation);
        range(newcomerBoostPercent, NEWCOMER_BOOST, BigDecimal.ZERO, new BigDecimal("200"), validation);
        if (money(minimumPayout, MINIMUM, validation) && poolOk && capOk) {
            BigDecimal cap = cap(pool, sellerCapPercent);
            if (minimumPayout.compareTo(cap) > 0) {
                validation.reject(MINIMUM, "must be at most the per-seller cap of " + cap.toPlainString()
                        + " (was " + shown(minimumPayout) + "), or nobody could be paid");
            }
        }
        if (validation.errors().size() > before) {
            return null;
        }
        return new PayoutRules(pool, salesTiers, trafficTiers, sellerCapPercent, diminishingExponent,
                newcomerBoostPercent, minimumPayout);
    }

    private static boolean money(BigDecimal value, String field, Validation v) {
        if (value == null) {
            v.reject(field, "is required");
            return false;
        }
        if (value.signum() < 0) {
            v.reject(field, "must be 0 or more (was " + shown(value) + ")");
            return false;
        }
        if (value.stripTrailingZeros().scale() > 2) {
            v.reject(field, "must be whole cents (was " + shown(value) + ")");
            return false;
        }
        return true;
    }

    private static boolean range(BigDecimal value, String field, BigDecimal min, BigDecimal max, Validation v) {
        if (value == null) {
            v.reject(field, "is required");
            return false;
        }
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            v.reject(field, "must be between " + min.toPlainString() + " and " + max.toPlainString()
                    + " (was " + shown(value) + ")");
            return false;
        }
        if (value.stripTrailingZeros().scale() > 2) {
            v.reject(field, "must have at most 2 decimals (was " + shown(value) + ")");
            return false;
        }
        return true;
    }

    private static void tiers(List<PayoutTier> tiers, String field, boolean required, boolean wholeThresholds, Validation v) {
        if (tiers == null || tiers.isEmpty()) {
            if (required) {
                v.reject(field, "needs at least one tier, e.g. 100:1");
            }
            return;
        }
        if (tiers.size() > 10) {
            v.reject(field, "may have at most 10 tiers (has " + tiers.size() + ")");
            return;
        }
        PayoutTier previous = null;
        for (int i = 0; i < tiers.size(); i++) {
            PayoutTier t = tiers.get(i);
            String which = "tier " + (i + 1) + " (" + t + ")";
            if (t.threshold().compareTo(MAX_THRESHOLD) > 0) {
                v.reject(field, "tier " + (i + 1) + " needs a threshold of at most 1000000000000");
                return;
            }
            if (t.threshold().signum() <= 0) {
                v.reject(field, which + " needs a threshold above 0");
                return;
            }
            if (wholeThresholds && t.threshold().stripTrailingZeros().scale() > 0) {
                v.reject(field, which + " needs a whole number of clicks as its threshold");
                return;
            }
            if (!wholeThresholds && t.threshold().stripTrailingZeros().scale() > 2) {
                v.reject(field, which + " needs a threshold in whole cents");
                return;
            }
            if (t.points() < 1 || t.points() > 1000) {
                v.reject(field, which + " needs between 1 and 1000 points");
                return;
            }
            if (previous != null && (t.threshold().compareTo(previous.threshold()) <= 0 || t.points() <= previous.points())) {
                v.reject(field, which + " must have a higher threshold and more points than the tier before it");
                return;
            }
            previous = t;
        }
    }

    /** A number as a refusal quotes it: plain, unless it is so large or so fine that plain would be unreadable. */
    static String shown(BigDecimal value) {
        return value.precision() - value.scale() > 20 || value.scale() > 20 ? value.toString() : value.toPlainString();
    }

    static BigDecimal cap(BigDecimal pool, BigDecimal percent) {
        return pool.multiply(percent).divide(HUNDRED, 2, RoundingMode.DOWN);
    }

    public BigDecimal pool() { return pool; }

    public List<PayoutTier> salesTiers() { return salesTiers; }

    public List<PayoutTier> trafficTiers() { return trafficTiers; }

    public BigDecimal sellerCapPercent() { return sellerCapPercent; }

    public BigDecimal diminishingExponent() { return diminishingExponent; }

    public BigDecimal newcomerBoostPercent() { return newcomerBoostPercent; }

    public BigDecimal minimumPayout() { return minimumPayout; }

    /** The most one seller may receive: the cap percent of the pool, rounded down to the cent. */
    public BigDecimal sellerCap() { return cap(pool, sellerCapPercent); }

    @Override
    public String toString() {
        return "pool " + pool.toPlainString() + ", sales tiers " + PayoutTier.format(salesTiers) + ", traffic tiers "
                + PayoutTier.format(trafficTiers) + ", cap " + sellerCapPercent.toPlainString() + "%, exponent "
                + diminishingExponent.toPlainString() + ", newcomer boost " + newcomerBoostPercent.toPlainString()
                + "%, minimum " + minimumPayout.toPlainString();
    }
}
