package com.coopromo.bench;

import com.coopromo.common.domain.Validation;
import com.coopromo.settlement.domain.Fairness;
import com.coopromo.settlement.domain.PayoutRules;
import com.coopromo.settlement.domain.PayoutTier;
import com.coopromo.settlement.domain.SellerProfile;
import com.coopromo.settlement.domain.SellerSales;
import com.coopromo.settlement.domain.SellerTraffic;
import com.coopromo.settlement.domain.Settlement;
import com.coopromo.settlement.domain.SettlementCalculator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The fairness simulator: synthetic populations of 10,000 sellers whose sizes follow a Pareto distribution
 * (alpha 1.16, the "80/20" marketplace), run through payout rule sets and two ranking rules; per rule set it prints the
 * large segment's share of payouts and of exposure against its share of enrolled listings (and the Gini of payouts),
 * averaged over several populations. The payout rules are the module's own calculator
 * ({@link SettlementCalculator}); ranking is modelled on the hub's: a first page of 24 places drawn from 600 matching
 * listings, plain (best score first, a seller's score rising with its size, as deeper discounts and more reviews do)
 * or fair (at most 3 places per seller while others match, 2 featured places rotated among the matching sellers,
 * newcomers' scores doubled).
 * <p>
 * Segments by size rank: the largest 2% of sellers LARGE, the next 18% MID, the rest SMALL; 20% of sellers are
 * newcomers (in their first campaign). Sales grow with size (with noise), listings with size^0.6, traffic with size.
 * <p>
 * Run: {@code benchmarks/run.sh FairnessSimulator [populations]} (default 5).
 */
public final class FairnessSimulator {
    private static final int SELLERS = 10_000;
    private static final int QUERIES = 2_000;
    private static final int PAGE = 24;
    private static final int CANDIDATES = 600;
    private static final BigDecimal POOL = new BigDecimal("100000.00");

    private FairnessSimulator() {
    }

    private static final class RuleSet {
        final String name;
        final PayoutRules rules;
        final boolean fairRanking;

        RuleSet(String name, boolean fairRanking, String sales, String traffic, String cap, String exponent, String boost,
                 String minimum) {
            Validation v = new Validation();
            this.rules = PayoutRules.validate(POOL, PayoutTier.parse(sales, PayoutRules.SALES_TIERS, v),
                    PayoutTier.parse(traffic, PayoutRules.TRAFFIC_TIERS, v), new BigDecimal(cap), new BigDecimal(exponent),
                    new BigDecimal(boost), new BigDecimal(minimum), v);
            v.throwIfInvalid();
            this.name = name;
            this.fairRanking = fairRanking;
        }
    }

    public static void main(String[] args) {
        int populations = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        // proportional-like: many doubling tiers with points growing like sales
        String proportional = "100:1, 200:2, 400:4, 800:8, 1600:16, 3200:32, 6400:64, 12800:128, 25600:256, 51200:512";
        RuleSet[] sets = {
                new RuleSet("A proportional to sales, plain ranking", false, proportional, "", "100", "1", "0", "0"),
                new RuleSet("B 3 sales tiers, no cap, plain ranking", false, "100:1, 1000:2, 10000:3", "", "100", "1", "0", "0"),
                new RuleSet("C B + traffic tiers, cap 5%, fair ranking", true, "100:1, 1000:2, 10000:3", "50:1, 500:2", "5", "1", "0", "0"),
                new RuleSet("D C + diminishing returns 0.5", true, "100:1, 1000:2, 10000:3", "50:1, 500:2", "5", "0.5", "0", "0"),
                new RuleSet("E D + newcomer boost 50%, minimum 5.00 (default)", true, "100:1, 1000:2, 10000:3", "50:1, 500:2", "5", "0.5", "50", "5.00"),
                new RuleSet("F A with cap 1% and exponent 0.5, fair ranking", true, proportional, "", "1", "0.5", "0", "0"),
        };
        double[][] sums = new double[sets.length][5]; // listings, payouts, exposure, gini, paid sellers
        for (int p = 0; p < populations; p++) {
            Random random = new Random(1000 + p);
            Population pop = new Population(random);
            double[] plainExposure = pop.exposure(false, new Random(7 + p));
            double[] fairExposure = pop.exposure(true, new Random(7 + p));
            for (int i = 0; i < sets.length; i++) {
                Settlement s = SettlementCalculator.settle(sets[i].rules, pop.sales, pop.profiles, true);
                Fairness f = Fairness.of(s.statements(), pop.profiles);
                sums[i][0] += f.segment("LARGE").listingShare.doubleValue();
                sums[i][1] += f.segment("LARGE").payoutShare.doubleValue();
                sums[i][2] += 100 * (sets[i].fairRanking ? fairExposure : plainExposure)[2];
                sums[i][3] += f.payoutGini().doubleValue();
                int paid = 0;
                for (com.coopromo.settlement.domain.SellerStatement st : s.statements()) {
                    if (st.bonus().signum() > 0) {
                        paid++;
                    }
                }
                sums[i][4] += paid;
            }
        }
        System.out.printf(Locale.ROOT, "%n%d populations of %,d sellers (Pareto sizes), pool %s, first page of %d over %,d queries%n",
                populations, SELLERS, POOL.toPlainString(), PAGE, QUERIES);
        System.out.printf(Locale.ROOT, "%-50s | %9s | %9s | %9s | %6s | %7s%n", "rule set", "LARGE lst", "LARGE pay",
                "LARGE exp", "Gini", "paid");
        for (int i = 0; i < sets.length; i++) {
            System.out.printf(Locale.ROOT, "%-50s | %8.1f%% | %8.1f%% | %8.1f%% | %6.3f | %7.0f%n", sets[i].name,
                    sums[i][0] / populations, sums[i][1] / populations, sums[i][2] / populations, sums[i][3] / populations,
                    sums[i][4] / populations);
        }
    }

    /** One synthetic marketplace. */
    private static final class Population {
        final List<SellerSales> sales = new ArrayList<SellerSales>();
        final Map<Long, SellerProfile> profiles = new HashMap<Long, SellerProfile>();
        final double[] size = new double[SELLERS];
        final int[] listings = new int[SELLERS];
        final int[] segment = new int[SELLERS]; // 0 small, 1 mid, 2 large
        final boolean[] newcomer = new boolean[SELLERS];
        final int[] listingOwner;

        Population(Random random) {
            for (int i = 0; i < SELLERS; i++) {
                size[i] = 1.0 / Math.pow(1 - random.nextDouble(), 1 / 1.16);
            }
            java.util.Arrays.sort(size); // ascending: the last are the largest
            int totalListings = 0;
            for (int i = 0; i < SELLERS; i++) {
                int rank = SELLERS - 1 - i;
                segment[i] = rank < SELLERS * 0.02 ? 2 : rank < SELLERS * 0.2 ? 1 : 0;
                newcomer[i] = random.nextDouble() < 0.2;
                listings[i] = Math.max(1, (int) Math.round(2 * Math.pow(size[i], 0.6)));
                totalListings += listings[i];
                double noise = Math.exp(random.nextGaussian() * 0.5);
                BigDecimal net = BigDecimal.valueOf(Math.round(size[i] * 60 * noise * 100), 2);
                long clicks = Math.round(size[i] * 40 * Math.exp(random.nextGaussian() * 0.4));
                long before = Math.round(clicks * (0.5 + 0.6 * random.nextDouble()));
                long id = i + 1;
                sales.add(new SellerSales(id, 1, net, BigDecimal.ZERO, BigDecimal.ZERO, 0, BigDecimal.ZERO, BigDecimal.ZERO));
                profiles.put(id, new SellerProfile(id, new String[]{"SMALL", "MID", "LARGE"}[segment[i]], newcomer[i],
                        listings[i], new SellerTraffic(clicks, before, 0)));
            }
            listingOwner = new int[totalListings];
            int at = 0;
            for (int i = 0; i < SELLERS; i++) {
                for (int k = 0; k < listings[i]; k++) {
                    listingOwner[at++] = i;
                }
            }
        }

        /** Share of first-page places per segment (small, mid, large). */
        double[] exposure(boolean fair, Random random) {
            double[] places = new double[3];
            double total = 0;
            for (int q = 0; q < QUERIES; q++) {
                int[] owner = new int[CANDIDATES];
                double[] score = new double[CANDIDATES];
                for (int c = 0; c < CANDIDATES; c++) {
                    owner[c] = listingOwner[random.nextInt(listingOwner.length)];
                    score[c] = (1 + Math.log10(size[owner[c]])) * random.nextDouble()
                            * (fair && newcomer[owner[c]] ? 2 : 1);
                }
                Integer[] order = new Integer[CANDIDATES];
                for (int c = 0; c < CANDIDATES; c++) {
                    order[c] = c;
                }
                java.util.Arrays.sort(order, (a, b) -> Double.compare(score[b], score[a]));
                List<Integer> page = new ArrayList<Integer>();
                Set<Integer> used = new HashSet<Integer>();
                if (fair) {
                    // 2 featured places rotated among the matching sellers: a random matching listing's seller
                    for (int f = 0; f < 2; f++) {
                        int c = random.nextInt(CANDIDATES);
                        if (used.add(c)) {
                            page.add(owner[c]);
                        }
                    }
                }
                Map<Integer, Integer> perSeller = new HashMap<Integer, Integer>();
                for (Integer c : order) {
                    if (page.size() == PAGE) {
                        break;
                    }
                    if (used.contains(c)) {
                        continue;
                    }
                    int n = perSeller.containsKey(owner[c]) ? perSeller.get(owner[c]) : 0;
                    if (fair && n >= 3) {
                        continue;
                    }
                    perSeller.put(owner[c], n + 1);
                    page.add(owner[c]);
                }
                for (int o : page) {
                    places[segment[o]]++;
                    total++;
                }
            }
            return new double[]{places[0] / total, places[1] / total, places[2] / total};
        }
    }
}
