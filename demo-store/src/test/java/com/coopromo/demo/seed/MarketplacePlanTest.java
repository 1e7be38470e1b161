package com.coopromo.demo.seed;

import com.coopromo.demo.seed.MarketplacePlan.PlannedProduct;
import com.coopromo.demo.seed.SeedData.SellerSpec;
import com.coopromo.seller.domain.SellerSegment;
import com.coopromo.seller.domain.SellerStanding;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed plan alone (no host): shape, determinism and the money rules. */
class MarketplacePlanTest {
    private static final SeedData DATA = SeedData.load();
    private static final MarketplacePlan PLAN = MarketplacePlan.create(DATA, DemoMarketplaceSeeder.PRODUCT_COUNT,
            DemoMarketplaceSeeder.RANDOM_SEED);

    @Test
    void twelveDepartmentsAndTwentyFourSellersInThreeSegments() {
        assertThat(DATA.categories()).hasSize(12);
        assertThat(DATA.categories()).extracting(c -> c.name).doesNotHaveDuplicates()
                .doesNotContain(com.coopromo.demo.seed.DemoCatalog.ROOT_CATEGORY);
        Map<SellerSegment, Long> segments = DATA.sellers().stream()
                .collect(Collectors.groupingBy(s -> s.segment, Collectors.counting()));
        assertThat(segments).containsEntry(SellerSegment.SMALL, 12L).containsEntry(SellerSegment.MID, 8L)
                .containsEntry(SellerSegment.LARGE, 4L);
        assertThat(DATA.sellers()).extracting(s -> s.code).doesNotHaveDuplicates()
                .allMatch(code -> code.matches("[a-z0-9]+(-[a-z0-9]+)*"));
        assertThat(DATA.sellers()).extracting(s -> s.standing)
                .containsOnlyOnce(SellerStanding.ON_WATCH, SellerStanding.SUSPENDED);
        assertThat(DATA.sellers()).allSatisfy(s -> assertThat(s.contactEmail()).isEqualTo("hello@" + s.code + ".example"));
    }

    @Test
    void everySellerListsAtLeastTwentyProductsInTwoToFourCategoriesAndLargeOnesListMost() {
        assertThat(PLAN.products()).hasSize(DemoMarketplaceSeeder.PRODUCT_COUNT);
        Map<String, List<PlannedProduct>> bySeller = PLAN.products().stream()
                .collect(Collectors.groupingBy(p -> p.seller.code));
        assertThat(bySeller).hasSize(24);
        Map<SellerSegment, Integer> fewest = new HashMap<>();
        Map<SellerSegment, Integer> most = new HashMap<>();
        for (SellerSpec seller : DATA.sellers()) {
            List<PlannedProduct> listed = bySeller.get(seller.code);
            assertThat(listed).as(seller.code).hasSizeGreaterThanOrEqualTo(20);
            Set<String> categories = listed.stream().map(p -> p.category.name).collect(Collectors.toSet());
            assertThat(categories).as(seller.code).hasSizeBetween(2, 4).isSubsetOf(seller.categories);
            fewest.merge(seller.segment, listed.size(), Math::min);
            most.merge(seller.segment, listed.size(), Math::max);
        }
        assertThat(fewest.get(SellerSegment.LARGE)).isGreaterThan(most.get(SellerSegment.MID));
        assertThat(fewest.get(SellerSegment.MID)).isGreaterThan(most.get(SellerSegment.SMALL));
        assertThat(PLAN.products().stream().map(p -> p.category.name).collect(Collectors.toSet())).hasSize(12);
    }

    @Test
    void pricesFloorsStockAndShippingFollowTheRules() {
        int outOfStock = 0;
        for (PlannedProduct p : PLAN.products()) {
            assertThat(p.price.scale()).isEqualTo(2);
            assertThat(p.price).isBetween(p.category.minPrice, p.category.maxPrice);
            assertThat(p.marginFloor.scale()).isEqualTo(2);
            assertThat(p.marginFloor).isLessThan(p.price)
                    .isGreaterThanOrEqualTo(p.price.multiply(new BigDecimal("0.55")).setScale(2, RoundingMode.DOWN))
                    .isLessThanOrEqualTo(p.price.multiply(new BigDecimal("0.85")).setScale(2, RoundingMode.DOWN));
            assertThat(p.quantity).isBetween(0, 250);
            if (p.quantity == 0) {
                outOfStock++;
            }
            assertThat(p.shipMinDays).isBetween(1, 3);
            assertThat(p.shipMaxDays - p.shipMinDays).isBetween(0, 5);
        }
        assertThat(outOfStock).isBetween(60, 200); // ~5% of 2,400
        assertThat(PLAN.products().stream().map(p -> p.price).distinct().count()).isGreaterThan(300);
    }

    @Test
    void floorIsRoundedDownToCents() {
        // e.g. 19.99 x 0.57 = 11.3943 -> 11.39, never 11.40
        for (PlannedProduct p : PLAN.products()) {
            BigDecimal exactFactor = p.marginFloor.divide(p.price, 6, RoundingMode.HALF_UP);
            assertThat(exactFactor).isLessThanOrEqualTo(new BigDecimal("0.850000"));
        }
    }

    @Test
    void namesAndUrlsAreReadableAndUrlsUnique() {
        Pattern url = Pattern.compile("/[a-z0-9-]+/[a-z0-9-]+-\\d+");
        Set<String> urls = new HashSet<>();
        for (PlannedProduct p : PLAN.products()) {
            assertThat(p.url).matches(url).startsWith(p.category.url() + "/");
            assertThat(urls.add(p.url)).as(p.url).isTrue();
            assertThat(p.name).isNotBlank().doesNotContain("  ");
            assertThat(p.description).startsWith(p.name);
        }
        assertThat(PLAN.products().stream().map(p -> p.name).distinct().count())
                .isEqualTo(PLAN.products().size());
        assertThat(MarketplacePlan.slug("Chef's Knife Set")).isEqualTo("chefs-knife-set");
        assertThat(MarketplacePlan.slug("Harbor & Pine")).isEqualTo("harbor-and-pine");
    }

    @Test
    void thePlanIsTheSameEveryTime() {
        MarketplacePlan again = MarketplacePlan.create(SeedData.load(), DemoMarketplaceSeeder.PRODUCT_COUNT,
                DemoMarketplaceSeeder.RANDOM_SEED);
        for (int i = 0; i < PLAN.products().size(); i++) {
            PlannedProduct a = PLAN.products().get(i);
            PlannedProduct b = again.products().get(i);
            assertThat(b.name).isEqualTo(a.name);
            assertThat(b.seller.code).isEqualTo(a.seller.code);
            assertThat(b.price).isEqualTo(a.price);
            assertThat(b.marginFloor).isEqualTo(a.marginFloor);
            assertThat(b.quantity).isEqualTo(a.quantity);
        }
    }
}
