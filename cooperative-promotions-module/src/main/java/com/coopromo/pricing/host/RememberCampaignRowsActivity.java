package com.coopromo.pricing.host;

import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;

import javax.annotation.Resource;

/**
 * Pricing step (order 900, just before Broadleaf's offer step at 1000): notes the campaign rows the order carries, so
 * the module can keep them instead of deleting and re-inserting them (see {@link OrderCampaignPricer#rememberRows}).
 * It only reads.
 */
public class RememberCampaignRowsActivity extends BaseActivity<ProcessContext<Order>> {

    @Resource(name = "coopOrderCampaignPricer")
    protected OrderCampaignPricer pricer;

    @Override
    public ProcessContext<Order> execute(ProcessContext<Order> context) throws Exception {
        pricer.rememberRows(context.getSeedData());
        return context;
    }
}
