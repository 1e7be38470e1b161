package com.coopromo.settlement.domain;

import com.coopromo.common.domain.FieldError;
import com.coopromo.common.domain.Validation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PayoutRulesTest {

    private static List<String> fields(Validation v) {
        List<String> fields = new ArrayList<String>();
        for (FieldError e : v.errors()) {
            fields.add(e.field());
        }
        return fields;
    }

    private static PayoutRules rules(String pool, String sales, String traffic, String cap, String exponent,
                                     String boost, String minimum, Validation v) {
        return PayoutRules.validate(pool == null ? null : new BigDecimal(pool), PayoutTier.parse(sales, PayoutRules.SALES_TIERS, v),
                PayoutTier.parse(traffic, PayoutRules.TRAFFIC_TIERS, v), cap == null ? null : new BigDecimal(cap),
                exponent == null ? null : new BigDecimal(exponent), boost == null ? null : new BigDecimal(boost),
                minimum == null ? null : new BigDecimal(minimum), v);
    }

    @Test
    void validRulesAreBuiltAndTheCapIsRoundedDownToTheCent() {
        Validation v = new Validation();
        PayoutRules r = rules("1000.01", "100:1, 1000:2", "50:1", "10", "0.5", "25", "5.00", v);
        assertThat(v.errors()).isEmpty();
        assertThat(r.sellerCap()).isEqualByComparingTo("100.00");
        assertThat(PayoutTier.format(r.salesTiers())).isEqualTo("100:1, 1000:2");
        assertThat(PayoutRules.defaults(new BigDecimal("5000")).sellerCap()).isEqualByComparingTo("250.00");
    }

    @Test
    void everyInvalidFieldIsNamedAtOnce() {
        Validation v = new Validation();
        PayoutRules r = rules("-1", "", "50.5:1", "0", "1.5", "300", "-2", v);
        assertThat(r).isNull();
        assertThat(fields(v)).containsExactly(PayoutRules.POOL, PayoutRules.SALES_TIERS, PayoutRules.TRAFFIC_TIERS,
                PayoutRules.SELLER_CAP, PayoutRules.EXPONENT, PayoutRules.NEWCOMER_BOOST, PayoutRules.MINIMUM);
        assertThat(v.errors().get(0).reason()).isEqualTo("must be 0 or more (was -1)");
        assertThat(v.errors().get(1).reason()).isEqualTo("needs at least one tier, e.g. 100:1");
        assertThat(v.errors().get(2).reason()).isEqualTo("tier 1 (50.5:1) needs a whole number of clicks as its threshold");
    }

    @Test
    void tiersMustRiseAndParseErrorsNameTheField() {
        Validation v = new Validation();
        rules("100", "100:2, 50:3", "abc", "10", "1", "0", "0", v);
        assertThat(v.errors()).extracting(FieldError::toString).containsExactly(
                "trafficTiers: must list tiers as threshold:points separated by commas, e.g. 100:1, 1000:2 (\"abc\" has no colon)",
                "salesTiers: tier 2 (50:3) must have a higher threshold and more points than the tier before it");
    }

    @Test
    void aMinimumAboveTheCapWouldPayNobodyAndIsRefused() {
        Validation v = new Validation();
        rules("100", "100:1", "", "10", "1", "0", "10.01", v);
        assertThat(v.errors()).extracting(FieldError::toString).containsExactly(
                "minimumPayout: must be at most the per-seller cap of 10.00 (was 10.01), or nobody could be paid");
    }

    @Test
    void fractionsOfACentAreRefused() {
        Validation v = new Validation();
        rules("100.001", "100:1", "", "10", "1", "0", "0", v);
        assertThat(v.errors()).extracting(FieldError::toString).containsExactly("pool: must be whole cents (was 100.001)");
    }

    @Test
    void hugeAndFineNumbersAreRefusedWithoutSpellingThemOut() {
        Validation v = new Validation();
        rules("1e-999999999", "1e999999999:1", "", "10", "1", "0", "0", v);
        assertThat(v.errors()).extracting(FieldError::toString).containsExactly(
                "pool: must be whole cents (was 1E-999999999)",
                "salesTiers: tier 1 needs a threshold of at most 1000000000000");
        Validation w = new Validation();
        rules("100", "100:1", "", "10", "1", "0", "1E+999999999", w);
        assertThat(w.errors()).extracting(FieldError::toString).containsExactly(
                "minimumPayout: must be at most the per-seller cap of 10.00 (was 1E+999999999), or nobody could be paid");
    }
}
