package com.coopromo.pricing.domain;

import com.coopromo.campaign.domain.StackingPolicy;
import com.coopromo.participation.domain.MarginFloorPolicy;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calculator's invariants over random lines: prices from a cent to a million, percents with two decimals, floors
 * below and above the price, every stacking policy, host discounts up to the whole price, budgets from none to
 * plenty, stock untracked, short or enough, and pricing instants on and around the window's edges.
 */
class PricingPropertiesTest {
    private static final Instant STARTS_AT = Instant.parse("2027-03-10T08:00:00Z");
    private static final Instant ENDS_AT = Instant.parse("2027-03-20T08:00:00Z");
    private static final BigDecimal CENT = new BigDecimal("0.01");
    private static final Set<Outcome> REDUCED = EnumSet.of(Outcome.APPLIED_CAPPED_BY_FLOOR,
            Outcome.APPLIED_CAPPED_BY_COMBINED_CAP, Outcome.APPLIED_CAPPED_BY_BUDGET);

    private final CampaignDiscountCalculator calculator = new CampaignDiscountCalculator();

    @Property(tries = 100000, edgeCases = EdgeCasesMode.NONE)
    void coreInvariantsHoldForEveryLine(@ForAll("lines") LineInput line) {
        LinePricing result = calculator.price(line);

        assertThat(new CampaignDiscountCalculator().price(line)).as("deterministic").isEqualTo(result);
        noNegativeAmounts(result);
        moneyInCents(result);
        fundingAddsUpExactly(result);
        assertThat(result.campaignApplied()).as("applied iff a campaign discount")
                .isEqualTo(result.campaignDiscountForLine().signum() > 0);
        assertThat(result.explanation()).startsWith(result.reason().label() + ": ");
        if (result.campaignApplied()) {
            appliedDiscountRespectsEveryRule(line, result);
        } else {
            noCampaignLeavesTheHostDiscountAlone(line, result);
        }
        gatesNameTheirOutcome(line, result);
        Statistics.label("outcome").collect(result.reason());
        Statistics.label("policy").collect(line.offer() == null ? null : line.offer().stackingPolicy());
        Statistics.label("outcome").coverage(checker -> {
            for (Outcome outcome : Outcome.values()) {
                checker.check(outcome).count(count -> count > 0);
            }
        });
    }

    @Property(tries = 2000)
    void pricingTheSameLineTwiceGivesEqualResults(@ForAll("lines") LineInput line) {
        LineInput copy = line.toBuilder().build();

        assertThat(calculator.price(copy)).isEqualTo(calculator.price(line));
        assertThat(calculator.price(copy).explanation()).isEqualTo(calculator.price(line).explanation());
    }

    @Property(tries = 5000)
    void theBudgetCapIsTheLargestFundableAmount(@ForAll("lines") LineInput line) {
        LinePricing result = calculator.price(line);
        if (result.reason() != Outcome.APPLIED_CAPPED_BY_BUDGET) {
            return;
        }
        BigDecimal platformPercent = line.offer().platformFundingPercent();
        BigDecimal oneCentMore = FundingSplit.of(result.campaignDiscountForLine().add(CENT), platformPercent).platformPart();
        assertThat(oneCentMore).isGreaterThan(line.remainingPlatformBudget());
    }

    private static void noNegativeAmounts(LinePricing r) {
        assertThat(r.campaignDiscountPerUnit().signum()).isGreaterThanOrEqualTo(0);
        assertThat(r.campaignDiscountForLine().signum()).isGreaterThanOrEqualTo(0);
        assertThat(r.nativeDiscountPerUnit().signum()).isGreaterThanOrEqualTo(0);
        assertThat(r.finalUnitPrice().signum()).isGreaterThanOrEqualTo(0);
        assertThat(r.finalLineTotal().signum()).isGreaterThanOrEqualTo(0);
        assertThat(r.funding().platformPart().signum()).isGreaterThanOrEqualTo(0);
        assertThat(r.funding().sellerPart().signum()).isGreaterThanOrEqualTo(0);
    }

    private static void moneyInCents(LinePricing r) {
        assertThat(r.campaignDiscountPerUnit().scale()).isEqualTo(2);
        assertThat(r.campaignDiscountForLine().scale()).isEqualTo(2);
        assertThat(r.nativeDiscountPerUnit().scale()).isEqualTo(2);
        assertThat(r.finalUnitPrice().scale()).isEqualTo(2);
        assertThat(r.funding().platformPart().scale()).isEqualTo(2);
        assertThat(r.funding().sellerPart().scale()).isEqualTo(2);
    }

    private static void fundingAddsUpExactly(LinePricing r) {
        assertThat(r.funding().platformPart().add(r.funding().sellerPart())).isEqualTo(r.campaignDiscountForLine());
        BigDecimal rebuilt = r.campaignDiscountPerUnitRoundedDown().multiply(BigDecimal.valueOf(r.quantity()))
                .add(CENT.multiply(BigDecimal.valueOf(r.unitsWithOneCentMore())));
        assertThat(rebuilt).as("per-unit split adds up to the line").isEqualTo(r.campaignDiscountForLine());
    }

    private static void appliedDiscountRespectsEveryRule(LineInput line, LinePricing r) {
        CampaignOffer offer = line.offer();
        BigDecimal price = line.unitPrice();
        BigDecimal quantity = BigDecimal.valueOf(line.quantity());
        BigDecimal capAmount = price.subtract(MarginFloorPolicy.discountedPrice(price, offer.capDiscountPercent()));
        BigDecimal minAmount = price.subtract(MarginFloorPolicy.discountedPrice(price, offer.minDiscountPercent()));
        BigDecimal intended = price.subtract(MarginFloorPolicy.discountedPrice(price, offer.effectivePercent()));

        assertThat(offer.isLiveAt(line.pricedAt())).isTrue();
        assertThat(line.stockAvailable() == null || line.stockAvailable() >= line.quantity()).isTrue();
        assertThat(r.campaignPercent()).isBetween(offer.minDiscountPercent(), offer.capDiscountPercent());

        assertThat(r.finalUnitPrice()).as("never below the floor").isGreaterThanOrEqualTo(offer.marginFloor());
        assertThat(r.finalLineTotal()).isGreaterThanOrEqualTo(offer.marginFloor().multiply(quantity));
        assertThat(r.campaignDiscountPerUnit()).as("never above the cap").isLessThanOrEqualTo(capAmount);
        assertThat(r.campaignDiscountForLine()).isLessThanOrEqualTo(capAmount.multiply(quantity));
        assertThat(r.campaignDiscountPerUnit()).isLessThanOrEqualTo(intended);
        if (!REDUCED.contains(r.reason())) {
            assertThat(r.reason()).isEqualTo(Outcome.APPLIED);
            assertThat(r.campaignDiscountPerUnit()).as("at least the minimum unless reduced").isGreaterThanOrEqualTo(minAmount)
                    .isEqualTo(intended);
            assertThat(r.campaignDiscountForLine()).isEqualTo(intended.multiply(quantity));
        }
        if (r.reason() == Outcome.APPLIED_CAPPED_BY_FLOOR) {
            assertThat(r.finalUnitPrice()).isEqualTo(offer.marginFloor());
        }
        if (r.reason() == Outcome.APPLIED_CAPPED_BY_COMBINED_CAP) {
            assertThat(r.nativeDiscountPerUnit().add(r.campaignDiscountPerUnit())).isEqualTo(capAmount);
        }
        if (offer.platformFundingPercent().signum() > 0) {
            assertThat(r.funding().platformPart()).as("within the budget").isLessThanOrEqualTo(line.remainingPlatformBudget());
        }
        assertThat(r.funding()).isEqualTo(FundingSplit.of(r.campaignDiscountForLine(), offer.platformFundingPercent()));

        switch (offer.stackingPolicy()) {
            case COMBINABLE:
                assertThat(r.nativeDiscountPerUnit()).isEqualTo(line.nativeDiscountPerUnit());
                assertThat(r.nativeDiscountPerUnit().add(r.campaignDiscountPerUnit())).isLessThanOrEqualTo(capAmount);
                break;
            case BEST_OF:
                assertThat(r.nativeDiscountPerUnit()).isEqualTo(Money.ZERO);
                assertThat(r.campaignDiscountForLine()).isGreaterThanOrEqualTo(line.nativeDiscountPerUnit().multiply(quantity));
                break;
            default:
                assertThat(r.nativeDiscountPerUnit()).isEqualTo(Money.ZERO);
        }
    }

    private static void noCampaignLeavesTheHostDiscountAlone(LineInput line, LinePricing r) {
        assertThat(r.campaignDiscountPerUnit()).isEqualTo(Money.ZERO);
        assertThat(r.nativeDiscountPerUnit()).isEqualTo(line.nativeDiscountPerUnit());
        assertThat(r.funding()).isEqualTo(FundingSplit.none());
        assertThat(r.finalUnitPrice()).isEqualTo(line.unitPrice().subtract(line.nativeDiscountPerUnit()));
        if (r.reason() == Outcome.NATIVE_BETTER) {
            assertThat(line.offer().stackingPolicy()).isEqualTo(StackingPolicy.BEST_OF);
            // under best-of the campaign's own amount does not depend on the host's, so price it alone to compare
            LinePricing alone = new CampaignDiscountCalculator().price(line.toBuilder().nativeDiscountPerUnit(Money.ZERO).build());
            assertThat(alone.campaignDiscountForLine()).as("the host's discount is strictly better")
                    .isLessThan(line.nativeDiscountPerUnit().multiply(BigDecimal.valueOf(line.quantity())));
        }
        if (r.reason() == Outcome.CAP_REACHED) {
            assertThat(line.offer().stackingPolicy()).isEqualTo(StackingPolicy.COMBINABLE);
        }
    }

    private static void gatesNameTheirOutcome(LineInput line, LinePricing r) {
        CampaignOffer offer = line.offer();
        if (offer == null) {
            assertThat(r.reason()).isEqualTo(Outcome.NOT_ENROLLED);
        } else if (!offer.isLiveAt(line.pricedAt())) {
            assertThat(r.reason()).isEqualTo(Outcome.NOT_LIVE);
        } else if (line.stockAvailable() != null && line.stockAvailable() < line.quantity()) {
            assertThat(r.reason()).isEqualTo(Outcome.OUT_OF_STOCK);
        } else if (offer.platformFundingPercent().signum() > 0 && line.remainingPlatformBudget().signum() == 0) {
            assertThat(r.reason()).isEqualTo(Outcome.BUDGET_EXHAUSTED);
        } else {
            assertThat(r.reason()).isNotIn(Outcome.NOT_ENROLLED, Outcome.NOT_LIVE, Outcome.OUT_OF_STOCK, Outcome.BUDGET_EXHAUSTED);
        }
    }

    /**
     * Lines built from independent numbers (no flatMap, so generation stays cheap): amounts that depend on the price
     * (host discount, floor) are drawn as basis points of it, the seller's percent as a point in [min, cap] or anywhere.
     */
    @Provide
    Arbitrary<LineInput> lines() {
        Arbitrary<Long> priceCents = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.longs().between(0, 200)),
                Tuple.of(6, Arbitraries.longs().between(1, 100_000)),
                Tuple.of(1, Arbitraries.longs().between(100_000, 100_000_000)));
        Arbitrary<Integer> nativeBasisPoints = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(0)),
                Tuple.of(5, Arbitraries.integers().between(0, 10_000)),
                Tuple.of(1, Arbitraries.just(10_000)));
        Arbitrary<Integer> quantity = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.integers().between(1, 5)),
                Tuple.of(2, Arbitraries.integers().between(1, 1000)));
        Arbitrary<Integer> stock = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.integers().between(0, 6)),
                Tuple.of(4, Arbitraries.integers().between(0, 2000))).injectNull(0.3);
        Arbitrary<Long> budgetCents = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(0L)),
                Tuple.of(4, Arbitraries.longs().between(1, 500)),
                Tuple.of(4, Arbitraries.longs().between(0, 100_000_000)));
        return Combinators.combine(priceCents, nativeBasisPoints, quantity, stock, budgetCents, offerShapes(), instants())
                .as((price, nativeBp, qty, inStock, budget, shape, at) -> LineInput.builder()
                        .skuId(42L).quantity(qty).unitPrice(Money.ofCents(price))
                        .nativeDiscountPerUnit(Money.ofCents(price * nativeBp / 10_000)).stockAvailable(inStock)
                        .offer(shape == null ? null : shape.offerFor(price)).pricedAt(at)
                        .remainingPlatformBudget(Money.ofCents(budget)).build());
    }

    private static Arbitrary<OfferShape> offerShapes() {
        Arbitrary<Integer> percent = Arbitraries.integers().between(1, 10_000);
        Arbitrary<Integer> sellerPoint = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.integers().between(0, 10_000)),
                Tuple.of(1, Arbitraries.of(0, 10_000)),
                Tuple.of(2, Arbitraries.integers().between(-10_000, -1)));
        Arbitrary<Integer> floorBasisPoints = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(0)),
                Tuple.of(4, Arbitraries.integers().between(0, 10_000)),
                Tuple.of(3, Arbitraries.integers().between(7_000, 10_000)),
                Tuple.of(1, Arbitraries.integers().between(10_000, 12_000)));
        Arbitrary<Integer> platform = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(0)),
                Tuple.of(1, Arbitraries.just(10_000)),
                Tuple.of(4, Arbitraries.integers().between(0, 10_000)));
        return Combinators.combine(percent, percent, sellerPoint, floorBasisPoints, platform, Arbitraries.of(StackingPolicy.class))
                .as(OfferShape::new).injectNull(0.03);
    }

    /** The offer's numbers before the price is known; percents in hundredths. */
    private static final class OfferShape {
        final int minHundredths;
        final int capHundredths;
        final int sellerHundredths;
        final int floorBasisPoints;
        final int platformHundredths;
        final StackingPolicy policy;

        /** @param sellerPoint 0..10000: that far into [min, cap]; negative: anywhere in 0..100% */
        OfferShape(int a, int b, int sellerPoint, int floorBasisPoints, int platformHundredths, StackingPolicy policy) {
            this.minHundredths = Math.min(a, b);
            this.capHundredths = Math.max(a, b);
            this.sellerHundredths = sellerPoint >= 0
                    ? minHundredths + (int) ((long) (capHundredths - minHundredths) * sellerPoint / 10_000)
                    : -sellerPoint;
            this.floorBasisPoints = floorBasisPoints;
            this.platformHundredths = platformHundredths;
            this.policy = policy;
        }

        CampaignOffer offerFor(long priceCents) {
            return CampaignOffer.builder()
                    .campaignId(7L).campaignName("Back to school").sellerId(11L).listingId(21L)
                    .minDiscountPercent(BigDecimal.valueOf(minHundredths, 2))
                    .capDiscountPercent(BigDecimal.valueOf(capHundredths, 2))
                    .sellerDiscountPercent(BigDecimal.valueOf(sellerHundredths, 2))
                    .marginFloor(Money.ofCents(priceCents * floorBasisPoints / 10_000))
                    .stackingPolicy(policy)
                    .platformFundingPercent(BigDecimal.valueOf(platformHundredths, 2))
                    .window(STARTS_AT, ENDS_AT).build();
        }
    }

    private static Arbitrary<Instant> instants() {
        Duration oneNano = Duration.ofNanos(1);
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.of(STARTS_AT.minus(oneNano), STARTS_AT, ENDS_AT.minus(oneNano), ENDS_AT)),
                Tuple.of(12, Arbitraries.longs().between(0, Duration.between(STARTS_AT, ENDS_AT).getSeconds() - 1)
                        .map(STARTS_AT::plusSeconds)),
                Tuple.of(1, Arbitraries.longs().between(-86_400, 86_400).map(ENDS_AT::plusSeconds)));
    }
}
