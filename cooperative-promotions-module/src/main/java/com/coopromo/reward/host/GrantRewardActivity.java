package com.coopromo.reward.host;

import com.coopromo.reward.persistence.RewardGrantRecord;
import com.coopromo.reward.service.RewardService;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.annotation.Resource;
import java.util.List;

/**
 * Checkout step (order 7000, after Broadleaf completed the order at 6000 and the module attributed its campaign
 * discounts at 4500, both committed): grants the multi-seller rewards the order's customer has now earned. The
 * order is submitted whatever happens here: a failure is logged and the reward is granted by the customer's next
 * submitted order in the campaign.
 */
public class GrantRewardActivity extends BaseActivity<ProcessContext<CheckoutSeed>> {
    private static final Logger LOG = LoggerFactory.getLogger(GrantRewardActivity.class);

    @Resource(name = "coopRewardService")
    protected RewardService rewards;

    @Override
    public ProcessContext<CheckoutSeed> execute(ProcessContext<CheckoutSeed> context) throws Exception {
        Long orderId = context.getSeedData().getOrder().getId();
        try {
            List<RewardGrantRecord> granted = rewards.afterSubmission(orderId);
            for (RewardGrantRecord grant : granted) {
                LOG.debug("Order {} earned customer {} the reward of campaign {} ({} sellers): code {}", orderId,
                        grant.getCustomerId(), grant.getCampaignId(), grant.getSellers(), grant.getCode());
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not grant the multi-seller rewards of order {}: {}", orderId, e.toString(), e);
        }
        return context;
    }
}
