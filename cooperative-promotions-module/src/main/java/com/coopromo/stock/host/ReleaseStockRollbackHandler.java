package com.coopromo.stock.host;

import com.coopromo.stock.service.StockService;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.workflow.Activity;
import org.broadleafcommerce.core.workflow.ProcessContext;
import org.broadleafcommerce.core.workflow.state.RollbackFailureException;
import org.broadleafcommerce.core.workflow.state.RollbackHandler;

import javax.annotation.Resource;
import java.util.Map;

/** Undoes {@link TakeStockActivity} when a later checkout step fails: the order's units go back to the stock, once. */
public class ReleaseStockRollbackHandler implements RollbackHandler<CheckoutSeed> {

    @Resource(name = "coopStock")
    protected StockService stock;

    @Override
    public void rollbackState(Activity<? extends ProcessContext<CheckoutSeed>> activity, ProcessContext<CheckoutSeed> context,
                              Map<String, Object> state) throws RollbackFailureException {
        Long orderId = (Long) state.get(TakeStockActivity.ORDER_ID);
        try {
            stock.release(orderId);
        } catch (RuntimeException e) {
            throw new RollbackFailureException("could not give back the stock taken by order " + orderId, e);
        }
    }
}
