package com.coopromo.reward.host;

import com.coopromo.reward.service.RewardService;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.broadleafcommerce.core.offer.service.exception.OfferMaxUseExceededException;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;

import javax.annotation.Resource;
import java.util.ArrayList;
import java.util.List;

/**
 * Checkout step (order 1100, right after Broadleaf checked its offer codes' use limits at 1000): refuses an order
 * carrying a reward code granted to another customer, or one revoked since it was added to the cart, with one
 * sentence (Broadleaf's {@link OfferMaxUseExceededException}, as its own code checks do). Broadleaf 3.1 ties offer
 * codes to no customer itself.
 */
public class CheckRewardCodesActivity extends BaseActivity<ProcessContext<CheckoutSeed>> {

    @Resource(name = "coopRewardService")
    protected RewardService rewards;

    @Override
    public ProcessContext<CheckoutSeed> execute(ProcessContext<CheckoutSeed> context) throws Exception {
        Order order = context.getSeedData().getOrder();
        List<String> codes = new ArrayList<String>();
        if (order.getAddedOfferCodes() != null) {
            for (OfferCode code : order.getAddedOfferCodes()) {
                codes.add(code.getOfferCode());
            }
        }
        String refusal = rewards.refusal(order.getCustomer() == null ? null : order.getCustomer().getId(), codes);
        if (refusal != null) {
            throw new OfferMaxUseExceededException(refusal);
        }
        return context;
    }
}
