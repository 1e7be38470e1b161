package com.coopromo.metrics.host;

import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.service.workflow.CartOperationRequest;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.annotation.Resource;

/**
 * Cart step in Broadleaf's add-item and update-item workflows (order 7000, after the line was added or changed,
 * priced and verified): records an ADD_TO_CART event for the units added (a raised quantity counts its increase).
 * Never fails the cart change.
 */
public class RecordAddToCartActivity extends BaseActivity<ProcessContext<CartOperationRequest>> {
    private static final Logger LOG = LoggerFactory.getLogger(RecordAddToCartActivity.class);

    @Resource(name = "coopHostEvents")
    protected HostEvents hostEvents;

    /** true in the update-item workflow: the units added are the quantity's increase. */
    protected boolean setsLineQuantity;

    public void setSetsLineQuantity(boolean setsLineQuantity) {
        this.setsLineQuantity = setsLineQuantity;
    }

    @Override
    public ProcessContext<CartOperationRequest> execute(ProcessContext<CartOperationRequest> context) throws Exception {
        try {
            CartOperationRequest request = context.getSeedData();
            OrderItem line = request.getOrderItem();
            Integer units = setsLineQuantity ? request.getOrderItemQuantityDelta()
                    : request.getItemRequest() == null ? null : request.getItemRequest().getQuantity();
            if (line != null && units != null && units > 0) {
                hostEvents.addedToCart(request.getOrder(), line, units);
            }
        } catch (RuntimeException e) {
            LOG.debug("Could not record an add-to-cart: {}", e.toString());
        }
        return context;
    }
}
