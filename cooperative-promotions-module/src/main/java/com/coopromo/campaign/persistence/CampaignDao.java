package com.coopromo.campaign.persistence;

import com.coopromo.campaign.domain.CampaignState;

import java.util.Collection;
import java.util.List;

public interface CampaignDao {
    Campaign save(Campaign campaign);

    Campaign find(long id);

    /** The campaign, row-locked until the transaction ends, so concurrent moves of one campaign serialize. */
    Campaign findForUpdate(long id);

    Campaign findBySlug(String slug);

    List<Campaign> findAll();

    List<Campaign> findInStates(Collection<CampaignState> states);

    /** The host Offer ids of every campaign that has one (whatever its state). */
    List<Long> hostOfferIds();

    void record(CampaignTransitionRecord transition);

    List<CampaignTransitionRecord> history(long campaignId);
}
