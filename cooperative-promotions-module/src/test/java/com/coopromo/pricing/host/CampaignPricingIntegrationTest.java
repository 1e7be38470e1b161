package com.coopromo.pricing.host;

import com.coopromo.campaign.domain.CampaignAction;
import com.coopromo.campaign.domain.StackingPolicy;
import com.coopromo.infra.junit.CoopHostExtension;
import com.coopromo.infra.junit.TestHost;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.service.OfferService;
import org.broadleafcommerce.core.order.domain.Order;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.broadleafcommerce.core.offer.domain.OrderItemPriceDetailAdjustment;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.domain.OrderItemPriceDetail;
import org.hibernate.ejb.HibernateEntityManagerFactory;
import org.hibernate.stat.Statistics;
import org.springframework.orm.jpa.EntityManagerFactoryInfo;

import javax.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Campaign discounts priced by Broadleaf's own pricing workflow on the real host (PostgreSQL, the host's offer engine
 * with real native MVEL offers): the rows, totals and stacking a shopper's cart gets.
 * Prices: retail 20.00, the seller enrolls at 20% (4.00 off a unit), the campaign allows 10–30%.
 */
@ExtendWith(CoopHostExtension.class)
class CampaignPricingIntegrationTest {
    private PricingScenario scenario;
    private TestHost host;

    @BeforeEach
    void setUp(TestHost host) {
        this.host = host;
        scenario = new PricingScenario(host);
    }

    @Test
    void anEnrolledSkuInALiveCampaignGetsTheSellersDiscountAsAHostAdjustmentWithTheCampaignsMessage() throws Exception {
        Sku sku = scenario.sku("20.00", null);
        PricingScenario.LiveCampaign live = scenario.live(scenario.terms(StackingPolicy.BEST_OF), "20", "12.00", sku);
        Order cart = scenario.cart();

        scenario.add(cart, sku, 2);

        PricedCart priced = PricedCart.read(host, cart.getId());
        PricedCart.Line line = priced.line(sku.getId());
        assertThat(line.rows).hasSize(1);
        PricedCart.Row row = line.rows.get(0);
        assertThat(row.offerId).isEqualTo(live.hostOfferId());
        assertThat(row.offerName).isEqualTo(live.campaign.toTerms().marketingMessage());
        assertThat(row.value).isEqualByComparingTo("4.00");
        assertThat(row.reason).contains("Cooperative campaign " + live.id());
        assertThat(line.totalPrice).isEqualByComparingTo("32.00");
        assertThat(priced.subTotal).isEqualByComparingTo("32.00");
    }

    @Test
    void pricingAgainGivesTheSameRowsOnceAndACancelledCampaignsRowsDisappearOnTheNextPricing() throws Exception {
        Sku sku = scenario.sku("20.00", null);
        PricingScenario.LiveCampaign live = scenario.live(scenario.terms(StackingPolicy.EXCLUSIVE), "20", "12.00", sku);
        Order cart = scenario.cart();
        scenario.add(cart, sku, 3);

        scenario.reprice(cart.getId());
        scenario.reprice(cart.getId());

        PricedCart.Line line = PricedCart.read(host, cart.getId()).line(sku.getId());
        assertThat(line.rows).hasSize(1);
        assertThat(line.discountBy(live.hostOfferId())).isEqualByComparingTo("12.00");

        scenario.campaigns.act(live.id(), CampaignAction.CANCEL, PricingScenario.PLATFORM_ADMIN, "recalled");
        scenario.reprice(cart.getId());

        PricedCart after = PricedCart.read(host, cart.getId());
        assertThat(after.line(sku.getId()).rows).isEmpty();
        assertThat(after.subTotal).isEqualByComparingTo("60.00");
    }

    @Test
    void repricingAnUnchangedCartKeepsItsCampaignRowsAndWritesNothing() throws Exception {
        Sku[] skus = new Sku[6];
        for (int i = 0; i < skus.length; i++) {
            skus[i] = scenario.sku("20.00", null);
        }
        PricingScenario.LiveCampaign live = scenario.live(scenario.terms(StackingPolicy.BEST_OF), "20", "12.00", skus);
        Order cart = scenario.cart();
        for (Sku sku : skus) {
            scenario.add(cart, sku, 2);
        }
        for (int warm = 0; warm < 2; warm++) { // the first pricings create the rows and fill Broadleaf's caches
            scenario.inRequest(() -> scenario.orders.save(scenario.orders.findOrderById(cart.getId()), true));
        }
        List<Long> rowIds = campaignRowIds(cart.getId(), live.hostOfferId());
        Statistics statistics = hibernateStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();

        scenario.inRequest(() -> scenario.orders.save(scenario.orders.findOrderById(cart.getId()), true));

        assertThat(statistics.getEntityDeleteCount()).as("rows deleted").isZero();
        assertThat(statistics.getEntityInsertCount()).as("rows inserted").isZero();
        assertThat(statistics.getEntityUpdateCount()).as("rows updated").isZero();
        assertThat(campaignRowIds(cart.getId(), live.hostOfferId())).as("the same rows").isEqualTo(rowIds).hasSize(6);
        assertThat(PricedCart.read(host, cart.getId()).subTotal).isEqualByComparingTo("192.00");
    }

    @Test
    void combinableKeepsTheNativeOfferAndAddsTheCampaignWithinTheCap() throws Exception {
        Sku sku = scenario.sku("20.00", null);
        Offer nativeOffer = scenario.nativePercentOff(sku, "10");
        // seller 25% = 5.00, but with the host's 2.00 the cap (30% = 6.00) leaves 4.00
        PricingScenario.LiveCampaign live = scenario.live(scenario.terms(StackingPolicy.COMBINABLE), "25", "12.00", sku);
        Order cart = scenario.cart();

        scenario.add(cart, sku, 1);

        PricedCart priced = PricedCart.read(host, cart.getId());
        PricedCart.Line line = priced.line(sku.getId());
        assertThat(line.discountBy(nativeOffer.getId())).isEqualByComparingTo("2.00");
        assertThat(line.discountBy(live.hostOfferId())).isEqualByComparingTo("4.00");
        assertThat(line.rowsOf(live.hostOfferId()).get(0).reason).contains("campaign cap");
        assertThat(line.totalPrice).isEqualByComparingTo("14.00");
        assertThat(priced.subTotal).isEqualByComparingTo("14.00");
    }

    @Test
    void exclusiveReplacesTheNativeItemOfferEvenWhenTheNativeOneIsLarger() throws Exception {
        Sku sku = scenario.sku("20.00", null);
        Offer nativeOffer = scenario.nativePercentOff(sku, "25");
        PricingScenario.LiveCampaign live = scenario.live(scenario.terms(StackingPolicy.EXCLUSIVE), "20", "12.00", sku);
        Order cart = scenario.cart();

        scenario.add(cart, sku, 2);
        scenario.reprice(cart.getId());

        PricedCart.Line line = PricedCart.read(host, cart.getId()).line(sku.getId());
        assertThat(line.rowsOf(nativeOffer.getId())).isEmpty();
        assertThat(line.discountBy(live.hostOfferId())).isEqualByComparingTo("8.00");
        assertThat(line.totalPrice).isEqualByComparingTo("32.00");
    }

    @Test
    void bestOfGivesTheShopperTheLargerOfTheTwo() throws Exception {
        Sku nativeWins = scenario.sku("20.00", null);
        Sku campaignWins = scenario.sku("20.00", null);
        Offer bigNative = scenario.nativePercentOff(nativeWins, "30");
        Offer smallNative = scenario.nativePercentOff(campaignWins, "10");
        PricingScenario.LiveCampaign live = scenario.live(scenario.terms(StackingPolicy.BEST_OF), "20", "12.00",
                nativeWins, campaignWins);
        Order cart = scenario.cart();

        scenario.add(cart, nativeWins, 1);
        scenario.add(cart, campaignWins, 1);

        PricedCart priced = PricedCart.read(host, cart.getId());
        assertThat(priced.line(nativeWins.getId()).discountBy(bigNative.getId())).isEqualByComparingTo("6.00");
        assertThat(priced.line(nativeWins.getId()).rowsOf(live.hostOfferId())).isEmpty();
        assertThat(priced.line(campaignWins.getId()).rowsOf(smallNative.getId())).isEmpty();
        assertThat(priced.line(campaignWins.getId()).discountBy(live.hostOfferId())).isEqualByComparingTo("4.00");
        assertThat(priced.subTotal).isEqualByComparingTo("30.00");
    }

    @Test
    void aBudgetCappedLineDiscountThatDoesNotDivideByTheQuantityIsWrittenExactlyToTheCent() throws Exception {
        Sku sku = scenario.sku("20.00", null);
        // the platform funds all of it and only 10.01 is left: 3 units would get 12.00, the line gets 10.01
        PricingScenario.LiveCampaign live = scenario.live(scenario.terms(StackingPolicy.BEST_OF)
                .platformFundingPercent(new BigDecimal("100")).budget(new BigDecimal("10.01")), "20", "12.00", sku);
        Order cart = scenario.cart();

        scenario.add(cart, sku, 3);

        PricedCart.Line line = PricedCart.read(host, cart.getId()).line(sku.getId());
        assertThat(line.discountBy(live.hostOfferId())).isEqualByComparingTo("10.01");
        assertThat(line.rowsOf(live.hostOfferId())).extracting(r -> r.value.toPlainString() + "x" + r.detailQuantity)
                .containsExactlyInAnyOrder("3.33x1", "3.34x2");
        assertThat(line.totalPrice).isEqualByComparingTo("49.99");
    }

    @Test
    void theHostsOwnEngineNeverPicksACampaignsHostOffer() throws Exception {
        Sku enrolled = scenario.sku("20.00", null);
        Sku other = scenario.sku("20.00", null);
        PricingScenario.LiveCampaign live = scenario.live(scenario.terms(StackingPolicy.BEST_OF), "20", "12.00", enrolled);
        Order cart = scenario.cart();

        scenario.add(cart, other, 1);

        OfferService offers = host.bean("blOfferService", OfferService.class);
        List<Offer> candidates = host.inTransaction(status -> offers.buildOfferListForOrder(
                scenario.orders.findOrderById(cart.getId())));
        assertThat(candidates).extracting(Offer::getId).doesNotContain(live.hostOfferId());
        assertThat(PricedCart.read(host, cart.getId()).line(other.getId()).rows).isEmpty();
    }

    private List<Long> campaignRowIds(final long orderId, final Long hostOfferId) {
        return host.inTransaction(status -> {
            List<Long> ids = new ArrayList<Long>();
            for (OrderItem item : scenario.orders.findOrderById(orderId, true).getOrderItems()) {
                for (OrderItemPriceDetail detail : item.getOrderItemPriceDetails()) {
                    for (OrderItemPriceDetailAdjustment row : detail.getOrderItemPriceDetailAdjustments()) {
                        if (row.getOffer().getId().equals(hostOfferId)) {
                            ids.add(row.getId());
                        }
                    }
                }
            }
            Collections.sort(ids);
            return ids;
        });
    }

    private Statistics hibernateStatistics() {
        for (EntityManagerFactory emf : host.context().getBeansOfType(EntityManagerFactory.class).values()) {
            EntityManagerFactoryInfo info = (EntityManagerFactoryInfo) emf;
            if ("blPU".equals(info.getPersistenceUnitName())) {
                return ((HibernateEntityManagerFactory) info.getNativeEntityManagerFactory()).getSessionFactory().getStatistics();
            }
        }
        throw new IllegalStateException("no blPU entity manager factory");
    }

    @Test
    void aSalePricedItemKeepsItsSalePriceUnderTheCampaign() throws Exception {
        Sku sku = scenario.sku("25.00", "20.00");
        Offer nativeOffer = scenario.nativePercentOff(sku, "5");
        PricingScenario.LiveCampaign live = scenario.live(scenario.terms(StackingPolicy.EXCLUSIVE), "20", "12.00", sku);
        Order cart = scenario.cart();

        scenario.add(cart, sku, 1);

        PricedCart.Line line = PricedCart.read(host, cart.getId()).line(sku.getId());
        assertThat(line.rowsOf(nativeOffer.getId())).isEmpty();
        assertThat(line.discountBy(live.hostOfferId())).isEqualByComparingTo("4.00");
        assertThat(line.useSalePrice).containsOnly(true);
        assertThat(line.totalPrice).isEqualByComparingTo("16.00");
    }
}
