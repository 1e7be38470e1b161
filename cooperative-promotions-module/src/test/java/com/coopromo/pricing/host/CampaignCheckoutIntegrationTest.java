package com.coopromo.pricing.host;

import com.coopromo.campaign.domain.StackingPolicy;
import com.coopromo.infra.junit.CoopHostExtension;
import com.coopromo.infra.junit.TestHost;
import com.coopromo.pricing.checkout.CampaignCheckoutService;
import com.coopromo.pricing.checkout.OrderAttributionRecord;
import com.coopromo.pricing.domain.LedgerEntryState;
import com.coopromo.pricing.ledger.BudgetTotals;
import com.coopromo.pricing.ledger.CampaignBudgetLedger;
import com.coopromo.pricing.ledger.RemainingBudgets;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.checkout.service.CheckoutService;
import org.broadleafcommerce.core.checkout.service.exception.CheckoutException;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Campaign budgets and attribution through Broadleaf's real checkout ({@code blCheckoutService.performCheckout}, its
 * whole workflow with the module's checkout activities) on real PostgreSQL. Payments are already-captured transactions
 * for the order total, so the host's payment step confirms them without a gateway.
 */
@ExtendWith(CoopHostExtension.class)
class CampaignCheckoutIntegrationTest {
    private TestHost host;
    private PricingScenario scenario;
    private CheckoutService checkoutService;
    private CampaignCheckoutService campaignCheckout;
    private CampaignBudgetLedger ledger;

    @BeforeEach
    void setUp(TestHost host) {
        this.host = host;
        scenario = new PricingScenario(host);
        checkoutService = host.bean("blCheckoutService", CheckoutService.class);
        campaignCheckout = host.bean("coopCampaignCheckout", CampaignCheckoutService.class);
        ledger = host.bean("coopBudgetLedger", CampaignBudgetLedger.class);
    }

    @Test
    void submittingAnOrderSpendsThePlatformShareOnceAndAttributesEveryDiscountedLine() throws Exception {
        Sku first = scenario.sku("20.00", null);
        Sku second = scenario.sku("35.00", null);
        PricingScenario.LiveCampaign live = scenario.live(scenario.terms(StackingPolicy.BEST_OF), "20", "12.00", first, second);
        Order cart = scenario.cart();
        scenario.add(cart, first, 2);   // 8.00 off: platform 40% = 3.20, seller 4.80
        scenario.add(cart, second, 1);  // 7.00 off: platform 2.80, seller 4.20

        checkout(cart.getId());

        assertThat(orderStatus(cart.getId())).isEqualTo(OrderStatus.SUBMITTED);
        assertThat(ledger.entry(live.id(), cart.getId()).state()).isEqualTo(LedgerEntryState.CONSUMED);
        BudgetTotals totals = ledger.totals(live.id());
        assertThat(totals.consumed()).isEqualByComparingTo("6.00");
        assertThat(totals.reserved()).isEqualByComparingTo("0.00");
        List<OrderAttributionRecord> rows = campaignCheckout.attribution(cart.getId());
        assertThat(rows).extracting(r -> r.getSkuId() + ":" + r.getDiscount() + "=" + r.getPlatformPart() + "+" + r.getSellerPart())
                .containsExactlyInAnyOrder(first.getId() + ":8.00=3.20+4.80", second.getId() + ":7.00=2.80+4.20");
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.getCampaignId()).isEqualTo(live.id());
            assertThat(r.getSellerId()).isEqualTo(live.seller.getId());
            assertThat(r.getPlatformPart().add(r.getSellerPart())).isEqualByComparingTo(r.getDiscount());
        });
        assertThat(rows).extracting(OrderAttributionRecord::getListingId)
                .containsExactlyInAnyOrder(live.listings[0].getId(), live.listings[1].getId());

        campaignCheckout.consume(cart.getId());

        assertThat(ledger.totals(live.id()).consumed()).as("consuming again counts nothing").isEqualByComparingTo("6.00");
        assertThat(campaignCheckout.attribution(cart.getId())).hasSize(2);
    }

    @Test
    void thePlatformPaysItsShareOfTheOrderNotARoundedShareOfEachLine() throws Exception {
        // 33.30 at 10% off = 3.33 per line; 50% of 9.99 is 4.995: line by line it would be 3 x 1.67 = 5.01
        Sku a = scenario.sku("33.30", null);
        Sku b = scenario.sku("33.30", null);
        Sku c = scenario.sku("33.30", null);
        PricingScenario.LiveCampaign live = scenario.live(scenario.terms(StackingPolicy.BEST_OF)
                .platformFundingPercent(new BigDecimal("50")).budget(new BigDecimal("5.00")), "10", "1.00", a, b, c);
        Order cart = scenario.cart();
        scenario.add(cart, a, 1);
        scenario.add(cart, b, 1);
        scenario.add(cart, c, 1);

        PricedCart priced = PricedCart.read(host, cart.getId());
        for (Sku sku : new Sku[]{a, b, c}) {
            assertThat(priced.line(sku.getId()).discountBy(live.hostOfferId())).as("a budget of exactly 5.00 funds every line")
                    .isEqualByComparingTo("3.33");
        }
        checkout(cart.getId());

        assertThat(orderStatus(cart.getId())).isEqualTo(OrderStatus.SUBMITTED);
        assertThat(ledger.totals(live.id()).consumed()).isEqualByComparingTo("5.00");
        assertThat(ledger.remaining(live.id())).isEqualByComparingTo("0.00");
        List<OrderAttributionRecord> rows = campaignCheckout.attribution(cart.getId());
        assertThat(rows).hasSize(3).allSatisfy(r -> {
            assertThat(r.getDiscount()).isEqualByComparingTo("3.33");
            assertThat(r.getPlatformPart().add(r.getSellerPart())).isEqualByComparingTo(r.getDiscount());
        });
        assertThat(rows.stream().map(OrderAttributionRecord::getPlatformPart).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("5.00");
        assertThat(rows.stream().map(OrderAttributionRecord::getSellerPart).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("4.99");
    }

    @Test
    void aCheckoutThatFailsAfterTheReserveGivesTheBudgetBackAndAttributesNothing() throws Exception {
        Sku sku = scenario.sku("20.00", null);
        PricingScenario.LiveCampaign live = scenario.live(scenario.terms(StackingPolicy.BEST_OF), "20", "12.00", sku);
        Order cart = scenario.cart();
        scenario.add(cart, sku, 1);

        // no payment at all: Broadleaf's payment step (after the module's reserve) refuses the checkout
        assertThatThrownBy(() -> scenario.inRequest(() -> checkoutService.performCheckout(scenario.orders.findOrderById(cart.getId()))))
                .isInstanceOf(CheckoutException.class).hasStackTraceContaining("not enough payments");

        assertThat(ledger.entry(live.id(), cart.getId()).state()).isEqualTo(LedgerEntryState.NONE);
        assertThat(ledger.totals(live.id()).reserved()).isEqualByComparingTo("0.00");
        assertThat(campaignCheckout.attribution(cart.getId())).isEmpty();
        assertThat(orderStatus(cart.getId())).isNotEqualTo(OrderStatus.SUBMITTED);
    }

    @Test
    void cancellingASubmittedOrderRefundsTheBudgetAndReversesItsAttributionOnce() throws Exception {
        Sku sku = scenario.sku("20.00", null);
        PricingScenario.LiveCampaign live = scenario.live(scenario.terms(StackingPolicy.BEST_OF), "20", "12.00", sku);
        Order cart = scenario.cart();
        scenario.add(cart, sku, 1);
        checkout(cart.getId());
        BigDecimal before = ledger.remaining(live.id());

        campaignCheckout.cancel(cart.getId());
        campaignCheckout.cancel(cart.getId());

        assertThat(orderStatus(cart.getId())).isEqualTo(OrderStatus.CANCELLED);
        assertThat(ledger.entry(live.id(), cart.getId()).state()).isEqualTo(LedgerEntryState.REFUNDED);
        assertThat(ledger.remaining(live.id())).isEqualByComparingTo(before.add(new BigDecimal("1.60")));
        assertThat(campaignCheckout.attribution(cart.getId())).hasSize(1).allMatch(OrderAttributionRecord::isReversed);
    }

    @Test
    void aPerSellerCapLimitsThePlatformsFundingOfOneSellerAcrossOrders() throws Exception {
        Sku sku = scenario.sku("20.00", null);
        // the platform funds it all (4.00 per unit) but at most 6.00 of this seller's discounts
        PricingScenario.LiveCampaign live = scenario.live(scenario.terms(StackingPolicy.BEST_OF)
                .platformFundingPercent(new BigDecimal("100")).budget(new BigDecimal("100.00"))
                .sellerPlatformCap(new BigDecimal("6.00")), "20", "12.00", sku);
        Order first = scenario.cart();
        scenario.add(first, sku, 1);
        Order early = scenario.cart();
        scenario.add(early, sku, 1); // priced while the whole cap was still free: 4.00 off

        checkout(first.getId());
        Order second = scenario.cart();
        scenario.add(second, sku, 1);

        PricedCart.Line capped = PricedCart.read(host, second.getId()).line(sku.getId());
        assertThat(capped.discountBy(live.hostOfferId())).as("2.00 left of the seller's cap").isEqualByComparingTo("2.00");
        assertThat(capped.rowsOf(live.hostOfferId()).get(0).reason).contains("reduced by the campaign budget");
        assertThatThrownBy(() -> checkout(early.getId())).isInstanceOf(CheckoutException.class)
                .hasStackTraceContaining("funds at most 6.00 of seller " + live.seller.getId() + "'s discounts");
        checkout(second.getId());
        assertThat(ledger.totals(live.id()).consumed()).isEqualByComparingTo("6.00");

        Order third = scenario.cart();
        scenario.add(third, sku, 1);
        assertThat(PricedCart.read(host, third.getId()).line(sku.getId()).rows).as("the seller's cap is used up").isEmpty();
        RemainingBudgets budgets = host.bean("coopRemainingBudgets", RemainingBudgets.class);
        assertThat(budgets.usedUp(scenario.index.offerFor(sku.getId()))).as("what a storefront shows").isTrue();

        campaignCheckout.cancel(first.getId());
        Order fourth = scenario.cart();
        scenario.add(fourth, sku, 1);
        assertThat(PricedCart.read(host, fourth.getId()).line(sku.getId()).discountBy(live.hostOfferId()))
                .as("a cancelled order gives the seller's share back").isEqualByComparingTo("4.00");
        assertThat(budgets.usedUp(scenario.index.offerFor(sku.getId()))).isFalse();
    }

    @Test
    void cancellingACartThatWasNeverSubmittedIsRefusedWithTheReason() throws Exception {
        Order cart = scenario.cart();

        assertThatThrownBy(() -> campaignCheckout.cancel(cart.getId()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only a submitted order can be cancelled");
    }

    @Test
    void twoHundredSimultaneousCheckoutsNeverSpendMoreThanTheBudgetAndSpendEachOrderOnce() throws Exception {
        Sku sku = scenario.sku("20.00", null);
        // the platform funds it all: 4.00 per order, so 50.00 pays for 12 orders and 2.00 stays
        PricingScenario.LiveCampaign live = scenario.live(scenario.terms(StackingPolicy.BEST_OF)
                .platformFundingPercent(new BigDecimal("100")).budget(new BigDecimal("50.00")), "20", "12.00", sku);
        ExecutorService pool = Executors.newFixedThreadPool(12);
        List<Long> orderIds = scenario.oneUnitCarts(pool, sku, 200);
        List<Future<Boolean>> checkouts = new ArrayList<Future<Boolean>>();
        for (final Long orderId : orderIds) {
            checkouts.add(pool.submit(new Callable<Boolean>() {
                @Override
                public Boolean call() throws Exception {
                    try {
                        checkout(orderId);
                        return true;
                    } catch (CheckoutException refused) {
                        assertThat(rootMessage(refused)).contains("campaign " + live.id()).contains("review the cart");
                        return false;
                    }
                }
            }));
        }
        List<Long> submitted = new ArrayList<Long>();
        for (int i = 0; i < orderIds.size(); i++) {
            if (checkouts.get(i).get(5, TimeUnit.MINUTES)) {
                submitted.add(orderIds.get(i));
            }
        }
        pool.shutdown();

        BudgetTotals totals = ledger.totals(live.id());
        assertThat(totals.consumed()).isEqualByComparingTo("48.00");
        assertThat(submitted).hasSize(12);
        assertThat(totals.reserved()).isEqualByComparingTo("0.00");
        assertThat(ledger.entries(live.id())).hasSize(12).allMatch(e -> e.state() == LedgerEntryState.CONSUMED)
                .extracting(e -> e.orderId()).containsExactlyInAnyOrderElementsOf(submitted);
        assertThat(campaignCheckout.attributionOfCampaign(live.id())).hasSize(12)
                .extracting(OrderAttributionRecord::getOrderId).containsExactlyInAnyOrderElementsOf(submitted);
    }

    private void checkout(final long orderId) throws Exception {
        scenario.checkout(orderId);
    }

    private OrderStatus orderStatus(final long orderId) {
        return scenario.status(orderId);
    }

    private static String rootMessage(Throwable t) {
        StringBuilder all = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            all.append(c.getMessage()).append(" | ");
        }
        return all.toString();
    }
}
