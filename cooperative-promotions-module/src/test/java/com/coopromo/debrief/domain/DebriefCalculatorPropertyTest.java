package com.coopromo.debrief.domain;

import com.coopromo.common.domain.CoopValidationException;
import com.coopromo.common.domain.FieldError;
import com.coopromo.debrief.domain.DebriefFigures.CoPurchase;
import com.coopromo.debrief.domain.DebriefFigures.Driver;
import com.coopromo.debrief.domain.DebriefFigures.FunnelStep;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Random campaigns (seeded, so a failure repeats): the debrief's funnel, drivers and co-purchases equal a brute-force
 * recount of the same rows, whatever their order; the survey summary does not depend on the answers' order (so it
 * cannot tell who answered first), and each bad survey field is refused in one sentence.
 */
class DebriefCalculatorPropertyTest {
    private static final int TRIALS = 300;

    @Test
    void figuresEqualABruteForceRecountWhateverTheRowsOrder() {
        Random random = new Random(20261214L);
        for (int trial = 0; trial < TRIALS; trial++) {
            String context = "trial " + trial;
            int sellers = 1 + random.nextInt(6);
            List<ListingTraffic> traffic = new ArrayList<ListingTraffic>();
            List<long[]> listings = new ArrayList<long[]>();
            for (long s = 1; s <= sellers; s++) {
                for (int l = 1 + random.nextInt(4); l > 0; l--) {
                    long sku = 100 * s + l;
                    listings.add(new long[] {s, sku});
                    traffic.add(new ListingTraffic(s, "Seller " + s, sku, "Sku " + sku, random.nextInt(500),
                            random.nextInt(200), random.nextInt(80), random.nextInt(40),
                            new BigDecimal(random.nextInt(100000)).movePointLeft(2)));
                }
            }
            List<OrderLine> lines = new ArrayList<OrderLine>();
            int orders = random.nextInt(60);
            for (long o = 1; o <= orders; o++) {
                for (int l = 1 + random.nextInt(4); l > 0; l--) {
                    long[] listing = listings.get(random.nextInt(listings.size()));
                    lines.add(new OrderLine(o, listing[0], listing[1]));
                }
            }
            CampaignFacts facts = new CampaignFacts(new BigDecimal("5000.00"), new BigDecimal("1234.56"),
                    new BigDecimal("300.00"), new BigDecimal("299.99"), "payout run 1", new BigDecimal("100.00"),
                    new BigDecimal("5.0"), 3, random.nextInt(6));
            DebriefFigures figures = DebriefCalculator.compute(traffic, lines, facts, 1000);

            // funnel: the sums, each drop-off from the step before
            long impressions = 0, clicks = 0, carts = 0, checkouts = 0;
            BigDecimal revenue = BigDecimal.ZERO;
            for (ListingTraffic t : traffic) {
                impressions += t.impressions();
                clicks += t.clicks();
                carts += t.addToCarts();
                checkouts += t.checkouts();
                revenue = revenue.add(t.netRevenue());
            }
            Set<Long> distinctOrders = new HashSet<Long>();
            for (OrderLine line : lines) {
                distinctOrders.add(line.orderId());
            }
            assertThat(figures.funnel()).extracting(FunnelStep::count).as(context)
                    .containsExactly(impressions, clicks, carts, checkouts, (long) distinctOrders.size());
            assertThat(figures.funnel().get(0).dropOffPercent()).isNull();
            for (int i = 1; i < 5; i++) {
                long before = figures.funnel().get(i - 1).count();
                long now = figures.funnel().get(i).count();
                if (before == 0) {
                    assertThat(figures.funnel().get(i).dropOffPercent()).as(context).isNull();
                } else {
                    assertThat(figures.funnel().get(i).dropOffPercent()).as(context).isEqualByComparingTo(
                            new BigDecimal(100.0 * (before - now) / before).setScale(1, RoundingMode.HALF_UP));
                }
            }

            // drivers: every listing once, its orders the distinct orders holding it; sorted by clicks
            assertThat(figures.listings()).as(context).hasSize(traffic.size());
            for (Driver d : figures.listings()) {
                Set<Long> holding = new HashSet<Long>();
                for (OrderLine line : lines) {
                    if (line.skuId() == d.id() && line.sellerId() == d.sellerId()) {
                        holding.add(line.orderId());
                    }
                }
                assertThat(d.orders()).as(context + " listing " + d.id()).isEqualTo(holding.size());
            }
            for (int i = 1; i < figures.listings().size(); i++) {
                assertThat(figures.listings().get(i - 1).clicks()).isGreaterThanOrEqualTo(figures.listings().get(i).clicks());
            }
            long sellerClicks = 0;
            for (Driver d : figures.sellers()) {
                sellerClicks += d.clicks();
            }
            assertThat(sellerClicks).as(context).isEqualTo(clicks);
            assertThat(figures.sellers()).hasSize(sellers);

            // co-purchases: brute force over every pair of orders' distinct lines
            Map<String, Set<Long>> together = new HashMap<String, Set<Long>>();
            Map<String, Set<Long>> holding = new HashMap<String, Set<Long>>();
            for (OrderLine a : lines) {
                holding.computeIfAbsent(a.sellerId() + ":" + a.skuId(), k -> new HashSet<Long>()).add(a.orderId());
                for (OrderLine b : lines) {
                    if (a.orderId() == b.orderId() && a.sellerId() != b.sellerId() && a.skuId() < b.skuId()) {
                        together.computeIfAbsent(a.sellerId() + ":" + a.skuId() + "+" + b.sellerId() + ":" + b.skuId(),
                                k -> new HashSet<Long>()).add(a.orderId());
                    }
                }
            }
            assertThat(figures.coPurchases()).as(context).hasSize(together.size());
            for (CoPurchase p : figures.coPurchases()) {
                assertThat(p.sellerA()).isNotEqualTo(p.sellerB());
                Set<Long> both = together.get(p.sellerA() + ":" + p.skuA() + "+" + p.sellerB() + ":" + p.skuB());
                assertThat(both).as(context + " " + p).isNotNull();
                assertThat(p.orders()).isEqualTo(both.size());
                BigDecimal lift = BigDecimal.valueOf(both.size() * (long) distinctOrders.size()).divide(BigDecimal.valueOf(
                        (long) holding.get(p.sellerA() + ":" + p.skuA()).size() * holding.get(p.sellerB() + ":" + p.skuB()).size()),
                        2, RoundingMode.HALF_UP);
                assertThat(p.lift()).as(context + " " + p).isEqualByComparingTo(lift);
            }

            // targets
            assertThat(figures.targets()).hasSize(3);
            assertThat(figures.targets().get(0).actual()).isEqualByComparingTo(revenue);
            assertThat(figures.targets().get(0).met()).isEqualTo(revenue.compareTo(new BigDecimal("100.00")) >= 0);
            assertThat(figures.targets().get(2).met()).isEqualTo(facts.newBuyers() >= 3);
            assertThat(figures.outcome()).isEqualTo(figures.targets().stream().allMatch(DebriefFigures.TargetOutcome::met) ? "met" : "missed");
            assertThat(figures.money().get(0).usedPercent()).isEqualByComparingTo("24.7");

            // the rows' order changes nothing
            List<ListingTraffic> shuffledTraffic = new ArrayList<ListingTraffic>(traffic);
            List<OrderLine> shuffledLines = new ArrayList<OrderLine>(lines);
            Collections.shuffle(shuffledTraffic, random);
            Collections.shuffle(shuffledLines, random);
            assertThat(DebriefCalculator.compute(shuffledTraffic, shuffledLines, facts, 1000)).as(context).isEqualTo(figures);
            assertThat(DebriefCalculator.compute(traffic, lines, facts, 3).listings()).isEqualTo(
                    figures.listings().subList(0, Math.min(3, figures.listings().size())));
        }
    }

    @Test
    void aCampaignWithoutDataHasAnEmptyFunnelAndNoTargetsIsNoOutcome() {
        DebriefFigures figures = DebriefCalculator.compute(new ArrayList<ListingTraffic>(), new ArrayList<OrderLine>(),
                new CampaignFacts(new BigDecimal("100.00"), BigDecimal.ZERO, null, null, null, null, null, null, 0), 10);
        assertThat(figures.funnel()).extracting(FunnelStep::count).containsExactly(0L, 0L, 0L, 0L, 0L);
        assertThat(figures.funnel()).extracting(FunnelStep::dropOffPercent).containsOnlyNulls();
        assertThat(figures.outcome()).isEqualTo("no targets");
        assertThat(figures.money().get(1).used()).isNull();
        assertThat(figures.money().get(1).source()).isEqualTo("no settlement run yet");
    }

    @Test
    void theSurveySummaryIsTheSameWhateverOrderTheAnswersCameIn() {
        Random random = new Random(7L);
        for (int trial = 0; trial < 200; trial++) {
            List<SurveyAnswer> answers = new ArrayList<SurveyAnswer>();
            int[] sums = new int[3];
            for (int i = random.nextInt(12); i > 0; i--) {
                SurveyAnswer a = new SurveyAnswer(1 + random.nextInt(5), 1 + random.nextInt(5), 1 + random.nextInt(5),
                        random.nextBoolean() ? null : "comment " + (char) ('a' + random.nextInt(26)) + random.nextInt(100));
                answers.add(a);
                sums[0] += a.assetClarity();
                sums[1] += a.messaging();
                sums[2] += a.fairness();
            }
            SurveySummary summary = SurveySummary.of(answers);
            List<SurveyAnswer> shuffled = new ArrayList<SurveyAnswer>(answers);
            Collections.shuffle(shuffled, random);
            assertThat(SurveySummary.of(shuffled)).isEqualTo(summary);
            assertThat(summary.answers()).isEqualTo(answers.size());
            for (int q = 0; q < 3; q++) {
                SurveySummary.Question question = summary.questions().get(q);
                int counted = 0;
                for (int score = 1; score <= 5; score++) {
                    counted += question.count(score);
                }
                assertThat(counted).isEqualTo(answers.size());
                if (answers.isEmpty()) {
                    assertThat(question.average()).isNull();
                } else {
                    assertThat(question.average()).isEqualByComparingTo(BigDecimal.valueOf(sums[q])
                            .divide(BigDecimal.valueOf(answers.size()), 2, RoundingMode.HALF_UP));
                }
            }
            List<String> sorted = new ArrayList<String>(summary.comments());
            Collections.sort(sorted, String.CASE_INSENSITIVE_ORDER);
            assertThat(summary.comments()).isEqualTo(sorted);
        }
    }

    @Test
    void eachBadSurveyFieldIsRefusedInOneSentence() {
        CoopValidationException e = catchThrowableOfType(() -> SurveyAnswer.check("", "6", "x", repeat('a', 2001)),
                CoopValidationException.class);
        assertThat(e.errors()).extracting(FieldError::toString).containsExactly(
                "assetClarity: give asset clarity a score from 1 to 5.",
                "messaging: must be a whole score from 1 to 5 (was \"6\").",
                "fairness: must be a whole score from 1 to 5 (was \"x\").",
                "comment: must be at most 2000 characters (was 2001).");
        SurveyAnswer ok = SurveyAnswer.check(" 5", "1", "3", "   ");
        assertThat(ok.assetClarity()).isEqualTo(5);
        assertThat(ok.comment()).isNull();
    }

    private static String repeat(char c, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(c);
        }
        return sb.toString();
    }
}
