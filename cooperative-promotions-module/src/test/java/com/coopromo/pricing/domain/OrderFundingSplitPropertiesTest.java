package com.coopromo.pricing.domain;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random orders (up to 60 discounted lines over up to 4 campaigns and 5 sellers, some campaigns capping per seller):
 * the platform's share of each order and campaign is within a cent of the exact percentage, every row adds up, and a
 * pricing that adds the lines one by one spends exactly what the checkout splits.
 */
class OrderFundingSplitPropertiesTest {
    private static final BigDecimal CENT = new BigDecimal("0.01");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    @Property(tries = 3000)
    void everyRowAddsUpAndNoPartIsNegativeOrLargerThanItsLine(@ForAll("orders") List<OrderFundingSplit.Line> order) {
        List<FundingSplit> splits = OrderFundingSplit.split(order);

        assertThat(splits).hasSameSizeAs(order);
        for (int i = 0; i < order.size(); i++) {
            FundingSplit split = splits.get(i);
            assertThat(split.platformPart().add(split.sellerPart())).isEqualByComparingTo(order.get(i).discount());
            assertThat(split.platformPart().signum()).isGreaterThanOrEqualTo(0);
            assertThat(split.sellerPart().signum()).isGreaterThanOrEqualTo(0);
            assertThat(split.platformPart().scale()).isEqualTo(2);
        }
    }

    @Property(tries = 3000)
    void thePlatformsShareOfEachFundingIsWithinACentOfTheExactPercentage(@ForAll("orders") List<OrderFundingSplit.Line> order) {
        List<FundingSplit> splits = OrderFundingSplit.split(order);

        Map<String, BigDecimal[]> byFunding = sums(order, splits, false);
        for (BigDecimal[] sum : byFunding.values()) {
            BigDecimal exact = sum[0].multiply(sum[2]).divide(HUNDRED);
            assertThat(sum[1].subtract(exact).abs()).as("platform %s of exact %s", sum[1], exact).isLessThanOrEqualTo(CENT);
        }
    }

    @Property(tries = 3000)
    void aCampaignWithoutASellerCapCostsThePlatformItsPercentOfTheOrderWithinACent(
            @ForAll("orders") List<OrderFundingSplit.Line> order) {
        List<FundingSplit> splits = OrderFundingSplit.split(order);

        for (Map.Entry<String, BigDecimal[]> campaign : sums(order, splits, true).entrySet()) {
            BigDecimal[] sum = campaign.getValue();
            BigDecimal exact = sum[0].multiply(sum[2]).divide(HUNDRED);
            if (!campaign.getKey().endsWith("capped")) {
                assertThat(sum[1].subtract(exact).abs()).as("platform %s of exact %s", sum[1], exact).isLessThanOrEqualTo(CENT);
            }
        }
    }

    @Property(tries = 2000)
    void pricingLineByLineSpendsExactlyWhatTheCheckoutSplitsInAnyOrder(@ForAll("orders") List<OrderFundingSplit.Line> order,
                                                                      @ForAll long seed) {
        List<OrderFundingSplit.Line> shuffled = new ArrayList<OrderFundingSplit.Line>(order);
        Collections.shuffle(shuffled, new Random(seed));
        Map<String, BigDecimal> before = new LinkedHashMap<String, BigDecimal>();
        Map<String, BigDecimal> spent = new LinkedHashMap<String, BigDecimal>();
        for (OrderFundingSplit.Line line : shuffled) {
            BigDecimal earlier = before.containsKey(line.fundingKey()) ? before.get(line.fundingKey()) : BigDecimal.ZERO;
            FundingSplit added = FundingSplit.added(earlier, line.discount(), line.platformPercent());
            assertThat(added.total()).isEqualByComparingTo(line.discount());
            assertThat(added.platformPart().signum()).isGreaterThanOrEqualTo(0);
            assertThat(added.sellerPart().signum()).isGreaterThanOrEqualTo(0);
            before.put(line.fundingKey(), earlier.add(line.discount()));
            BigDecimal sum = spent.get(line.fundingKey());
            spent.put(line.fundingKey(), (sum == null ? BigDecimal.ZERO : sum).add(added.platformPart()));
        }

        Map<String, BigDecimal[]> checkout = sums(order, OrderFundingSplit.split(order), false);
        assertThat(spent.keySet()).containsExactlyInAnyOrderElementsOf(checkout.keySet());
        for (Map.Entry<String, BigDecimal> funding : spent.entrySet()) {
            assertThat(funding.getValue()).isEqualByComparingTo(checkout.get(funding.getKey())[1]);
        }
    }

    @Property(tries = 1000)
    void theOrderOfTheLinesChangesNoFundingsShare(@ForAll("orders") List<OrderFundingSplit.Line> order, @ForAll long seed) {
        List<OrderFundingSplit.Line> shuffled = new ArrayList<OrderFundingSplit.Line>(order);
        Collections.shuffle(shuffled, new Random(seed));

        Map<String, BigDecimal[]> a = sums(order, OrderFundingSplit.split(order), false);
        Map<String, BigDecimal[]> b = sums(shuffled, OrderFundingSplit.split(shuffled), false);
        for (Map.Entry<String, BigDecimal[]> funding : a.entrySet()) {
            assertThat(b.get(funding.getKey())[1]).isEqualByComparingTo(funding.getValue()[1]);
        }
        assertThat(OrderFundingSplit.split(order)).as("deterministic").isEqualTo(OrderFundingSplit.split(order));
    }

    /** Per funding (or per campaign): {Σ discount, Σ platform part, platform percent}. */
    private static Map<String, BigDecimal[]> sums(List<OrderFundingSplit.Line> order, List<FundingSplit> splits,
                                                  boolean byCampaign) {
        Map<String, BigDecimal[]> sums = new LinkedHashMap<String, BigDecimal[]>();
        for (int i = 0; i < order.size(); i++) {
            OrderFundingSplit.Line line = order.get(i);
            String key = byCampaign ? line.campaignId() + (line.cappedPerSeller() ? " capped" : "") : line.fundingKey();
            BigDecimal[] sum = sums.get(key);
            if (sum == null) {
                sum = new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO, line.platformPercent()};
                sums.put(key, sum);
            }
            sum[0] = sum[0].add(line.discount());
            sum[1] = sum[1].add(splits.get(i).platformPart());
        }
        return sums;
    }

    /** Campaign terms (percent, cap per seller) drawn once per order, then lines drawn against them. */
    @Provide
    Arbitrary<List<OrderFundingSplit.Line>> orders() {
        Arbitrary<BigDecimal> percent = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, Arbitraries.of(new BigDecimal("0"), new BigDecimal("50"), new BigDecimal("100"),
                        new BigDecimal("33.33"), new BigDecimal("40"))),
                net.jqwik.api.Tuple.of(5, Arbitraries.bigDecimals().between(BigDecimal.ZERO, HUNDRED).ofScale(2)));
        Arbitrary<BigDecimal> discount = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.of(new BigDecimal("3.33"), new BigDecimal("0.01"), new BigDecimal("0.05"),
                        new BigDecimal("1.11"))),
                net.jqwik.api.Tuple.of(6, Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("500")).ofScale(2)));
        Arbitrary<List<BigDecimal>> percents = percent.list().ofSize(4);
        Arbitrary<List<Boolean>> caps = Arbitraries.of(true, false, false).list().ofSize(4);
        Arbitrary<List<int[]>> shapes = Combinators.combine(Arbitraries.integers().between(1, 4),
                Arbitraries.integers().between(1, 5)).as((c, s) -> new int[]{c, s}).list().ofMinSize(1).ofMaxSize(60);
        return Combinators.combine(percents, caps, shapes, discount.list().ofSize(60)).as((p, c, lines, amounts) -> {
            List<OrderFundingSplit.Line> order = new ArrayList<OrderFundingSplit.Line>();
            for (int i = 0; i < lines.size(); i++) {
                int campaign = lines.get(i)[0];
                order.add(new OrderFundingSplit.Line(campaign, lines.get(i)[1], amounts.get(i), p.get(campaign - 1),
                        c.get(campaign - 1)));
            }
            return order;
        });
    }
}
