package com.coopromo.campaign.persistence;

import com.coopromo.campaign.domain.CampaignState;
import com.coopromo.campaign.domain.CampaignTerms;

import java.io.Serializable;
import java.time.Instant;

/** A cooperative campaign as stored: its terms, its lifecycle state and when it last changed. */
public interface Campaign extends Serializable {
    Long getId();

    String getName();

    String getSlug();

    CampaignState getState();

    void setState(CampaignState state);

    /** The stored terms as the domain's value (already validated when they were saved). */
    CampaignTerms toTerms();

    /** Replaces every term with the given (validated) ones. */
    void applyTerms(CampaignTerms terms);

    Long getClonedFromId();

    void setClonedFromId(Long campaignId);

    /** The host {@code Offer} that stands for the campaign on the adjustment rows of discounted order lines; null until scheduled. */
    Long getHostOfferId();

    void setHostOfferId(Long offerId);

    Instant getCreatedAt();

    void setCreatedAt(Instant at);

    Instant getUpdatedAt();

    void setUpdatedAt(Instant at);
}
