package com.coopromo.metrics;

import com.coopromo.infra.junit.CoopHostExtension;
import com.coopromo.infra.junit.TestHost;
import com.coopromo.campaign.domain.StackingPolicy;
import com.coopromo.metrics.domain.CampaignDashboard;
import com.coopromo.metrics.domain.ShopperEvent;
import com.coopromo.metrics.domain.ShopperEventType;
import com.coopromo.metrics.domain.TimeRange;
import com.coopromo.metrics.host.HostEvents;
import com.coopromo.pricing.checkout.CampaignCheckoutService;
import com.coopromo.pricing.checkout.OrderAttributionRecord;
import com.coopromo.pricing.host.PricingScenario;
import com.coopromo.seller.domain.SellerDraft;
import com.coopromo.seller.domain.SellerSegment;
import com.coopromo.seller.persistence.Seller;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.order.domain.Order;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The host's cart and checkout produce the shopper events (through Broadleaf's add-item and checkout workflows and
 * the cancellation's change event), and the dashboard shows them within 5 s; a seller's view holds the campaign's
 * totals and its own row only.
 */
@ExtendWith(CoopHostExtension.class)
class CampaignMetricsHostIntegrationTest {
    private TestHost host;
    private PricingScenario scenario;
    private CampaignMetrics metrics;
    private ShopperEvents events;

    @BeforeEach
    void setUp(TestHost host) {
        this.host = host;
        scenario = new PricingScenario(host);
        metrics = host.bean("coopCampaignMetrics", CampaignMetrics.class);
        events = host.bean("coopShopperEvents", ShopperEvents.class);
    }

    @Test
    void addToCartAndCheckoutReachTheDashboardWithinFiveSecondsAndACancellationTakesTheOrderBack() throws Exception {
        Sku sku = scenario.sku("20.00", null);
        PricingScenario.LiveCampaign live = scenario.live(scenario.terms(StackingPolicy.EXCLUSIVE), "20", "5.00", sku);
        Order cart = scenario.cart();
        scenario.add(cart, sku, 2);
        Instant submitted = Instant.now();
        scenario.checkout(cart.getId());

        CampaignDashboard d = awaitDashboard(live.id(), null, x -> x.totals().orders() == 1);
        assertThat(Instant.now()).as("on the dashboard within 5 s").isBefore(submitted.plusSeconds(6));
        BigDecimal platform = BigDecimal.ZERO;
        BigDecimal discount = BigDecimal.ZERO;
        for (OrderAttributionRecord row : host.bean("coopCampaignCheckout", CampaignCheckoutService.class).attribution(cart.getId())) {
            platform = platform.add(row.getPlatformPart());
            discount = discount.add(row.getDiscount());
        }
        assertThat(d.totals().addToCarts()).isEqualTo(1);
        assertThat(d.totals().units()).isEqualTo(2);
        assertThat(d.totals().revenueGross()).isEqualByComparingTo("40.00");
        assertThat(discount).isEqualByComparingTo("8.00");
        assertThat(d.totals().discountSpent()).isEqualByComparingTo(discount);
        assertThat(d.totals().discountPlatform()).isEqualByComparingTo(platform);
        assertThat(d.totals().revenueNet()).isEqualByComparingTo("32.00");
        assertThat(d.totals().averageOrderValue()).isEqualByComparingTo("32.00");
        assertThat(d.totals().newBuyers()).isEqualTo(1);
        assertThat(d.sellers()).extracting(CampaignDashboard.SellerRow::sellerId).containsExactly(live.seller.getId());
        assertThat(d.series()).as("one point per hour of the range, empty hours as zeros")
                .hasSize((int) ChronoUnit.HOURS.between(d.range().from(), d.range().to()));
        assertThat(d.series().stream().mapToLong(p -> p.figures().units()).sum()).isEqualTo(2);

        // the same order lines recorded again (a retried submission) count once
        HostEvents hostEvents = host.bean("coopHostEvents", HostEvents.class);
        hostEvents.record(scenario.inRequest(() -> host.inTransaction(s -> hostEvents.orderLines(
                scenario.orders.findOrderById(cart.getId()), ShopperEventType.ORDER_SUBMITTED))));
        Thread.sleep(2500);
        assertThat(dashboard(live.id(), null).totals().units()).isEqualTo(2);

        host.bean("coopCampaignCheckout", CampaignCheckoutService.class).cancel(cart.getId());
        CampaignDashboard after = awaitDashboard(live.id(), null, x -> x.totals().orders() == 0);
        assertThat(after.totals().units()).isZero();
        assertThat(after.totals().revenueGross()).isEqualByComparingTo("0");
        assertThat(after.totals().addToCarts()).isEqualTo(1);
    }

    @Test
    void aSellerSeesTheCampaignsTotalsAndItsOwnRowOnly() throws Exception {
        Sku sku = scenario.sku("10.00", null);
        PricingScenario.LiveCampaign live = scenario.live(scenario.terms(StackingPolicy.EXCLUSIVE), "10", "5.00", sku);
        Seller other = scenario.sellers.registerSeller(new SellerDraft("other-" + UUID.randomUUID().toString().substring(0, 8),
                "Other seller", SellerSegment.LARGE, null, null));
        Instant now = Instant.now();
        for (int i = 0; i < 3; i++) {
            events.record(ShopperEvent.builder("seller-view-" + live.id() + "-own-" + i, ShopperEventType.CLICK, now)
                    .listing(live.id(), live.seller.getId(), sku.getId()).build());
        }
        for (int i = 0; i < 5; i++) {
            events.record(ShopperEvent.builder("seller-view-" + live.id() + "-other-" + i, ShopperEventType.IMPRESSION, now)
                    .listing(live.id(), other.getId(), 999_000L + i).build());
        }
        CampaignDashboard platform = awaitDashboard(live.id(), null, x -> x.totals().clicks() == 3 && x.totals().impressions() == 5);
        assertThat(platform.sellers()).extracting(CampaignDashboard.SellerRow::sellerId)
                .containsExactlyInAnyOrder(live.seller.getId(), other.getId());
        assertThat(platform.segments()).extracting(CampaignDashboard.SegmentRow::segment).containsExactly("SMALL", "MID", "LARGE");
        assertThat(platform.segments().get(2).exposureShare()).isEqualByComparingTo("100.0");

        CampaignDashboard own = dashboard(live.id(), live.seller.getId());
        assertThat(own.viewerSellerId()).isEqualTo(live.seller.getId());
        assertThat(own.totals().clicks()).as("the campaign's totals").isEqualTo(3);
        assertThat(own.totals().impressions()).isEqualTo(5);
        assertThat(own.sellers()).hasSize(1);
        assertThat(own.sellers().get(0).sellerId()).isEqualTo(live.seller.getId());
        assertThat(own.sellers().get(0).figures().clicks()).isEqualTo(3);
        assertThat(own.sellers().get(0).figures().impressions()).isZero();
        assertThat(own.segments()).as("no other seller's figures through the segments").isEmpty();

        CampaignDashboard theirs = dashboard(live.id(), other.getId());
        assertThat(theirs.sellers()).extracting(CampaignDashboard.SellerRow::sellerId).containsExactly(other.getId());
        assertThat(theirs.sellers().get(0).figures().clicks()).isZero();
    }

    @Test
    void aLiveCampaignsDailyReportIsWrittenOnceAndASellerReadsTheTotalsAndItsOwnLine() throws Exception {
        Sku sku = scenario.sku("10.00", null);
        PricingScenario.LiveCampaign live = scenario.live(scenario.terms(StackingPolicy.EXCLUSIVE), "10", "5.00", sku);
        Seller other = scenario.sellers.registerSeller(new SellerDraft("rep-" + UUID.randomUUID().toString().substring(0, 8),
                "Report other", SellerSegment.MID, null, null));
        Instant yesterdayNoon = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(12, ChronoUnit.HOURS);
        events.record(ShopperEvent.builder("report-" + live.id() + "-own", ShopperEventType.CLICK, yesterdayNoon)
                .listing(live.id(), live.seller.getId(), sku.getId()).build());
        events.record(ShopperEvent.builder("report-" + live.id() + "-other", ShopperEventType.IMPRESSION, yesterdayNoon)
                .listing(live.id(), other.getId(), 998_001L).build());
        awaitDashboard(live.id(), null, x -> true);
        Instant day = yesterdayNoon.truncatedTo(ChronoUnit.DAYS);
        metrics.dashboard(live.id(), new TimeRange(day, day.plus(1, ChronoUnit.DAYS)), null);
        long deadline = System.currentTimeMillis() + 20_000;
        while (metrics.dashboard(live.id(), new TimeRange(day, day.plus(1, ChronoUnit.DAYS)), null).totals().impressions() < 1
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        CampaignReports reports = host.bean("coopCampaignReports", CampaignReports.class);

        javax.sql.DataSource ds = MetricsTestSupport.dataSource(host);
        assertThat(MetricsTestSupport.count(ds, "SELECT count(*) FROM COOP_CAMPAIGN WHERE CAMPAIGN_ID = ? AND STATE = 'LIVE'",
                live.id())).as("the campaign is live").isEqualTo(1);
        int first = reports.writeDue();
        assertThat(MetricsTestSupport.count(ds, "SELECT count(*) FROM COOP_METRIC_REPORT WHERE CAMPAIGN_ID = ?", live.id()))
                .as("written by the first round (" + first + " written)").isEqualTo(1);
        reports.writeDue();

        java.time.LocalDate yesterday = day.atOffset(java.time.ZoneOffset.UTC).toLocalDate();
        assertThat(reports.reports(live.id(), null)).as("written once").extracting(com.coopromo.metrics.domain.DailyReport::day)
                .containsExactly(yesterday);
        String all = reports.csv(live.id(), yesterday, null);
        String[] lines = all.split("\r\n");
        assertThat(lines[0]).startsWith("Row,Seller id,Seller,Segment,Impressions,Clicks");
        assertThat(lines).hasSize(4);
        assertThat(lines[1]).startsWith("Campaign,,").contains(",1,1,100.0,");
        String own = reports.csv(live.id(), yesterday, live.seller.getId());
        assertThat(own.split("\r\n")).hasSize(3);
        assertThat(own).contains("Seller," + live.seller.getId() + ",").doesNotContain("Report other");
        assertThat(catchThrowable(() -> reports.csv(live.id(), yesterday.minusDays(5), null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Campaign " + live.id() + " has no report for " + yesterday.minusDays(5) + ".");
    }

    @Test
    void anUnknownCampaignIsRefusedWithOneSentence() {
        Throwable refused = catchThrowable(() -> dashboard(-42L, null));
        assertThat(refused).isInstanceOf(IllegalArgumentException.class).hasMessage("There is no campaign -42.");
    }

    private CampaignDashboard dashboard(long campaignId, Long seller) {
        Instant now = Instant.now();
        return metrics.dashboard(campaignId, new TimeRange(now.minus(3, ChronoUnit.HOURS), now.plus(1, ChronoUnit.HOURS)), seller);
    }

    private CampaignDashboard awaitDashboard(long campaignId, Long seller, Predicate<CampaignDashboard> until)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        CampaignDashboard d = dashboard(campaignId, seller);
        while (!until.test(d) && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            d = dashboard(campaignId, seller);
        }
        assertThat(until.test(d)).as("the dashboard reached the expected figures").isTrue();
        return d;
    }
}
