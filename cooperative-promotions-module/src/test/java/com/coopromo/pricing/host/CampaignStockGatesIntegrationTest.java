package com.coopromo.pricing.host;

import com.coopromo.campaign.domain.StackingPolicy;
import com.coopromo.infra.junit.CoopHostExtension;
import com.coopromo.infra.junit.TestHost;
import com.coopromo.pricing.domain.LedgerEntryState;
import com.coopromo.pricing.ledger.CampaignBudgetLedger;
import com.coopromo.stock.service.StockService;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.checkout.service.exception.CheckoutException;
import org.broadleafcommerce.core.inventory.service.InventoryUnavailableException;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The campaigns' stock gates read the store's stock, the one checkout takes from: pricing drops the campaign discount
 * of a line the stock no longer covers (and checkout then refuses the order), and enrollment's stock rule checks the
 * campaign's minimum units against it.
 */
@ExtendWith(CoopHostExtension.class)
class CampaignStockGatesIntegrationTest {
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
    void aLineTheStockNoLongerCoversLosesItsCampaignDiscountAndCannotBeOrdered() throws Exception {
        Sku sku = scenario.sku("20.00", null);
        stock.setUnits(sku.getId(), 5);
        PricingScenario.LiveCampaign live = scenario.live(scenario.terms(StackingPolicy.BEST_OF), "20", "12.00", sku);
        Order cart = scenario.cart();
        scenario.add(cart, sku, 3);
        assertThat(PricedCart.read(host, cart.getId()).line(sku.getId()).discountBy(live.hostOfferId()))
                .isEqualByComparingTo("12.00");

        stock.setUnits(sku.getId(), 2); // others bought meanwhile
        scenario.reprice(cart.getId());

        PricedCart.Line line = PricedCart.read(host, cart.getId()).line(sku.getId());
        assertThat(line.rowsOf(live.hostOfferId())).as("no campaign discount on 3 of 2 left").isEmpty();
        assertThat(line.totalPrice).isEqualByComparingTo("60.00");
        Throwable refused = catchThrowable(() -> scenario.checkout(cart.getId()));
        assertThat(refused).isInstanceOf(CheckoutException.class);
        assertThat(refused.getCause()).isInstanceOf(InventoryUnavailableException.class)
                .hasMessage("Only 2 left of " + sku.getName() + ": your cart has 3.");
        assertThat(scenario.status(cart.getId())).isNotEqualTo(OrderStatus.SUBMITTED);
        assertThat(host.bean("coopBudgetLedger", CampaignBudgetLedger.class).entry(live.id(), cart.getId()).state())
                .as("refused before the budget hold").isEqualTo(LedgerEntryState.NONE);
        assertThat(stock.unitsLeft(sku.getId())).isEqualTo(2);
    }

    @Test
    void enrollmentChecksTheCampaignsMinimumUnitsAgainstTheStoresStock() {
        Sku sku = scenario.sku("20.00", null);
        stock.setUnits(sku.getId(), 2);

        Throwable refused = catchThrowable(() -> scenario.live(scenario.terms(StackingPolicy.BEST_OF).minUnitsInStock(5),
                "20", "12.00", sku));

        assertThat(refused).hasMessageContaining("stock: 2 unit(s) in stock; the campaign needs at least 5");
    }
}
