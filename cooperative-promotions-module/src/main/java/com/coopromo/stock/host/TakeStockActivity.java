package com.coopromo.stock.host;

import com.coopromo.stock.service.SkuUnits;
import com.coopromo.stock.domain.StockShortage;
import com.coopromo.stock.service.SkuUnits;
import com.coopromo.stock.service.StockService;
import com.coopromo.stock.service.StockShortageException;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.inventory.service.InventoryUnavailableException;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;
import org.broadleafcommerce.core.workflow.state.ActivityStateManagerImpl;

import javax.annotation.Resource;
import java.util.HashMap;
import java.util.Map;

/**
 * Checkout step (order 2400: after Broadleaf validated the order's product options at 2000, before the campaign
 * budget hold at 2500 and the payment confirmation at 3000): takes the units of every counted Sku the order asks for,
 * all or none, each under its stock row's lock, so an order is never submitted for units that are not there. A
 * refusal stops the checkout with one sentence naming the product and what is left (Broadleaf's
 * {@link InventoryUnavailableException}, which its checkout does not log as an error); if a later step fails,
 * {@link ReleaseStockRollbackHandler} gives the units back.
 */
public class TakeStockActivity extends BaseActivity<ProcessContext<CheckoutSeed>> {
    static final String ORDER_ID = "coopStockOrderId";

    @Resource(name = "coopStock")
    protected StockService stock;

    @Override
    public ProcessContext<CheckoutSeed> execute(ProcessContext<CheckoutSeed> context) throws Exception {
        Order order = context.getSeedData().getOrder();
        SkuUnits.Ordered ordered = SkuUnits.ordered(order);
        for (Sku sku : ordered.skus()) {
            if (SkuUnits.markedUnavailable(sku)) {
                int asked = ordered.units().get(sku.getId());
                throw new InventoryUnavailableException(new StockShortage(sku.getId(), 0, asked)
                        .checkoutSentence(SkuUnits.productName(sku)), sku.getId(), asked, 0);
            }
        }
        if (ordered.units().isEmpty()) {
            return context;
        }
        try {
            if (!stock.take(order.getId(), ordered.units()).isEmpty()) {
                Map<String, Object> state = new HashMap<String, Object>();
                state.put(ORDER_ID, order.getId());
                ActivityStateManagerImpl.getStateManager().registerState(this, context, getRollbackHandler(), state);
            }
        } catch (StockShortageException e) {
            StockShortage shortage = e.shortage();
            throw new InventoryUnavailableException(shortage.checkoutSentence(SkuUnits.productName(ordered.sku(shortage.skuId()))),
                    shortage.skuId(), shortage.asked(), shortage.left());
        }
        return context;
    }
}
