package com.coopromo.pricing.checkout;

import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;
import org.broadleafcommerce.core.workflow.state.ActivityStateManagerImpl;

import javax.annotation.Resource;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

/**
 * Checkout step (order 2500, before Broadleaf confirms the payment at 3000): holds each campaign's platform part of
 * the order in its budget. A refusal stops the checkout with a message that names the campaign; if a later step
 * fails, {@link ReleaseCampaignBudgetRollbackHandler} gives the holds back.
 */
public class ReserveCampaignBudgetActivity extends BaseActivity<ProcessContext<CheckoutSeed>> {
    static final String CAMPAIGNS = "coopCampaignIds";

    @Resource(name = "coopCampaignCheckout")
    protected CampaignCheckoutService checkout;

    @Override
    public ProcessContext<CheckoutSeed> execute(ProcessContext<CheckoutSeed> context) throws Exception {
        long orderId = context.getSeedData().getOrder().getId();
        Map<Long, BigDecimal> held = checkout.reserve(orderId);
        if (!held.isEmpty()) {
            Map<String, Object> state = new HashMap<String, Object>();
            state.put(CAMPAIGNS, new ArrayList<Long>(held.keySet()));
            ActivityStateManagerImpl.getStateManager().registerState(this, context, getRollbackHandler(), state);
        }
        return context;
    }
}
