package com.coopromo.reward;

import com.coopromo.infra.junit.CoopHostExtension;
import com.coopromo.infra.junit.TestHost;
import com.coopromo.pricing.checkout.CampaignCheckoutService;
import com.coopromo.reward.domain.RewardProgress;
import com.coopromo.reward.persistence.RewardGrantRecord;
import com.coopromo.reward.service.RewardService;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.checkout.service.exception.CheckoutException;
import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.broadleafcommerce.core.offer.service.OfferService;
import org.broadleafcommerce.core.offer.service.exception.OfferMaxUseExceededException;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The multi-seller reward through Broadleaf's real checkout and pricing on real PostgreSQL: granted at the K-th
 * distinct seller and not before, once per customer and campaign under simultaneous checkouts and repeated
 * submissions, revoked (unused) when the order that crossed the threshold is cancelled and granted anew when it is
 * crossed again, and a code that takes 10% off one order and is refused on the next.
 */
@ExtendWith(CoopHostExtension.class)
class MultiSellerRewardIntegrationTest {
    private TestHost host;
    private RewardScenario scenario;
    private RewardService rewards;
    private CampaignCheckoutService campaignCheckout;
    private OfferService offers;

    @BeforeEach
    void setUp(TestHost host) {
        this.host = host;
        scenario = new RewardScenario(host);
        rewards = host.bean("coopRewardService", RewardService.class);
        campaignCheckout = host.bean("coopCampaignCheckout", CampaignCheckoutService.class);
        offers = host.bean("blOfferService", OfferService.class);
    }

    @Test
    void theRewardIsGrantedAtTheThirdDistinctSellerAndNotBefore() throws Exception {
        RewardScenario.Live live = scenario.live(3, 4);
        Customer shopper = scenario.shopper();
        assertThat(rewards.progressOf(shopper.getId(), live.id()).label()).isEqualTo("0 of 3 sellers");

        scenario.buy(shopper, live.skus[0]);
        scenario.buy(shopper, live.skus[0]); // the same seller again counts once
        RewardProgress afterOne = rewards.progressOf(shopper.getId(), live.id());
        assertThat(afterOne.label()).isEqualTo("1 of 3 sellers");
        assertThat(afterOne.granted()).isFalse();

        scenario.buy(shopper, live.skus[1]);
        assertThat(rewards.progressOf(shopper.getId(), live.id()).label()).isEqualTo("2 of 3 sellers");
        assertThat(rewards.grants(shopper.getId(), live.id())).isEmpty();

        long crossing = scenario.buy(shopper, live.skus[2]);

        RewardProgress earned = rewards.progressOf(shopper.getId(), live.id());
        assertThat(earned.label()).isEqualTo("3 of 3 sellers");
        assertThat(earned.code()).startsWith("COOP-");
        List<RewardGrantRecord> grants = rewards.grants(shopper.getId(), live.id());
        assertThat(grants).hasSize(1);
        assertThat(grants.get(0).getOrderId()).isEqualTo(crossing);
        assertThat(grants.get(0).getSellers()).isEqualTo(3);
        assertThat(grants.get(0).getCode()).isEqualTo(earned.code());
        OfferCode code = offers.lookupOfferCodeByCode(earned.code());
        assertThat(code.getMaxUses()).isEqualTo(1);
        assertThat(code.getOffer().getValue()).isEqualByComparingTo("10");

        long fourth = scenario.buy(shopper, live.skus[3], live.skus[0]);
        assertThat(rewards.afterSubmission(crossing)).as("submitting again grants nothing").isEmpty();
        assertThat(rewards.afterSubmission(fourth)).isEmpty();
        assertThat(rewards.grants(shopper.getId(), live.id())).hasSize(1);
        assertThat(rewards.progressOf(shopper.getId(), live.id()).code()).isEqualTo(earned.code());

        Customer other = scenario.shopper();
        scenario.buy(other, live.skus[0], live.skus[1]);
        assertThat(rewards.progressOf(other.getId(), live.id()).label()).as("another shopper's count is their own")
                .isEqualTo("2 of 3 sellers");
    }

    @Test
    void aCampaignWithoutARewardGrantsNothing() throws Exception {
        RewardScenario.Live live = scenario.live(null, 2);
        Customer shopper = scenario.shopper();

        long order = scenario.buy(shopper, live.skus[0], live.skus[1]);

        assertThat(rewards.progressOf(shopper.getId(), live.id()).offered()).isFalse();
        assertThat(rewards.afterSubmission(order)).isEmpty();
        assertThat(rewards.grants(shopper.getId(), live.id())).isEmpty();
    }

    @Test
    void simultaneousCheckoutsThatEachOrTogetherCrossTheThresholdGrantOneCode() throws Exception {
        RewardScenario.Live live = scenario.live(3, 3);
        final Customer shopper = scenario.shopper();
        scenario.buy(shopper, live.skus[0]);
        // four orders from the second seller and four from the third: no one of them alone crosses, any two do;
        // plus four that each cross alone
        List<Long> carts = new ArrayList<Long>();
        for (int i = 0; i < 4; i++) {
            carts.add(scenario.cart(shopper, live.skus[1]).getId());
            carts.add(scenario.cart(shopper, live.skus[2]).getId());
            carts.add(scenario.cart(shopper, live.skus[1], live.skus[2]).getId());
        }
        ExecutorService pool = Executors.newFixedThreadPool(carts.size());
        final CountDownLatch start = new CountDownLatch(1);
        List<Future<Long>> checkouts = new ArrayList<Future<Long>>();
        for (final Long orderId : carts) {
            checkouts.add(pool.submit(new Callable<Long>() {
                @Override
                public Long call() throws Exception {
                    start.await();
                    scenario.pricing.checkout(orderId);
                    return orderId;
                }
            }));
        }
        start.countDown();
        for (Future<Long> checkout : checkouts) {
            checkout.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
        for (Long orderId : carts) {
            assertThat(scenario.pricing.status(orderId)).isEqualTo(OrderStatus.SUBMITTED);
            assertThat(rewards.afterSubmission(orderId)).as("a repeated submission grants nothing").isEmpty();
        }

        List<RewardGrantRecord> grants = rewards.grants(shopper.getId(), live.id());
        assertThat(grants).hasSize(1);
        assertThat(grants.get(0).getState()).isEqualTo(RewardGrantRecord.GRANTED);
        assertThat(grants.get(0).getCode()).isNotNull();
        assertThat(carts).contains(grants.get(0).getOrderId());
        assertThat(rewards.progressOf(shopper.getId(), live.id()).code()).isEqualTo(grants.get(0).getCode());
    }

    @Test
    void shoppersCrossingAtTheSameTimeGetCodesOfTheCampaignsOneRewardOffer() throws Exception {
        RewardScenario.Live live = scenario.live(2, 2);
        List<Customer> shoppers = new ArrayList<Customer>();
        List<Long> carts = new ArrayList<Long>();
        for (int i = 0; i < 6; i++) {
            Customer shopper = scenario.shopper();
            shoppers.add(shopper);
            carts.add(scenario.cart(shopper, live.skus[0], live.skus[1]).getId());
        }
        ExecutorService pool = Executors.newFixedThreadPool(carts.size());
        final CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> checkouts = new ArrayList<Future<Object>>();
        for (final Long orderId : carts) {
            checkouts.add(pool.submit(() -> {
                start.await();
                return scenario.pricing.checkout(orderId);
            }));
        }
        start.countDown();
        for (Future<Object> checkout : checkouts) {
            checkout.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();

        java.util.Set<Long> offerIds = new java.util.HashSet<Long>();
        java.util.Set<String> codes = new java.util.HashSet<String>();
        for (Customer shopper : shoppers) {
            String code = rewards.progressOf(shopper.getId(), live.id()).code();
            assertThat(code).as("shopper %s's code", shopper.getId()).isNotNull();
            codes.add(code);
            offerIds.add(offers.lookupOfferCodeByCode(code).getOffer().getId());
        }
        assertThat(codes).hasSize(shoppers.size());
        assertThat(offerIds).as("one reward offer per campaign").hasSize(1);
    }

    @Test
    void cancellingTheOrderThatCrossedTheThresholdRevokesTheUnusedCodeAndCrossingAgainGrantsANewOne() throws Exception {
        RewardScenario.Live live = scenario.live(2, 2);
        Customer shopper = scenario.shopper();
        scenario.buy(shopper, live.skus[0]);
        long crossing = scenario.buy(shopper, live.skus[1]);
        String first = rewards.progressOf(shopper.getId(), live.id()).code();
        assertThat(first).isNotNull();

        campaignCheckout.cancel(crossing);
        campaignCheckout.cancel(crossing);

        RewardProgress after = rewards.progressOf(shopper.getId(), live.id());
        assertThat(after.label()).isEqualTo("1 of 2 sellers");
        assertThat(after.granted()).isFalse();
        List<RewardGrantRecord> grants = rewards.grants(shopper.getId(), live.id());
        assertThat(grants).hasSize(1);
        assertThat(grants.get(0).isRevoked()).isTrue();
        assertThat(grants.get(0).getRevokedByOrderId()).isEqualTo(crossing);
        assertThat(grants.get(0).getRevokedAt()).isNotNull();
        assertThat(offers.lookupOfferCodeByCode(first)).as("Broadleaf no longer finds a revoked code").isNull();

        long again = scenario.buy(shopper, live.skus[1]);

        grants = rewards.grants(shopper.getId(), live.id());
        assertThat(grants).hasSize(2);
        assertThat(grants.get(1).getState()).isEqualTo(RewardGrantRecord.GRANTED);
        assertThat(grants.get(1).getOrderId()).isEqualTo(again);
        assertThat(grants.get(1).getCode()).isNotEqualTo(first);
        assertThat(rewards.progressOf(shopper.getId(), live.id()).code()).isEqualTo(grants.get(1).getCode());
    }

    @Test
    void theCodeTakesTenPercentOffOneOrderOfItsOwnerAndIsRefusedAfterwards() throws Exception {
        RewardScenario.Live live = scenario.live(2, 2);
        Customer shopper = scenario.shopper();
        scenario.buy(shopper, live.skus[0], live.skus[1]);
        final String code = rewards.progressOf(shopper.getId(), live.id()).code();
        assertThat(code).isNotNull();
        Sku plain = scenario.pricing.sku("50.00", null); // in no campaign: only the reward discounts it

        // another shopper who learnt the code cannot check out with it
        Customer stranger = scenario.shopper();
        Order strangers = scenario.cart(stranger, plain);
        addCode(strangers.getId(), code);
        assertThatThrownBy(() -> scenario.pricing.checkout(strangers.getId())).isInstanceOf(CheckoutException.class)
                .hasStackTraceContaining("belongs to another shopper's account");

        Order cart = scenario.cart(shopper, plain);
        Order priced = addCode(cart.getId(), code);
        assertThat(priced.getOrderAdjustmentsValue().getAmount()).isEqualByComparingTo("5.00");
        assertThat(priced.getTotal().getAmount()).isEqualByComparingTo(priced.getSubTotal().getAmount().subtract(new java.math.BigDecimal("5.00")));
        scenario.pricing.checkout(cart.getId());
        assertThat(scenario.pricing.status(cart.getId())).isEqualTo(OrderStatus.SUBMITTED);
        assertThat(rewards.used(rewards.grants(shopper.getId(), live.id()).get(0))).isTrue();

        Order next = scenario.cart(shopper, plain);
        assertThatThrownBy(() -> addCode(next.getId(), code)).isInstanceOf(OfferMaxUseExceededException.class);
    }

    private Order addCode(final long orderId, final String code) throws Exception {
        return scenario.pricing.inRequest(() -> {
            OfferCode offerCode = offers.lookupOfferCodeByCode(code);
            return scenario.pricing.orders.addOfferCode(scenario.pricing.orders.findOrderById(orderId), offerCode, true);
        });
    }
}
