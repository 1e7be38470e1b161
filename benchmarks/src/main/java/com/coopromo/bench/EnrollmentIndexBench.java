package com.coopromo.bench;

import com.coopromo.campaign.domain.StackingPolicy;
import com.coopromo.pricing.domain.CampaignDiscountCalculator;
import com.coopromo.pricing.domain.CampaignOffer;
import com.coopromo.pricing.domain.EnrollmentIndex;
import com.coopromo.pricing.domain.LineInput;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

/**
 * The active enrollment index: does pricing a cart stay O(cart lines) as the number of campaigns grows?
 * <p>
 * For 10, 1,000 and 10,000 campaigns it builds the pure {@link EnrollmentIndex} over 5,000 sellers and 100,000
 * enrolled listings (one host Sku each, spread evenly over the campaigns, every campaign live), then times 50-line
 * carts (90% enrolled Skus, 10% not): the lookups alone, and lookup + {@link CampaignDiscountCalculator#price} per
 * line (building each {@link LineInput} included, as the pricing workflow will). Percentiles are per cart, after a
 * warm-up; every campaign count is measured in two rounds and the second is printed, so JIT order does not favour one.
 *
 * <p>Run: {@code benchmarks/run.sh EnrollmentIndexBench}.
 */
public final class EnrollmentIndexBench {
    private static final int[] CAMPAIGNS = {10, 1_000, 10_000};
    private static final int SELLERS = 5_000;
    private static final int LISTINGS = 100_000;
    private static final int CART_LINES = 50;
    private static final int CARTS = 4_096;
    private static final int WARMUP = 30_000;
    private static final int MEASURED = 200_000;
    private static final long FIRST_SKU = 1_000_000L;
    private static final Instant NOW = Instant.parse("2027-03-15T12:00:00Z");
    private static final CampaignDiscountCalculator CALCULATOR = new CampaignDiscountCalculator();
    private static final BigDecimal BUDGET = new BigDecimal("1000000.00");

    private EnrollmentIndexBench() {
    }

    private interface CartWork {
        long run(long[] cart);
    }

    public static void main(String[] args) {
        Random random = new Random(42);
        final BigDecimal[] prices = prices(random);
        long[][] carts = carts(random);

        System.out.printf(Locale.ROOT, "Enrollment index: %,d sellers, %,d enrolled listings, %d-line carts, %,d carts timed after %,d warm-up%n%n",
                SELLERS, LISTINGS, CART_LINES, MEASURED, WARMUP);
        double[][] lookup = new double[CAMPAIGNS.length][];
        double[][] priced = new double[CAMPAIGNS.length][];
        long[] buildMillis = new long[CAMPAIGNS.length];
        for (int round = 0; round < 2; round++) {
            for (int c = 0; c < CAMPAIGNS.length; c++) {
                long t0 = System.nanoTime();
                final EnrollmentIndex index = build(CAMPAIGNS[c], prices);
                buildMillis[c] = (System.nanoTime() - t0) / 1_000_000;
                lookup[c] = measure(carts, new CartWork() {
                    @Override
                    public long run(long[] cart) {
                        return lookUp(index, cart);
                    }
                });
                priced[c] = measure(carts, new CartWork() {
                    @Override
                    public long run(long[] cart) {
                        return lookUpAndPrice(index, cart, prices);
                    }
                });
            }
        }

        System.out.printf(Locale.ROOT, "%-10s | %9s | %-21s | %-21s%n", "campaigns", "build", "lookup, 50 lines",
                "lookup + price, 50 lines");
        System.out.printf(Locale.ROOT, "%-10s | %9s | %-21s | %-21s%n", "", "ms", "  p50 us     p99 us", "  p50 us     p99 us");
        for (int c = 0; c < CAMPAIGNS.length; c++) {
            System.out.printf(Locale.ROOT, "%,-10d | %9d | %8.2f   %8.2f  | %8.2f   %8.2f%n", CAMPAIGNS[c], buildMillis[c],
                    lookup[c][0], lookup[c][1], priced[c][0], priced[c][1]);
        }
        int last = CAMPAIGNS.length - 1;
        System.out.printf(Locale.ROOT, "%-10s | %9s | %7.2fx   %7.2fx  | %7.2fx   %7.2fx%n", "10k / 10", "",
                lookup[last][0] / lookup[0][0], lookup[last][1] / lookup[0][1],
                priced[last][0] / priced[0][0], priced[last][1] / priced[0][1]);
        System.out.printf(Locale.ROOT, "%nPer line at 10,000 campaigns (p50): lookup %.0f ns, lookup + price %.0f ns%n",
                lookup[last][0] * 1_000 / CART_LINES, priced[last][0] * 1_000 / CART_LINES);
    }

    /**
     * The lookup + discount calculation of {@link #main} for one campaign count, on its own: builds the index over
     * the same listings and carts, warms up, then times {@code measured} carts. Returns the per-cart nanoseconds,
     * sorted. Used by {@link HostPricingBench} to print the module's evaluation next to the host's rule work.
     */
    public static long[] lookupAndPriceNanos(int campaigns, int warmup, int measured) {
        Random random = new Random(42);
        final BigDecimal[] prices = prices(random);
        long[][] carts = carts(random);
        final EnrollmentIndex index = build(campaigns, prices);
        return time(carts, new CartWork() {
            @Override
            public long run(long[] cart) {
                return lookUpAndPrice(index, cart, prices);
            }
        }, warmup, measured);
    }

    private static BigDecimal[] prices(Random random) {
        BigDecimal[] prices = new BigDecimal[LISTINGS];
        for (int i = 0; i < LISTINGS; i++) {
            prices[i] = BigDecimal.valueOf(2_000 + random.nextInt(8_000), 2);
        }
        return prices;
    }

    /** Listing i (Sku FIRST_SKU + i) of seller i % SELLERS is enrolled in campaign i % campaigns; all campaigns live. */
    private static EnrollmentIndex build(int campaigns, BigDecimal[] prices) {
        CampaignOffer.Builder[] templates = new CampaignOffer.Builder[campaigns];
        StackingPolicy[] policies = StackingPolicy.values();
        for (int c = 0; c < campaigns; c++) {
            Instant start = NOW.minus(Duration.ofHours(1 + c % 240));
            templates[c] = CampaignOffer.builder().campaignId(c + 1).campaignName("Campaign " + (c + 1))
                    .minDiscountPercent(BigDecimal.valueOf(5 + c % 10)).capDiscountPercent(BigDecimal.valueOf(30 + c % 20))
                    .stackingPolicy(policies[c % policies.length]).platformFundingPercent(BigDecimal.valueOf(c % 60))
                    .window(start, start.plus(Duration.ofDays(7 + c % 21)));
        }
        EnrollmentIndex.Builder index = EnrollmentIndex.builder();
        for (int i = 0; i < LISTINGS; i++) {
            CampaignOffer offer = templates[i % campaigns]
                    .sellerId(i % SELLERS + 1).listingId(i + 1)
                    .sellerDiscountPercent(BigDecimal.valueOf(10 + i % 25))
                    .marginFloor(prices[i].multiply(new BigDecimal("0.60")).setScale(2, RoundingMode.HALF_UP))
                    .build();
            index.add(FIRST_SKU + i, offer);
        }
        return index.build();
    }

    /** Random carts: 90% of the lines are enrolled Skus, 10% Skus enrolled nowhere. */
    private static long[][] carts(Random random) {
        long[][] carts = new long[CARTS][CART_LINES];
        for (long[] cart : carts) {
            for (int line = 0; line < CART_LINES; line++) {
                cart[line] = random.nextInt(10) == 0 ? random.nextInt(900_000) : FIRST_SKU + random.nextInt(LISTINGS);
            }
        }
        return carts;
    }

    private static long lookUp(EnrollmentIndex index, long[] cart) {
        long found = 0;
        for (long sku : cart) {
            CampaignOffer offer = index.offerFor(sku, NOW);
            if (offer != null) {
                found += offer.campaignId();
            }
        }
        return found;
    }

    private static long lookUpAndPrice(EnrollmentIndex index, long[] cart, BigDecimal[] prices) {
        long cents = 0;
        for (long sku : cart) {
            CampaignOffer offer = index.offerFor(sku, NOW);
            int listing = (int) (sku - FIRST_SKU);
            BigDecimal price = listing >= 0 && listing < LISTINGS ? prices[listing] : new BigDecimal("19.99");
            LineInput line = LineInput.builder().skuId(sku).quantity(1 + (int) (sku % 3)).unitPrice(price)
                    .nativeDiscountPerUnit(BigDecimal.ZERO).stockAvailable(50).pricedAt(NOW)
                    .offer(offer).remainingPlatformBudget(offer == null ? null : BUDGET).build();
            cents += CALCULATOR.price(line).campaignDiscountForLine().unscaledValue().longValue();
        }
        return cents;
    }

    /** Returns {p50, p99} per cart in microseconds after a warm-up. */
    private static double[] measure(long[][] carts, CartWork work) {
        long[] nanos = time(carts, work, WARMUP, MEASURED);
        return new double[]{nanos[nanos.length / 2] / 1e3, nanos[(int) (nanos.length * 0.99)] / 1e3};
    }

    /** Per-cart nanoseconds of {@code measured} carts after {@code warmup} untimed ones, sorted. */
    private static long[] time(long[][] carts, CartWork work, int warmup, int measured) {
        long sink = 0;
        for (int i = 0; i < warmup; i++) {
            sink += work.run(carts[i % CARTS]);
        }
        long[] nanos = new long[measured];
        for (int i = 0; i < measured; i++) {
            long[] cart = carts[i % CARTS];
            long t0 = System.nanoTime();
            sink += work.run(cart);
            nanos[i] = System.nanoTime() - t0;
        }
        if (sink == Long.MIN_VALUE) {
            System.out.println(sink); // keeps the results alive
        }
        Arrays.sort(nanos);
        return nanos;
    }
}
