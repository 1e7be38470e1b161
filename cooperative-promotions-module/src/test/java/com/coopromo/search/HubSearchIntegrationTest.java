package com.coopromo.search;

import com.coopromo.campaign.persistence.Campaign;
import com.coopromo.infra.junit.CoopHostExtension;
import com.coopromo.infra.junit.TestHost;
import com.coopromo.participation.service.ParticipationService;
import com.coopromo.pricing.host.PricingScenario;
import com.coopromo.seller.domain.SellerSegment;
import com.coopromo.stock.service.StockService;
import org.broadleafcommerce.core.order.domain.DiscreteOrderItem;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.service.OrderService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hub index on the real Elasticsearch node, PostgreSQL and Broadleaf: versioned rebuild behind the alias, prices
 * equal to what the cart charges, incremental updates within a second of the commit, queries without a failure while
 * the alias moves.
 */
@ExtendWith(CoopHostExtension.class)
class HubSearchIntegrationTest {
    private TestHost host;
    private PricingScenario scenario;
    private HubSearch hub;
    private StockService stock;

    @BeforeEach
    void setUp(TestHost host) {
        this.host = host;
        scenario = new PricingScenario(host);
        hub = host.bean("coopHubSearch", HubSearch.class);
        stock = host.bean("coopStock", StockService.class);
    }

    @Test
    void aFullRebuildWritesANewVersionSwapsTheAliasAndPricesEachListingAsTheCartCharges() throws Exception {
        Random random = new Random(11);
        HubMarket market = new HubMarket(scenario);
        for (int i = 0; i < 6; i++) {
            int cents = 500 + random.nextInt(20000);
            BigDecimal retail = BigDecimal.valueOf(cents, 2);
            int percent = 10 + random.nextInt(21);
            // a floor from 50% of the price up to the discounted price (enrolling refuses a discount below the floor)
            BigDecimal floor = retail.multiply(BigDecimal.valueOf(50 + random.nextInt(51 - percent))).divide(BigDecimal.valueOf(100), 2,
                    java.math.RoundingMode.DOWN);
            market.listing(i % 2 == 0 ? "a" : "b", i % 2 == 0 ? SellerSegment.SMALL : SellerSegment.LARGE, retail.toPlainString(),
                    Integer.toString(percent), floor.toPlainString(), 3);
        }
        market.onSale("a", SellerSegment.SMALL, "40.00", "32.00", "25", "20.00");
        Campaign campaign = market.create(true);

        List<String> before = hub.index().versions();
        List<int[]> progress = new CopyOnWriteArrayList<int[]>();
        HubRebuildReport report = hub.rebuild((done, total, perSecond) -> progress.add(new int[]{done, total}));
        assertThat(report.listings()).isGreaterThanOrEqualTo(7);
        assertThat(hub.index().versions()).containsExactly(report.version());
        assertThat(report.version()).startsWith(hub.index().alias() + "-v");
        assertThat(before).doesNotContain(report.version());
        int[] last = progress.get(progress.size() - 1);
        assertThat(last[0]).isEqualTo(last[1]).isEqualTo(report.listings());

        HubResult result = hub.search(HubQuery.campaign(campaign.getSlug()).fair(false).pageSize(20));
        assertThat(result.unavailable()).isFalse();
        assertThat(result.total()).isEqualTo(7);
        OrderService orders = host.bean("blOrderService", OrderService.class);
        for (HubResult.Hit hit : result.hits()) {
            HubDocument doc = hit.listing();
            HubMarket.Planned planned = market.of(doc.getListingId());
            Order cart = scenario.cart();
            scenario.add(cart, planned.sku, 1);
            BigDecimal charged = host.inTransaction(status -> {
                for (OrderItem item : orders.findOrderById(cart.getId(), true).getOrderItems()) {
                    if (((DiscreteOrderItem) item).getSku().getId().equals(planned.sku.getId())) {
                        return item.getTotalPrice().getAmount();
                    }
                }
                throw new AssertionError("no cart line");
            });
            assertThat(doc.getCampaignPrice()).as("hub price of %s (%s, %s%%, floor %s)", doc.getProductName(),
                    planned.retail, planned.percent, planned.floor).isEqualByComparingTo(charged);
            assertThat(doc.getCampaignSlugs()).containsExactly(campaign.getSlug());
            assertThat(doc.isCampaignLive()).isTrue();
            assertThat(doc.getDiscountPercent()).isPositive();
        }

        HubRebuildReport again = hub.rebuild(null);
        assertThat(hub.index().versions()).containsExactly(again.version());
        assertThat(again.version()).isNotEqualTo(report.version());
    }

    @Test
    void changesAreSearchableWithinASecondOfTheirCommit() throws Exception {
        HubMarket market = new HubMarket(scenario)
                .listing("a", SellerSegment.SMALL, "20.00", "20", "12.00", 2)
                .listing("a", SellerSegment.SMALL, "30.00", "20", "12.00", 2);
        Campaign campaign = market.create(true);
        HubQuery query = HubQuery.campaign(campaign.getSlug()).fair(false);
        long took = waitFor(query, r -> r.total() == 2);
        assertThat(took).as("campaign going live, ms").isLessThanOrEqualTo(1000);
        assertThat(hub.search(query).hits().get(0).listing().getCampaignPrice()).isNotNull();

        HubMarket.Planned first = market.planned.get(0);
        awaitIdle(hub); // what the setup's changes queued is written: only the stock change is timed
        stock.setUnits(first.sku.getId(), 0);
        took = waitFor(query.inStockOnly(true), r -> r.total() == 1);
        assertThat(took).as("stock change, ms").isLessThanOrEqualTo(1000);

        awaitIdle(hub);
        host.bean("coopParticipationService", ParticipationService.class)
                .pauseListing(campaign.getId(), market.planned.get(1).listing.getId(), true);
        took = waitFor(HubQuery.campaign(campaign.getSlug()).fair(false), r -> r.total() == 1
                && r.hits().get(0).listing().getListingId() == first.listing.getId());
        assertThat(took).as("pause, ms").isLessThanOrEqualTo(1000);
    }

    @Test
    void facetCountsStayRightUnderMultiSelectAndTheFairRulesHoldOnThePage() throws Exception {
        HubMarket market = new HubMarket(scenario);
        for (int i = 0; i < 8; i++) {
            market.listing("big", SellerSegment.LARGE, "10.0" + i, "20", "1.00", 2);
        }
        market.listing("s1", SellerSegment.SMALL, "40.00", "20", "1.00", 7)
                .listing("s1", SellerSegment.SMALL, "42.00", "20", "1.00", 7)
                .listing("s2", SellerSegment.MID, "60.00", "20", "1.00", 1)
                .listing("s2", SellerSegment.MID, "62.00", "20", "1.00", 1);
        Campaign campaign = market.create(true);
        waitFor(HubQuery.campaign(campaign.getSlug()).fair(false), r -> r.total() == 12);
        String big = "big-" + market.word;
        String s1 = "s1-" + market.word;
        String s2 = "s2-" + market.word;

        HubResult oneSeller = hub.search(HubQuery.campaign(campaign.getSlug()).seller(s1));
        assertThat(oneSeller.total()).isEqualTo(2);
        assertThat(counts(oneSeller, HubResult.SELLER)).containsEntry(big, 8L).containsEntry(s1, 2L).containsEntry(s2, 2L);
        assertThat(selected(oneSeller, HubResult.SELLER)).containsExactly(s1);
        assertThat(counts(oneSeller, HubResult.SEGMENT)).containsOnly(entry("SMALL", 2L));
        assertThat(counts(oneSeller, HubResult.PRICE)).containsEntry("25-50", 2L).containsEntry("0-10", 0L);

        HubResult twoSellers = hub.search(HubQuery.campaign(campaign.getSlug()).sellers(java.util.Arrays.asList(s1, s2)));
        assertThat(twoSellers.total()).isEqualTo(4);
        assertThat(counts(twoSellers, HubResult.SELLER)).containsEntry(big, 8L);

        HubResult fast = hub.search(HubQuery.campaign(campaign.getSlug()).shipsWithin(3));
        assertThat(fast.total()).isEqualTo(10);
        assertThat(counts(fast, HubResult.SHIPS_WITHIN)).containsEntry("1", 2L).containsEntry("3", 10L).containsEntry("7", 12L);

        HubResult text = hub.search(HubQuery.campaign(campaign.getSlug()).text("lantern " + market.word + " s2"));
        assertThat(text.total()).isEqualTo(2);

        // cheapest first: the big seller's eight are cheapest, yet it holds at most 2 of the page of 6
        HubResult plain = hub.search(HubQuery.campaign(campaign.getSlug()).sort(HubQuery.Sort.PRICE_ASC).pageSize(6).fair(false));
        assertThat(sellersOf(plain)).containsOnly(big);
        HubResult fair = hub.search(HubQuery.campaign(campaign.getSlug()).sort(HubQuery.Sort.PRICE_ASC).pageSize(6).maxPerSeller(2));
        assertThat(Collections.frequency(sellersOf(fair), big)).isEqualTo(2);
        assertThat(sellersOf(fair)).contains(s1, s2);
        assertThat(fair.total()).isEqualTo(12);

        HubResult featured = hub.search(HubQuery.campaign(campaign.getSlug()).pageSize(6).maxPerSeller(2).featuredSlots(1)
                .newcomerBoost(0));
        assertThat(featured.hits().get(0).featured()).isTrue();
        assertThat(featured.hits().subList(1, 6)).noneMatch(HubResult.Hit::featured);

        // zero results: the one filter to drop
        HubResult none = hub.search(HubQuery.campaign(campaign.getSlug()).seller(s1)
                .priceBuckets(Collections.singleton("0-10")));
        assertThat(none.total()).isZero();
        assertThat(none.hits()).isEmpty();
        assertThat(none.suggestion()).isNotNull();
        assertThat(none.suggestion().facet()).isEqualTo(HubResult.SELLER);
        assertThat(none.suggestion().count()).isEqualTo(8);
        assertThat(none.suggestion().sentence()).isEqualTo("No listings match; without the filter seller: " + s1
                + ", 8 listings match.");
        HubResult noWords = hub.search(HubQuery.campaign(campaign.getSlug()).text("lantern " + market.word + " zebra"));
        assertThat(noWords.total()).isZero();
        assertThat(noWords.suggestion().facet()).isEqualTo("text");
        assertThat(noWords.suggestion().count()).isEqualTo(12);
    }

    @Test
    void queriesKeepAnsweringWhileTheAliasMoves() throws Exception {
        HubMarket market = new HubMarket(scenario).listing("a", SellerSegment.SMALL, "20.00", "20", "12.00", 2);
        Campaign campaign = market.create(true);
        HubQuery query = HubQuery.campaign(campaign.getSlug());
        waitFor(query, r -> r.total() == 1);
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger answered = new AtomicInteger();
        List<String> failures = new CopyOnWriteArrayList<String>();
        Thread queries = new Thread(() -> {
            while (running.get()) {
                HubResult r = hub.search(query);
                if (r.unavailable() || r.total() != 1) {
                    failures.add(r.unavailable() ? r.message() : "total " + r.total());
                }
                answered.incrementAndGet();
            }
        });
        queries.start();
        try {
            for (int i = 0; i < 3; i++) {
                hub.rebuild(null);
            }
        } finally {
            running.set(false);
            queries.join(10000);
        }
        assertThat(answered.get()).isGreaterThan(10);
        assertThat(failures).isEmpty();
    }

    /** Waits (at most 30 s) until the hub has written every change queued so far. */
    static void awaitIdle(HubSearch hub) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (!hub.idle() && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
    }

    private long waitFor(HubQuery query, Predicate<HubResult> done) throws InterruptedException {
        long start = System.nanoTime();
        HubResult last = null;
        while (System.nanoTime() - start < 15_000_000_000L) {
            last = hub.search(query);
            if (!last.unavailable() && done.test(last)) {
                return (System.nanoTime() - start) / 1_000_000L;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("not searchable within 15 s; last: " + (last == null ? null
                : last.unavailable() ? last.message() : last.total() + " listings"));
    }

    private static java.util.Map<String, Long> counts(HubResult result, String facet) {
        java.util.Map<String, Long> counts = new java.util.LinkedHashMap<String, Long>();
        for (HubResult.FacetValue v : result.facet(facet)) {
            counts.put(v.value(), v.count());
        }
        return counts;
    }

    private static List<String> selected(HubResult result, String facet) {
        List<String> selected = new ArrayList<String>();
        for (HubResult.FacetValue v : result.facet(facet)) {
            if (v.selected()) {
                selected.add(v.value());
            }
        }
        return selected;
    }

    private static List<String> sellersOf(HubResult result) {
        List<String> sellers = new ArrayList<String>();
        for (HubResult.Hit hit : result.hits()) {
            sellers.add(hit.listing().getSellerCode());
        }
        return sellers;
    }

    private static java.util.Map.Entry<String, Long> entry(String key, long value) {
        return new java.util.AbstractMap.SimpleEntry<String, Long>(key, value);
    }
}
