package com.coopromo.settlement.domain;

import com.coopromo.common.domain.Validation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random orders, cancellations, traffic and payout rules (seeded, so a failure repeats): the statements always add up
 * to the attribution and to the pool, no share passes the cap or falls under the minimum, and the input's order
 * changes nothing.
 */
class SettlementPropertyTest {
    private static final int TRIALS = 400;

    @Test
    void statementsSumToTheAttributionAndToThePool() {
        Random random = new Random(20261203L);
        for (int trial = 0; trial < TRIALS; trial++) {
            String context = "trial " + trial;
            int sellers = 1 + random.nextInt(40);
            List<SettlementLine> lines = new ArrayList<SettlementLine>();
            BigDecimal discount = BigDecimal.ZERO, platform = BigDecimal.ZERO, sellerParts = BigDecimal.ZERO,
                    paid = BigDecimal.ZERO, reversed = BigDecimal.ZERO;
            int orders = random.nextInt(300);
            for (int o = 0; o < orders; o++) {
                boolean cancelled = random.nextInt(10) == 0;
                for (int l = 1 + random.nextInt(4); l > 0; l--) {
                    long seller = 1 + random.nextInt(sellers);
                    BigDecimal gross = cents(random, 100, 50000);
                    BigDecimal d = gross.multiply(BigDecimal.valueOf(random.nextInt(60))).divide(new BigDecimal(100), 2, BigDecimal.ROUND_DOWN);
                    BigDecimal p = d.multiply(BigDecimal.valueOf(random.nextInt(101))).divide(new BigDecimal(100), 2, BigDecimal.ROUND_HALF_UP);
                    SettlementLine line = new SettlementLine(seller, gross.subtract(d), d, p, d.subtract(p), cancelled);
                    lines.add(line);
                    discount = discount.add(d);
                    platform = platform.add(p);
                    sellerParts = sellerParts.add(d.subtract(p));
                    paid = paid.add(gross.subtract(d));
                    if (cancelled) {
                        reversed = reversed.add(gross.subtract(d)).add(p);
                    }
                }
            }
            boolean traffic = random.nextBoolean();
            Map<Long, SellerProfile> profiles = new HashMap<Long, SellerProfile>();
            for (long s = 1; s <= sellers; s++) {
                if (random.nextInt(5) > 0) {
                    profiles.put(s, new SellerProfile(s, new String[]{"SMALL", "MID", "LARGE"}[random.nextInt(3)],
                            random.nextInt(4) == 0, 1 + random.nextInt(20),
                            traffic ? new SellerTraffic(random.nextInt(2000), random.nextInt(1000), random.nextInt(50000)) : null));
                }
            }
            PayoutRules rules = randomRules(random);
            Settlement settlement = SettlementCalculator.settle(rules, SellerSales.of(lines), profiles, traffic);

            BigDecimal bonus = BigDecimal.ZERO;
            boolean someoneUncapped = false;
            for (SellerStatement st : settlement.statements()) {
                bonus = bonus.add(st.bonus());
                assertThat(st.bonus().signum()).as(context).isGreaterThanOrEqualTo(0);
                assertThat(st.bonus()).as(context).isLessThanOrEqualTo(rules.sellerCap());
                if (st.bonus().signum() > 0) {
                    assertThat(st.bonus()).as(context).isGreaterThanOrEqualTo(rules.minimumPayout());
                    someoneUncapped |= st.bonus().compareTo(rules.sellerCap()) < 0;
                    assertThat(st.bonusRule()).as(context).startsWith("Bonus: ");
                } else {
                    assertThat(st.bonusRule()).as(context).startsWith("No bonus: ");
                }
                if (!traffic) {
                    assertThat(st.bonusRule()).as(context).contains("no traffic figures, so no traffic tier earned");
                }
                assertThat(st.net()).as(context).isEqualByComparingTo(st.grossSales().subtract(st.sellerFundedDiscounts())
                        .subtract(st.cancellationsReversed()).add(st.bonus()));
            }
            assertThat(bonus.add(settlement.unallocated())).as(context).isEqualByComparingTo(rules.pool());
            assertThat(bonus).as(context).isEqualByComparingTo(settlement.bonusPaid());
            if (settlement.unallocated().signum() > 0) {
                assertThat(someoneUncapped).as(context + ": the pool kept money although a paid seller was below the cap").isFalse();
            }
            Reconciliation r = Reconciliation.of(settlement.statements(), new Reconciliation.AttributionTotals(lines.size(),
                    discount, platform, sellerParts, paid, reversed), paid, rules.pool(), settlement.unallocated());
            assertThat(r.balanced()).as(context + "\n" + r.encode()).isTrue();
            assertThat(Reconciliation.decode(r.encode()).rows()).hasSize(r.rows().size());

            List<SettlementLine> shuffled = new ArrayList<SettlementLine>(lines);
            Collections.shuffle(shuffled, random);
            assertThat(SettlementCalculator.settle(rules, SellerSales.of(shuffled), profiles, traffic).statements())
                    .as(context).isEqualTo(settlement.statements());
        }
    }

    private static BigDecimal cents(Random random, int min, int max) {
        return BigDecimal.valueOf(min + random.nextInt(max - min), 2);
    }

    private static PayoutRules randomRules(Random random) {
        Validation v = new Validation();
        StringBuilder sales = new StringBuilder();
        int threshold = 0, points = 0;
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
            threshold += 1 + random.nextInt(2000);
            points += 1 + random.nextInt(5);
            sales.append(sales.length() > 0 ? ", " : "").append(threshold).append(':').append(points);
        }
        String traffic = random.nextBoolean() ? "" : (1 + random.nextInt(100)) + ":1, " + (200 + random.nextInt(500)) + ":3";
        BigDecimal pool = cents(random, 0, 5000000);
        BigDecimal cap = BigDecimal.valueOf(1 + random.nextInt(10000), 2);
        BigDecimal maxMinimum = PayoutRules.cap(pool, cap);
        BigDecimal minimum = maxMinimum.multiply(BigDecimal.valueOf(random.nextInt(3) == 0 ? 0 : random.nextInt(50)))
                .divide(new BigDecimal(100), 2, BigDecimal.ROUND_DOWN);
        PayoutRules rules = PayoutRules.validate(pool, PayoutTier.parse(sales.toString(), PayoutRules.SALES_TIERS, v),
                PayoutTier.parse(traffic, PayoutRules.TRAFFIC_TIERS, v), cap,
                BigDecimal.valueOf(10 + random.nextInt(91), 2), BigDecimal.valueOf(random.nextInt(101)), minimum, v);
        v.throwIfInvalid();
        return rules;
    }
}
