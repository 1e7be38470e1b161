package com.coopromo.settlement.service;

import com.coopromo.common.domain.Validation;
import com.coopromo.settlement.domain.PayoutRules;
import com.coopromo.settlement.domain.PayoutTier;

import java.math.BigDecimal;

/** The payout rules as a form sends them (text fields); {@link #toRules} checks every field. */
public class PayoutRulesForm {
    private String pool;
    private String salesTiers;
    private String trafficTiers;
    private String sellerCapPercent;
    private String diminishingExponent;
    private String newcomerBoostPercent;
    private String minimumPayout;

    public PayoutRulesForm() {
    }

    public static PayoutRulesForm of(PayoutRules r) {
        PayoutRulesForm f = new PayoutRulesForm();
        f.pool = r.pool().toPlainString();
        f.salesTiers = PayoutTier.format(r.salesTiers());
        f.trafficTiers = PayoutTier.format(r.trafficTiers());
        f.sellerCapPercent = r.sellerCapPercent().stripTrailingZeros().toPlainString();
        f.diminishingExponent = r.diminishingExponent().stripTrailingZeros().toPlainString();
        f.newcomerBoostPercent = r.newcomerBoostPercent().stripTrailingZeros().toPlainString();
        f.minimumPayout = r.minimumPayout().toPlainString();
        return f;
    }

    /** The rules, or null with every problem recorded in {@code v} (each naming its field). */
    public PayoutRules toRules(Validation v) {
        int before = v.errors().size();
        BigDecimal p = number(pool, PayoutRules.POOL, v);
        BigDecimal cap = number(sellerCapPercent, PayoutRules.SELLER_CAP, v);
        BigDecimal exp = number(diminishingExponent, PayoutRules.EXPONENT, v);
        BigDecimal boost = number(newcomerBoostPercent, PayoutRules.NEWCOMER_BOOST, v);
        BigDecimal min = number(minimumPayout, PayoutRules.MINIMUM, v);
        Validation tiers = new Validation();
        java.util.List<PayoutTier> sales = PayoutTier.parse(salesTiers, PayoutRules.SALES_TIERS, tiers);
        java.util.List<PayoutTier> traffic = PayoutTier.parse(trafficTiers, PayoutRules.TRAFFIC_TIERS, tiers);
        for (com.coopromo.common.domain.FieldError e : tiers.errors()) {
            v.reject(e.field(), e.reason());
        }
        if (v.errors().size() > before) {
            // the remaining checks only on fields that were readable, so no field is named twice
            Validation rest = new Validation();
            PayoutRules.validate(p == null ? BigDecimal.ZERO : p, tiers.hasErrors() ? java.util.Collections.singletonList(new PayoutTier(BigDecimal.ONE, 1)) : sales,
                    tiers.hasErrors() ? java.util.Collections.<PayoutTier>emptyList() : traffic,
                    cap == null ? BigDecimal.TEN : cap, exp == null ? BigDecimal.ONE : exp,
                    boost == null ? BigDecimal.ZERO : boost, min == null ? BigDecimal.ZERO : min, rest);
            for (com.coopromo.common.domain.FieldError e : rest.errors()) {
                if (!named(v, e.field())) {
                    v.reject(e.field(), e.reason());
                }
            }
            return null;
        }
        return PayoutRules.validate(p, sales, traffic, cap, exp, boost, min, v);
    }

    private static boolean named(Validation v, String field) {
        for (com.coopromo.common.domain.FieldError e : v.errors()) {
            if (e.field().equals(field)) {
                return true;
            }
        }
        return false;
    }

    private static BigDecimal number(String text, String field, Validation v) {
        if (text == null || text.trim().isEmpty()) {
            v.reject(field, "is required");
            return null;
        }
        if (text.length() > 100) {
            v.reject(field, "must be a number of at most 100 characters (was " + text.length() + ")");
            return null;
        }
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            String t = text.trim();
            v.reject(field, "must be a number (was \"" + (t.length() > 40 ? t.substring(0, 40) + "…" : t) + "\")");
            return null;
        }
    }

    public String getPool() { return pool; }
    public void setPool(String pool) { this.pool = pool; }
    public String getSalesTiers() { return salesTiers; }
    public void setSalesTiers(String salesTiers) { this.salesTiers = salesTiers; }
    public String getTrafficTiers() { return trafficTiers; }
    public void setTrafficTiers(String trafficTiers) { this.trafficTiers = trafficTiers; }
    public String getSellerCapPercent() { return sellerCapPercent; }
    public void setSellerCapPercent(String sellerCapPercent) { this.sellerCapPercent = sellerCapPercent; }
    public String getDiminishingExponent() { return diminishingExponent; }
    public void setDiminishingExponent(String diminishingExponent) { this.diminishingExponent = diminishingExponent; }
    public String getNewcomerBoostPercent() { return newcomerBoostPercent; }
    public void setNewcomerBoostPercent(String newcomerBoostPercent) { this.newcomerBoostPercent = newcomerBoostPercent; }
    public String getMinimumPayout() { return minimumPayout; }
    public void setMinimumPayout(String minimumPayout) { this.minimumPayout = minimumPayout; }
}
