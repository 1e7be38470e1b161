package com.coopromo.pricing.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Collections;
import java.util.Arrays;

import static com.coopromo.pricing.domain.PricingFixture.ENDS_AT;
import static com.coopromo.pricing.domain.PricingFixture.STARTS_AT;
import static com.coopromo.pricing.domain.PricingFixture.anOffer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The active enrollment index: Sku id → the offer live at an instant. */
class EnrollmentIndexTest {
    private static final long SKU = 42L;
    private static final Instant ONE_NANO_BEFORE_START = STARTS_AT.minusNanos(1);
    private static final Instant ONE_NANO_BEFORE_END = ENDS_AT.minusNanos(1);

    // Three campaigns back to back on Sku 42: spring [Mar 10, Mar 20), easter [Mar 20, Apr 1), summer [Jun 1, Jun 15)
    private static final CampaignOffer SPRING = anOffer().build();
    private static final CampaignOffer EASTER = anOffer().campaignId(8L).campaignName("Easter")
            .window(ENDS_AT, Instant.parse("2027-04-01T08:00:00Z")).build();
    private static final CampaignOffer SUMMER = anOffer().campaignId(9L).campaignName("Summer")
            .window(Instant.parse("2027-06-01T08:00:00Z"), Instant.parse("2027-06-15T08:00:00Z")).build();

    @Test
    void anEnrolledSkuGetsItsOfferWhileTheCampaignIsLive() {
        EnrollmentIndex index = EnrollmentIndex.builder().add(SKU, SPRING).build();

        assertThat(index.offerFor(SKU, PricingFixture.DURING)).isSameAs(SPRING);
    }

    @Test
    void theWindowStartIsIncludedAndTheEndExcluded() {
        EnrollmentIndex index = EnrollmentIndex.builder().add(SKU, SPRING).build();

        assertThat(index.offerFor(SKU, ONE_NANO_BEFORE_START)).isNull();
        assertThat(index.offerFor(SKU, STARTS_AT)).isSameAs(SPRING);
        assertThat(index.offerFor(SKU, ONE_NANO_BEFORE_END)).isSameAs(SPRING);
        assertThat(index.offerFor(SKU, ENDS_AT)).isNull();
    }

    @Test
    void aSkuInSeveralCampaignsGetsTheOneLiveAtTheInstant() {
        EnrollmentIndex index = EnrollmentIndex.builder().add(SKU, SUMMER).add(SKU, EASTER).add(SKU, SPRING).build();

        assertThat(index.offerFor(SKU, ONE_NANO_BEFORE_START)).isNull();
        assertThat(index.offerFor(SKU, STARTS_AT)).isSameAs(SPRING);
        assertThat(index.offerFor(SKU, ONE_NANO_BEFORE_END)).isSameAs(SPRING);
        assertThat(index.offerFor(SKU, ENDS_AT)).as("easter starts where spring ends").isSameAs(EASTER);
        assertThat(index.offerFor(SKU, Instant.parse("2027-05-01T00:00:00Z"))).as("between campaigns").isNull();
        assertThat(index.offerFor(SKU, Instant.parse("2027-06-01T08:00:00Z"))).isSameAs(SUMMER);
        assertThat(index.offersFor(SKU)).containsExactly(SPRING, EASTER, SUMMER);
        assertThat(index.skusWithOverlappingOffers()).as("back-to-back windows do not overlap").isEmpty();
    }

    @Test
    void replacingSkusTakesExactlyTheirFreshOffersAndLeavesEveryOtherSkuAndTheOriginalIndexAsTheyWere() {
        EnrollmentIndex before = EnrollmentIndex.builder().add(SKU, SPRING).add(SKU, EASTER).add(43L, SPRING)
                .add(44L, SUMMER).build();
        EnrollmentIndex fresh = EnrollmentIndex.builder().add(SKU, SUMMER).add(99L, EASTER).build();

        EnrollmentIndex after = before.replacing(new HashSet<Long>(Arrays.asList(SKU, 44L, 99L)), fresh);

        assertThat(after.offersFor(SKU)).as("replaced").containsExactly(SUMMER);
        assertThat(after.offersFor(43L)).as("untouched").containsExactly(SPRING);
        assertThat(after.offersFor(44L)).as("absent from the fresh offers: left the index").isEmpty();
        assertThat(after.offersFor(99L)).as("newly enrolled").containsExactly(EASTER);
        assertThat(after.skuCount()).isEqualTo(3);
        assertThat(before.offersFor(SKU)).as("readers of the old snapshot see it unchanged").containsExactly(SPRING, EASTER);
        assertThat(before.offersFor(44L)).containsExactly(SUMMER);
    }

    @Test
    void theSkusOfCampaignsAreThoseHoldingOneOfTheirOffers() {
        EnrollmentIndex index = EnrollmentIndex.builder().add(SKU, SPRING).add(SKU, EASTER).add(43L, SPRING)
                .add(44L, SUMMER).build();

        assertThat(index.skusOfCampaigns(Collections.singleton(EASTER.campaignId()))).containsExactly(SKU);
        assertThat(index.skusOfCampaigns(new HashSet<Long>(Arrays.asList(SPRING.campaignId(), SUMMER.campaignId()))))
                .containsExactlyInAnyOrder(SKU, 43L, 44L);
        assertThat(index.skusOfCampaigns(Collections.<Long>emptySet())).isEmpty();
    }

    @Test
    void aSkuEnrolledNowhereGetsNoOffer() {
        EnrollmentIndex index = EnrollmentIndex.builder().add(SKU, SPRING).build();

        assertThat(index.offerFor(43L, PricingFixture.DURING)).isNull();
        assertThat(index.offersFor(43L)).isEmpty();
        assertThat(EnrollmentIndex.empty().offerFor(SKU, PricingFixture.DURING)).isNull();
        assertThat(EnrollmentIndex.empty().size()).isZero();
    }

    @Test
    void eachSkuGetsItsOwnSellersOffer() {
        CampaignOffer other = anOffer().sellerId(12L).listingId(22L).sellerDiscountPercent(PricingFixture.dec("15")).build();
        EnrollmentIndex index = EnrollmentIndex.builder().add(SKU, SPRING).add(-7L, other).add(0L, SPRING).build();

        assertThat(index.offerFor(SKU, PricingFixture.DURING)).isSameAs(SPRING);
        assertThat(index.offerFor(-7L, PricingFixture.DURING)).isSameAs(other);
        assertThat(index.offerFor(0L, PricingFixture.DURING)).isSameAs(SPRING);
        assertThat(index.size()).isEqualTo(3);
        assertThat(index.skuCount()).isEqualTo(3);
    }

    @Test
    void manySkusAreAllFoundWhateverTheirIds() {
        EnrollmentIndex.Builder builder = EnrollmentIndex.builder();
        for (long sku = 0; sku < 20_000; sku++) {
            builder.add(sku * 1_024, sku % 2 == 0 ? SPRING : EASTER);
        }
        EnrollmentIndex index = builder.build();

        for (long sku = 0; sku < 20_000; sku++) {
            assertThat(index.offersFor(sku * 1_024)).containsExactly(sku % 2 == 0 ? SPRING : EASTER);
            assertThat(index.offersFor(sku * 1_024 + 1)).isEmpty();
        }
        assertThat(index.size()).isEqualTo(20_000);
    }

    @Test
    void theSameOfferAddedTwiceIsKeptOnce() {
        EnrollmentIndex index = EnrollmentIndex.builder().add(SKU, SPRING).add(SKU, anOffer().build()).build();

        assertThat(index.offersFor(SKU)).containsExactly(SPRING);
        assertThat(index.size()).isEqualTo(1);
    }

    @Test
    void overlappingWindowsAreReportedAndTheEarliestStartedOfferWins() {
        CampaignOffer later = anOffer().campaignId(3L).campaignName("Flash sale")
                .window(STARTS_AT.plus(Duration.ofDays(1)), ENDS_AT.plus(Duration.ofDays(1))).build();
        CampaignOffer sameStartHigherId = anOffer().campaignId(99L).campaignName("Twin").build();
        EnrollmentIndex index = EnrollmentIndex.builder().add(SKU, later).add(SKU, sameStartHigherId).add(SKU, SPRING)
                .add(5L, EASTER).build();

        assertThat(index.offerFor(SKU, PricingFixture.DURING)).isSameAs(SPRING);
        assertThat(index.offerFor(SKU, ENDS_AT)).as("spring and its twin ended; the flash sale still runs").isSameAs(later);
        assertThat(index.skusWithOverlappingOffers()).containsExactly(SKU);
    }

    @Test
    void theNextEdgeIsTheEarliestStartOrEndStrictlyAfterTheInstant() {
        EnrollmentIndex index = EnrollmentIndex.builder().add(SKU, SUMMER).add(SKU, EASTER).add(7L, SPRING).build();

        assertThat(index.nextEdgeAfter(Instant.parse("2020-01-01T00:00:00Z"))).isEqualTo(STARTS_AT);
        assertThat(index.nextEdgeAfter(ONE_NANO_BEFORE_START)).isEqualTo(STARTS_AT);
        assertThat(index.nextEdgeAfter(STARTS_AT)).as("strictly after").isEqualTo(ENDS_AT);
        assertThat(index.nextEdgeAfter(ENDS_AT)).isEqualTo(Instant.parse("2027-04-01T08:00:00Z"));
        assertThat(index.nextEdgeAfter(Instant.parse("2027-04-01T08:00:00Z"))).isEqualTo(Instant.parse("2027-06-01T08:00:00Z"));
        assertThat(index.nextEdgeAfter(Instant.parse("2027-06-15T08:00:00Z"))).as("no edge left").isNull();
        assertThat(EnrollmentIndex.empty().nextEdgeAfter(STARTS_AT)).isNull();
    }

    @Test
    void theIndexPricesALineThroughTheCalculator() {
        EnrollmentIndex index = EnrollmentIndex.builder().add(SKU, SPRING).build();
        LineInput line = PricingFixture.aLineWithoutOffer().skuId(SKU)
                .offer(index.offerFor(SKU, PricingFixture.DURING)).remainingPlatformBudget(PricingFixture.dec("1000.00")).build();

        LinePricing priced = new CampaignDiscountCalculator().price(line);

        assertThat(priced.campaignDiscountForLine()).isEqualByComparingTo("10.00");
    }

    @Test
    void aMissingOfferIsRefusedNamingTheSku() {
        assertThatThrownBy(() -> EnrollmentIndex.builder().add(SKU, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("offer for Sku 42 is required");
    }
}
