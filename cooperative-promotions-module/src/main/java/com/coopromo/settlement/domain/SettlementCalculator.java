package com.coopromo.settlement.domain;

import com.coopromo.pricing.domain.LargestRemainder;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Settles a campaign: one statement per seller (every seller with sales or a profile), the bonus pool shared by the
 * payout rules. Pure and deterministic: the same sales, profiles and rules give the same statements to the cent.
 * <p>
 * The pool: each seller's weight is (sales-tier points + traffic-tier points) ^ exponent, times (1 + newcomer boost).
 * Shares are proportional to weight; a seller whose share would pass the cap gets the cap and the rest is shared again
 * among the others (repeated until nobody passes it); a seller whose share comes below the minimum payout gets nothing
 * and the sharing starts again without it. The remaining amount is split in cents by largest remainder (ties to the
 * lower seller id), so paid + unallocated = pool exactly and no share passes the cap.
 */
public final class SettlementCalculator {
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private SettlementCalculator() {
    }

    /**
     * @param sales    per seller, any order
     * @param profiles per seller (segment, newcomer, traffic); a seller without sales still gets a statement
     * @param trafficAvailable false when the campaign has no traffic figures: traffic tiers are not earned
     */
    public static Settlement settle(PayoutRules rules, List<SellerSales> sales, Map<Long, SellerProfile> profiles,
                                    boolean trafficAvailable) {
        Map<Long, SellerSales> bySeller = new TreeMap<Long, SellerSales>();
        for (SellerSales s : sales) {
            bySeller.put(s.sellerId(), s);
        }
        for (Long id : profiles.keySet()) {
            if (!bySeller.containsKey(id)) {
                bySeller.put(id, new SellerSales(id));
            }
        }
        List<Long> ids = new ArrayList<Long>(bySeller.keySet());
        Map<Long, BigDecimal> weights = new HashMap<Long, BigDecimal>();
        Map<Long, String> earned = new HashMap<Long, String>();
        for (Long id : ids) {
            SellerSales s = bySeller.get(id);
            SellerProfile p = profiles.get(id);
            int salesTier = PayoutTier.reached(rules.salesTiers(), s.netSales());
            SellerTraffic traffic = p == null ? null : p.traffic();
            int trafficTier = trafficAvailable && traffic != null
                    ? PayoutTier.reached(rules.trafficTiers(), BigDecimal.valueOf(traffic.incrementalClicks())) : -1;
            int points = (salesTier < 0 ? 0 : rules.salesTiers().get(salesTier).points())
                    + (trafficTier < 0 ? 0 : rules.trafficTiers().get(trafficTier).points());
            StringBuilder why = new StringBuilder();
            if (salesTier >= 0) {
                PayoutTier t = rules.salesTiers().get(salesTier);
                why.append("sales tier ").append(salesTier + 1).append(" (net sales ").append(s.netSales().toPlainString())
                        .append(" reached ").append(t.threshold().toPlainString()).append(", ").append(t.points()).append(" pt)");
            } else {
                why.append("net sales ").append(s.netSales().toPlainString()).append(" below the first sales tier (")
                        .append(rules.salesTiers().get(0).threshold().toPlainString()).append(")");
            }
            if (!trafficAvailable) {
                why.append("; no traffic figures, so no traffic tier earned");
            } else if (trafficTier >= 0) {
                PayoutTier t = rules.trafficTiers().get(trafficTier);
                why.append("; traffic tier ").append(trafficTier + 1).append(" (").append(traffic.incrementalClicks())
                        .append(" extra clicks reached ").append(t.threshold().toPlainString()).append(", ").append(t.points()).append(" pt)");
            }
            if (points > 0 && rules.pool().signum() > 0) {
                double w = StrictMath.pow(points, rules.diminishingExponent().doubleValue());
                BigDecimal weight = new BigDecimal(w).setScale(6, RoundingMode.HALF_EVEN);
                if (p != null && p.newcomer() && rules.newcomerBoostPercent().signum() > 0) {
                    weight = weight.multiply(BigDecimal.ONE.add(rules.newcomerBoostPercent().divide(HUNDRED)))
                            .setScale(6, RoundingMode.HALF_EVEN);
                    why.append("; newcomer boost ").append(rules.newcomerBoostPercent().stripTrailingZeros().toPlainString()).append('%');
                }
                weights.put(id, weight);
            }
            earned.put(id, why.toString());
        }

        BigDecimal pool = rules.pool();
        BigDecimal cap = rules.sellerCap();
        Set<Long> belowMinimum = new HashSet<Long>();
        Map<Long, BigDecimal> bonus;
        Set<Long> capped;
        while (true) {
            List<Long> candidates = new ArrayList<Long>();
            for (Long id : ids) {
                if (weights.containsKey(id) && !belowMinimum.contains(id)) {
                    candidates.add(id);
                }
            }
            capped = new HashSet<Long>();
            BigDecimal rest = pool;
            while (true) {
                BigDecimal total = BigDecimal.ZERO;
                for (Long id : candidates) {
                    if (!capped.contains(id)) {
                        total = total.add(weights.get(id));
                    }
                }
                if (total.signum() == 0) {
                    break;
                }
                boolean more = false;
                for (Long id : candidates) {
                    // share = rest × w / total > cap, without dividing
                    if (!capped.contains(id) && rest.multiply(weights.get(id)).compareTo(cap.multiply(total)) > 0) {
                        capped.add(id);
                        more = true;
                    }
                }
                if (!more) {
                    break;
                }
                rest = pool.subtract(cap.multiply(BigDecimal.valueOf(capped.size())));
            }
            bonus = new HashMap<Long, BigDecimal>();
            List<Long> open = new ArrayList<Long>();
            List<BigDecimal> openWeights = new ArrayList<BigDecimal>();
            for (Long id : candidates) {
                if (capped.contains(id)) {
                    bonus.put(id, cap);
                } else {
                    open.add(id);
                    openWeights.add(weights.get(id));
                }
            }
            if (!open.isEmpty()) {
                List<BigDecimal> parts = LargestRemainder.split(rest, openWeights);
                for (int i = 0; i < open.size(); i++) {
                    bonus.put(open.get(i), parts.get(i));
                }
            }
            boolean dropped = false;
            for (Map.Entry<Long, BigDecimal> e : bonus.entrySet()) {
                if (e.getValue().signum() == 0 || e.getValue().compareTo(rules.minimumPayout()) < 0) {
                    belowMinimum.add(e.getKey());
                    dropped = true;
                }
            }
            if (!dropped) {
                break;
            }
        }

        List<SellerStatement> statements = new ArrayList<SellerStatement>(ids.size());
        BigDecimal paid = ZERO;
        for (Long id : ids) {
            SellerSales s = bySeller.get(id);
            BigDecimal b = bonus.containsKey(id) ? bonus.get(id) : ZERO;
            String rule;
            if (bonus.containsKey(id)) {
                rule = "Bonus: " + earned.get(id) + (capped.contains(id)
                        ? "; capped at " + rules.sellerCapPercent().stripTrailingZeros().toPlainString() + "% of the pool (" + cap.toPlainString() + ")"
                        : "") + ".";
            } else if (belowMinimum.contains(id)) {
                rule = "No bonus: " + earned.get(id) + ", but the share came below the minimum payout of "
                        + rules.minimumPayout().max(new BigDecimal("0.01")).toPlainString() + ".";
            } else if (rules.pool().signum() == 0) {
                rule = "No bonus: the campaign has no bonus pool (" + earned.get(id) + ").";
            } else {
                rule = "No bonus: " + earned.get(id) + ".";
            }
            paid = paid.add(b);
            statements.add(new SellerStatement(id, s.lines(), s.gross(), s.sellerParts(), s.platformParts(),
                    s.cancellationsReversed(), b, rule));
        }
        return new Settlement(rules, statements, paid, pool.subtract(paid), trafficAvailable);
    }
}
