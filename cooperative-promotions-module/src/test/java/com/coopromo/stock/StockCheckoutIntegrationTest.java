package com.coopromo.stock;

import com.coopromo.infra.junit.CoopHostExtension;
import com.coopromo.infra.junit.TestHost;
import com.coopromo.pricing.checkout.CampaignCheckoutService;
import com.coopromo.pricing.host.PricingScenario;
import com.coopromo.stock.domain.StockMovement;
import com.coopromo.stock.service.StockService;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.checkout.service.CheckoutService;
import org.broadleafcommerce.core.checkout.service.exception.CheckoutException;
import org.broadleafcommerce.core.inventory.service.InventoryUnavailableException;
import org.broadleafcommerce.core.inventory.service.type.InventoryType;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.service.call.OrderItemRequestDTO;
import org.broadleafcommerce.core.order.service.exception.AddToCartException;
import org.broadleafcommerce.core.order.service.exception.UpdateCartException;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Stock enforced through Broadleaf's own cart and checkout on the real host: {@code blOrderService}'s add-item and
 * update-item workflows refuse more than is left (counting the cart), and {@code blCheckoutService.performCheckout}
 * takes the units under the stock rows' locks, gives them back when a later step fails, and a cancelled order gives
 * them back once.
 */
@ExtendWith(CoopHostExtension.class)
class StockCheckoutIntegrationTest {
    private TestHost host;
    private PricingScenario scenario;
    private StockService stock;

    @BeforeEach
    void setUp(TestHost host) {
        this.host = host;
        scenario = new PricingScenario(host);
        stock = host.bean("coopStock", StockService.class);
    }

    @Test
    void addingMoreThanIsLeftIsRefusedWithOneSentenceCountingWhatIsInTheCart() throws Exception {
        Sku sku = counted(3);
        Order cart = scenario.cart();
        scenario.add(cart, sku, 2);

        Throwable refused = catchThrowable(() -> scenario.add(cart, sku, 2));

        assertThat(refused).isInstanceOf(AddToCartException.class);
        assertThat(sentence(refused)).isEqualTo("Only 3 left of " + sku.getName()
                + ": you asked for 4, counting the 2 already in your cart.");
        assertThat(unitsInCart(cart.getId())).as("the cart is as it was").isEqualTo(2);
        scenario.add(cart, sku, 1);
        assertThat(unitsInCart(cart.getId())).as("what is left may still be added").isEqualTo(3);
    }

    @Test
    void raisingALineAboveWhatIsLeftIsRefusedAndLoweringItIsAlwaysAllowed() throws Exception {
        Sku sku = counted(5);
        Order cart = scenario.cart();
        scenario.add(cart, sku, 4);
        long line = lineOf(cart.getId());

        Throwable refused = catchThrowable(() -> setQuantity(cart.getId(), line, 6));

        assertThat(refused).isInstanceOf(UpdateCartException.class);
        assertThat(sentence(refused)).isEqualTo("Only 5 left of " + sku.getName()
                + ": you asked for 6, counting the 4 already in your cart.");
        assertThat(unitsInCart(cart.getId())).isEqualTo(4);

        stock.setUnits(sku.getId(), 1); // others bought meanwhile
        setQuantity(cart.getId(), line, 2);
        assertThat(unitsInCart(cart.getId())).as("fewer units are never refused").isEqualTo(2);
    }

    @Test
    void aProductThatIsOutOfStockCannotBeAddedNorOrdered() throws Exception {
        Sku soldOut = counted(0);
        Sku takenOffSale = scenario.sku("20.00", null);
        host.inTransaction(status -> {
            Sku s = scenario.catalog.findSkuById(takenOffSale.getId());
            s.setInventoryType(InventoryType.UNAVAILABLE);
            return scenario.catalog.saveSku(s);
        });
        Order cart = scenario.cart();

        assertThat(sentence(catchThrowable(() -> scenario.add(cart, soldOut, 1))))
                .isEqualTo("None left of " + soldOut.getName() + ": you asked for 1.");
        assertThat(sentence(catchThrowable(() -> scenario.add(cart, takenOffSale, 1))))
                .isEqualTo("None left of " + takenOffSale.getName() + ": you asked for 1.");

        // in the cart while there was stock, sold out before the checkout
        Sku lastOne = counted(1);
        scenario.add(cart, lastOne, 1);
        stock.setUnits(lastOne.getId(), 0);

        Throwable refused = catchThrowable(() -> scenario.checkout(cart.getId()));

        assertThat(refused).isInstanceOf(CheckoutException.class);
        assertThat(sentence(refused)).isEqualTo("None left of " + lastOne.getName() + ": your cart has 1.");
        assertThat(scenario.status(cart.getId())).isNotEqualTo(OrderStatus.SUBMITTED);
        assertThat(stock.unitsLeft(lastOne.getId())).isZero();
        assertThat(stock.movements(cart.getId())).isEmpty();
    }

    @Test
    void checkoutTakesTheUnitsAndACheckoutThatFailsLaterGivesThemBack() throws Exception {
        Sku first = counted(10);
        Sku second = counted(4);
        Sku uncounted = scenario.sku("9.00", null);
        Order cart = scenario.cart();
        scenario.add(cart, first, 3);
        scenario.add(cart, second, 4);
        scenario.add(cart, uncounted, 20);

        // no payment: Broadleaf's payment step (3000), after the stock step (2400), refuses the checkout
        CheckoutService checkoutService = host.bean("blCheckoutService", CheckoutService.class);
        Throwable failed = catchThrowable(() -> scenario.inRequest(
                () -> checkoutService.performCheckout(scenario.orders.findOrderById(cart.getId()))));
        assertThat(failed).isInstanceOf(CheckoutException.class).hasStackTraceContaining("not enough payments");
        assertThat(stock.unitsLeft(first.getId())).as("given back").isEqualTo(10);
        assertThat(stock.unitsLeft(second.getId())).isEqualTo(4);
        assertThat(stock.movements(cart.getId())).isEmpty();

        scenario.checkout(cart.getId());

        assertThat(scenario.status(cart.getId())).isEqualTo(OrderStatus.SUBMITTED);
        assertThat(stock.unitsLeft(first.getId())).isEqualTo(7);
        assertThat(stock.unitsLeft(second.getId())).isZero();
        assertThat(stock.unitsLeft(uncounted.getId())).isNull();
        assertThat(stock.movements(cart.getId())).extracting(m -> m.skuId() + "x" + m.units())
                .containsExactlyInAnyOrder(first.getId() + "x3", second.getId() + "x4");
    }

    @Test
    void cancellingASubmittedOrderGivesItsUnitsBackOnce() throws Exception {
        Sku sku = counted(6);
        Order cart = scenario.cart();
        scenario.add(cart, sku, 4);
        scenario.checkout(cart.getId());
        assertThat(stock.unitsLeft(sku.getId())).isEqualTo(2);
        CampaignCheckoutService orders = host.bean("coopCampaignCheckout", CampaignCheckoutService.class);

        orders.cancel(cart.getId());
        orders.cancel(cart.getId());

        assertThat(scenario.status(cart.getId())).isEqualTo(OrderStatus.CANCELLED);
        assertThat(stock.unitsLeft(sku.getId())).isEqualTo(6);
        assertThat(stock.movements(cart.getId())).singleElement().matches(StockMovement::restored);
    }

    /**
     * 200 shoppers each with the product in their cart (added while 10 were left) check out at the same moment through
     * Broadleaf's real checkout: exactly 10 orders are submitted, each took one unit once, the stock ends at 0 and was
     * never seen below it, and every other shopper is told in one sentence that none is left.
     */
    @Test
    void twoHundredSimultaneousCheckoutsForTheLastTenUnitsSellExactlyTen() throws Exception {
        final Sku sku = counted(10);
        ExecutorService pool = Executors.newFixedThreadPool(12);
        List<Long> orderIds = scenario.oneUnitCarts(pool, sku, 200);
        final ConcurrentLinkedQueue<Integer> seen = new ConcurrentLinkedQueue<Integer>();
        final AtomicBoolean running = new AtomicBoolean(true);
        Thread watcher = new Thread(() -> {
            while (running.get()) {
                seen.add(stock.unitsLeft(sku.getId()));
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "stock-watcher");
        watcher.start();

        final CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> checkouts = new ArrayList<Future<String>>();
        for (final Long orderId : orderIds) {
            checkouts.add(pool.submit(new Callable<String>() {
                @Override
                public String call() throws Exception {
                    start.await();
                    try {
                        scenario.checkout(orderId);
                        return null;
                    } catch (CheckoutException refused) {
                        return sentence(refused);
                    }
                }
            }));
        }
        start.countDown();
        List<Long> submitted = new ArrayList<Long>();
        List<String> refusals = new ArrayList<String>();
        for (int i = 0; i < orderIds.size(); i++) {
            String refusal = checkouts.get(i).get(5, TimeUnit.MINUTES);
            if (refusal == null) {
                submitted.add(orderIds.get(i));
            } else {
                refusals.add(refusal);
            }
        }
        running.set(false);
        watcher.join();
        pool.shutdown();

        assertThat(submitted).hasSize(10);
        assertThat(stock.unitsLeft(sku.getId())).isZero();
        assertThat(seen).as("stock seen while checking out").isNotEmpty().allMatch(units -> units >= 0 && units <= 10);
        assertThat(refusals).hasSize(190).containsOnly("None left of " + sku.getName() + ": your cart has 1.");
        int sold = 0;
        for (Long orderId : orderIds) {
            List<StockMovement> took = stock.movements(orderId);
            if (submitted.contains(orderId)) {
                assertThat(took).as("order %d", orderId).singleElement()
                        .satisfies(m -> assertThat(m.units()).isEqualTo(1)).matches(m -> !m.restored());
                assertThat(scenario.status(orderId)).isEqualTo(OrderStatus.SUBMITTED);
                sold += took.get(0).units();
            } else {
                assertThat(took).as("refused order %d took nothing", orderId).isEmpty();
                assertThat(scenario.status(orderId)).isNotEqualTo(OrderStatus.SUBMITTED);
            }
        }
        assertThat(sold).isEqualTo(10);
    }

    private Sku counted(int units) {
        Sku sku = scenario.sku("20.00", null);
        stock.setUnits(sku.getId(), units);
        return sku;
    }

    private void setQuantity(long orderId, long orderItemId, int quantity) throws Exception {
        scenario.orders.updateItemQuantity(orderId, new OrderItemRequestDTO().setOrderItemId(orderItemId).setQuantity(quantity), true);
    }

    private long lineOf(final long orderId) {
        return host.inTransaction(status -> scenario.orders.findOrderById(orderId, true).getOrderItems().get(0).getId());
    }

    private int unitsInCart(final long orderId) {
        return host.inTransaction(status -> {
            int units = 0;
            for (OrderItem item : scenario.orders.findOrderById(orderId, true).getOrderItems()) {
                units += item.getQuantity();
            }
            return units;
        });
    }

    /** The refusal's sentence: the message of the Broadleaf inventory refusal in its causes. */
    private static String sentence(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InventoryUnavailableException) {
                return t.getMessage();
            }
        }
        throw new AssertionError("no stock refusal in " + failure, failure);
    }
}
