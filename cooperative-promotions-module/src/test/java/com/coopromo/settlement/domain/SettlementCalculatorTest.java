package com.coopromo.settlement.domain;

import com.coopromo.common.domain.Validation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SettlementCalculatorTest {

    static PayoutRules rules(String pool, String sales, String traffic, String cap, String exponent, String boost, String minimum) {
        Validation v = new Validation();
        PayoutRules r = PayoutRules.validate(new BigDecimal(pool), PayoutTier.parse(sales, PayoutRules.SALES_TIERS, v),
                PayoutTier.parse(traffic, PayoutRules.TRAFFIC_TIERS, v), new BigDecimal(cap), new BigDecimal(exponent),
                new BigDecimal(boost), new BigDecimal(minimum), v);
        v.throwIfInvalid();
        return r;
    }

    static SettlementLine line(long seller, String paid, String discount, String platform, boolean reversed) {
        BigDecimal d = new BigDecimal(discount), p = new BigDecimal(platform);
        return new SettlementLine(seller, new BigDecimal(paid), d, p, d.subtract(p), reversed);
    }

    @Test
    void aStatementShowsGrossDiscountsReimbursementsCancellationsBonusAndNet() {
        List<SettlementLine> lines = Arrays.asList(
                line(1, "90.00", "10.00", "4.00", false),   // gross 100, seller funds 6, platform 4
                line(1, "45.00", "5.00", "2.00", true),     // cancelled: gross 50, seller would have had 47
                line(2, "30.00", "3.33", "1.67", false));
        Settlement s = SettlementCalculator.settle(rules("100.00", "50:1", "", "100", "1", "0", "0"),
                SellerSales.of(lines), new HashMap<Long, SellerProfile>(), false);
        SellerStatement one = s.statements().get(0);
        assertThat(one.grossSales()).isEqualByComparingTo("150.00");
        assertThat(one.sellerFundedDiscounts()).isEqualByComparingTo("9.00");
        assertThat(one.platformReimbursements()).isEqualByComparingTo("6.00");
        assertThat(one.cancellationsReversed()).isEqualByComparingTo("47.00");
        assertThat(one.netSales()).isEqualByComparingTo("94.00");
        assertThat(one.bonus()).isEqualByComparingTo("100.00");
        assertThat(one.net()).isEqualByComparingTo("194.00");
        assertThat(one.bonusRule()).isEqualTo("Bonus: sales tier 1 (net sales 94.00 reached 50, 1 pt);"
                + " no traffic figures, so no traffic tier earned.");
        SellerStatement two = s.statements().get(1);
        assertThat(two.netSales()).isEqualByComparingTo("31.67");
        assertThat(two.bonus()).isEqualByComparingTo("0.00");
        assertThat(two.bonusRule()).startsWith("No bonus: net sales 31.67 below the first sales tier (50)");
        assertThat(s.unallocated()).isEqualByComparingTo("0.00");
    }

    @Test
    void thePoolIsSharedByLargestRemainderWithinTheCapAndAboveTheMinimum() {
        // three sellers at tier 1 share 100.00: 33.34 / 33.33 / 33.33, the lower id gets the extra cent
        Map<Long, SellerProfile> none = new HashMap<Long, SellerProfile>();
        Settlement even = SettlementCalculator.settle(rules("100.00", "10:1", "", "100", "1", "0", "0"),
                SellerSales.of(Arrays.asList(line(1, "20", "0", "0", false), line(2, "20", "0", "0", false),
                        line(3, "20", "0", "0", false))), none, false);
        assertThat(even.statements()).extracting(st -> st.bonus().toPlainString()).containsExactly("33.34", "33.33", "33.33");

        // a big seller (3 tiers) capped at 40%: the rest goes to the small ones
        PayoutRules capped = rules("100.00", "10:1, 100:2, 1000:9", "", "40", "1", "0", "0");
        Settlement s = SettlementCalculator.settle(capped, SellerSales.of(Arrays.asList(line(1, "5000", "0", "0", false),
                line(2, "20", "0", "0", false), line(3, "20", "0", "0", false))), none, false);
        assertThat(s.statements()).extracting(st -> st.bonus().toPlainString()).containsExactly("40.00", "30.00", "30.00");
        assertThat(s.statements().get(0).bonusRule()).endsWith("; capped at 40% of the pool (40.00).");

        // minimum 15: seller 3 (1 pt of 12) would get 8.33, so it gets nothing and the others share the pool
        PayoutRules minimum = rules("100.00", "10:1, 100:2, 1000:9", "", "100", "1", "0", "15");
        Settlement m = SettlementCalculator.settle(minimum, SellerSales.of(Arrays.asList(line(1, "5000", "0", "0", false),
                line(2, "200", "0", "0", false), line(3, "20", "0", "0", false))), none, false);
        assertThat(m.statements()).extracting(st -> st.bonus().toPlainString()).containsExactly("81.82", "18.18", "0.00");
        assertThat(m.statements().get(2).bonusRule()).endsWith("but the share came below the minimum payout of 15.00.");
    }

    @Test
    void everyEarnerAtTheCapLeavesTheRestOfThePoolUnallocated() {
        Settlement s = SettlementCalculator.settle(rules("100.00", "10:1", "", "25", "1", "0", "0"),
                SellerSales.of(Arrays.asList(line(1, "20", "0", "0", false), line(2, "20", "0", "0", false))),
                new HashMap<Long, SellerProfile>(), false);
        assertThat(s.bonusPaid()).isEqualByComparingTo("50.00");
        assertThat(s.unallocated()).isEqualByComparingTo("50.00");
    }

    @Test
    void trafficTiersDiminishingReturnsAndTheNewcomerBoost() {
        Map<Long, SellerProfile> profiles = new HashMap<Long, SellerProfile>();
        profiles.put(1L, new SellerProfile(1, "LARGE", false, 10, new SellerTraffic(700, 100, 5000)));
        profiles.put(2L, new SellerProfile(2, "SMALL", true, 2, new SellerTraffic(60, 0, 800)));
        // seller 1: sales tier 2 (2 pt) + traffic tier 2 (2 pt) = 4 pt, sqrt → 2; seller 2: 1 + 1 = 2 pt → 1.414214 × 1.5
        PayoutRules r = rules("1000.00", "10:1, 100:2", "50:1, 500:2", "100", "0.5", "50", "0");
        Settlement s = SettlementCalculator.settle(r, SellerSales.of(Arrays.asList(line(1, "500", "0", "0", false),
                line(2, "20", "0", "0", false))), profiles, true);
        // weights 2.000000 and 2.121321: 1000 × 2 / 4.121321 = 485.28…, 514.71…
        assertThat(s.statements()).extracting(st -> st.bonus().toPlainString()).containsExactly("485.28", "514.72");
        assertThat(s.statements().get(1).bonusRule()).isEqualTo("Bonus: sales tier 1 (net sales 20.00 reached 10, 1 pt);"
                + " traffic tier 1 (60 extra clicks reached 50, 1 pt); newcomer boost 50%.");
        Fairness f = Fairness.of(s.statements(), profiles);
        assertThat(f.segment("LARGE").listingShare).isEqualByComparingTo("83.3");
        assertThat(f.segment("LARGE").payoutShare).isEqualByComparingTo("48.5");
        assertThat(f.segment("LARGE").exposureShare).isEqualByComparingTo("86.2");
        assertThat(f.segment("MID").sellers).isZero();
    }

    @Test
    void giniIsZeroForEqualAndNearOneForOneTakingAll() {
        assertThat(Fairness.gini(Arrays.asList(new BigDecimal("5"), new BigDecimal("5"), new BigDecimal("5")))).isEqualByComparingTo("0");
        assertThat(Fairness.gini(Arrays.asList(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("9")))).isEqualByComparingTo("0.750");
    }
}
