package com.coopromo.storefront.reward;

import com.coopromo.campaign.domain.CampaignState;
import com.coopromo.campaign.persistence.Campaign;
import com.coopromo.campaign.service.CampaignService;
import com.coopromo.reward.domain.RewardProgress;
import com.coopromo.reward.service.RewardService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.stereotype.Component;

import javax.annotation.Resource;
import java.util.ArrayList;
import java.util.List;

/**
 * The multi-seller reward progress a shopper sees: on a campaign's hub for that campaign, in the cart for every live
 * campaign that offers a reward. What the fragment {@code coop/fragments/reward-progress} shows.
 */
@Component("coopRewardProgressShown")
public class RewardProgressShown {
    @Resource(name = "coopRewardService")
    protected RewardService rewardService;

    @Resource(name = "coopCampaignService")
    protected CampaignService campaignService;

    /** The shopper's progress in the campaign; null when the campaign offers no reward or nobody is known. */
    public RewardProgress of(Customer customer, Campaign campaign) {
        if (customer == null || customer.getId() == null || campaign == null) {
            return null;
        }
        RewardProgress progress = rewardService.progressOf(customer.getId(), campaign.getId());
        return progress.offered() ? progress : null;
    }

    /** The shopper's progress in every live campaign that offers a reward. */
    public List<Shown> inLiveCampaigns(Customer customer) {
        List<Shown> shown = new ArrayList<Shown>();
        for (Campaign campaign : campaignService.findAll()) {
            if (campaign.getState() == CampaignState.LIVE) {
                RewardProgress progress = of(customer, campaign);
                if (progress != null) {
                    shown.add(new Shown(campaign.getName(), progress));
                }
            }
        }
        return shown;
    }

    /** One campaign's progress with the campaign's name. */
    public static final class Shown {
        private final String campaignName;
        private final RewardProgress progress;

        Shown(String campaignName, RewardProgress progress) {
            this.campaignName = campaignName;
            this.progress = progress;
        }

        public String getCampaignName() {
            return campaignName;
        }

        public RewardProgress getProgress() {
            return progress;
        }
    }
}
