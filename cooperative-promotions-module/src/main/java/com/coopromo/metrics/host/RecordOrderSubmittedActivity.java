package com.coopromo.metrics.host;

import com.coopromo.metrics.domain.ShopperEventType;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.annotation.Resource;

/**
 * Checkout step (order 7100, after Broadleaf completed the order at 6000 and the module attributed its campaign
 * discounts at 4500): records one ORDER_SUBMITTED event per order line, keyed {@code O:<orderItemId>} so a repeated
 * submission counts once. Never fails the checkout.
 */
public class RecordOrderSubmittedActivity extends BaseActivity<ProcessContext<CheckoutSeed>> {
    private static final Logger LOG = LoggerFactory.getLogger(RecordOrderSubmittedActivity.class);

    @Resource(name = "coopHostEvents")
    protected HostEvents hostEvents;

    @Override
    public ProcessContext<CheckoutSeed> execute(ProcessContext<CheckoutSeed> context) throws Exception {
        try {
            hostEvents.record(hostEvents.orderLines(context.getSeedData().getOrder(), ShopperEventType.ORDER_SUBMITTED));
        } catch (RuntimeException e) {
            LOG.warn("Could not record the order lines of order {} for the campaign metrics: {}",
                    context.getSeedData().getOrder().getId(), e.toString());
        }
        return context;
    }
}
