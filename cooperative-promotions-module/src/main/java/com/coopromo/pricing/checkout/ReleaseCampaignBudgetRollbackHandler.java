package com.coopromo.pricing.checkout;

import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.workflow.Activity;
import org.broadleafcommerce.core.workflow.ProcessContext;
import org.broadleafcommerce.core.workflow.state.RollbackFailureException;
import org.broadleafcommerce.core.workflow.state.RollbackHandler;

import javax.annotation.Resource;
import java.util.List;
import java.util.Map;

/** Undoes the module's checkout steps when a later step fails: holds are released, spend refunded, rows dropped. */
public class ReleaseCampaignBudgetRollbackHandler implements RollbackHandler<CheckoutSeed> {

    @Resource(name = "coopCampaignCheckout")
    protected CampaignCheckoutService checkout;

    @Override
    @SuppressWarnings("unchecked")
    public void rollbackState(Activity<? extends ProcessContext<CheckoutSeed>> activity, ProcessContext<CheckoutSeed> context,
                              Map<String, Object> state) throws RollbackFailureException {
        List<Long> campaigns = (List<Long>) state.get(ReserveCampaignBudgetActivity.CAMPAIGNS);
        try {
            checkout.release(context.getSeedData().getOrder().getId(), campaigns);
        } catch (RuntimeException e) {
            throw new RollbackFailureException("could not give back campaign budget " + campaigns + " of order "
                    + context.getSeedData().getOrder().getId(), e);
        }
    }
}
