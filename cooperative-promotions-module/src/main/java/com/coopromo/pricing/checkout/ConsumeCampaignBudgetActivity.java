package com.coopromo.pricing.checkout;

import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;
import org.broadleafcommerce.core.workflow.state.ActivityStateManagerImpl;

import javax.annotation.Resource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Checkout step (order 4500, after the payment is confirmed and Broadleaf recorded its offer usage at 4000): spends
 * the holds and writes the order's attribution rows, once. If a later step fails, the rollback handler refunds the
 * spend and drops the rows.
 */
public class ConsumeCampaignBudgetActivity extends BaseActivity<ProcessContext<CheckoutSeed>> {

    @Resource(name = "coopCampaignCheckout")
    protected CampaignCheckoutService checkout;

    @Override
    public ProcessContext<CheckoutSeed> execute(ProcessContext<CheckoutSeed> context) throws Exception {
        long orderId = context.getSeedData().getOrder().getId();
        List<OrderAttributionRecord> rows = checkout.consume(orderId);
        if (!rows.isEmpty()) {
            TreeSet<Long> campaigns = new TreeSet<Long>();
            for (OrderAttributionRecord row : rows) {
                campaigns.add(row.getCampaignId());
            }
            Map<String, Object> state = new HashMap<String, Object>();
            state.put(ReserveCampaignBudgetActivity.CAMPAIGNS, new ArrayList<Long>(campaigns));
            ActivityStateManagerImpl.getStateManager().registerState(this, context, getRollbackHandler(), state);
        }
        return context;
    }
}
