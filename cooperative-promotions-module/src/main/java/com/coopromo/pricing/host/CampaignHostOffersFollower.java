package com.coopromo.pricing.host;

import com.coopromo.campaign.domain.CampaignState;
import com.coopromo.campaign.persistence.Campaign;
import com.coopromo.campaign.persistence.CampaignDao;
import com.coopromo.common.events.ChangeEvent;
import com.coopromo.common.events.ChangeSubscriber;
import org.springframework.stereotype.Component;

import javax.annotation.Resource;
import java.util.List;

/** Keeps each campaign's host {@code Offer} in step with the campaign's changes (see {@link CampaignHostOffers}). */
@Component("coopCampaignHostOffersFollower")
public class CampaignHostOffersFollower implements ChangeSubscriber {
    @Resource(name = "coopCampaignHostOffers")
    protected CampaignHostOffers hostOffers;

    @Resource(name = "coopCampaignDao")
    protected CampaignDao campaignDao;

    /**
     * In the writer's transaction: a campaign that became SCHEDULED (or LIVE without one) gets its host offer before
     * the change commits, so the offer that labels its adjustment rows exists before the first discount is priced.
     */
    @Override
    public void beforeCommit(List<ChangeEvent> changes) {
        for (ChangeEvent change : changes) {
            if (change.is(ChangeEvent.Subject.CAMPAIGN)) {
                Campaign campaign = campaignDao.find(change.campaignId());
                if (campaign != null && (campaign.getState() == CampaignState.SCHEDULED
                        || (campaign.getState() == CampaignState.LIVE && campaign.getHostOfferId() == null))) {
                    hostOffers.synchronize(campaign);
                }
            }
        }
    }

    /** Another node may have created a campaign's host offer: the known ids are read again on next use. */
    @Override
    public void afterCommit(List<ChangeEvent> changes, boolean thisNode) {
        if (thisNode) {
            return;
        }
        for (ChangeEvent change : changes) {
            if (change.is(ChangeEvent.Subject.CAMPAIGN) || change.is(ChangeEvent.Subject.EVERYTHING)) {
                hostOffers.forgetIds();
                return;
            }
        }
    }
}
