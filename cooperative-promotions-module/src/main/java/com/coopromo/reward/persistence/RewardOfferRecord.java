package com.coopromo.reward.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import java.io.Serializable;
import java.time.Instant;
import java.util.Date;

/** The host Offer behind a campaign's reward codes (one per campaign, created with the campaign's first grant). */
@Entity
@Table(name = "COOP_REWARD_OFFER")
public class RewardOfferRecord implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "CAMPAIGN_ID")
    protected Long campaignId;

    @Column(name = "OFFER_ID", nullable = false)
    protected Long offerId;

    @Column(name = "CREATED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date createdAt;

    protected RewardOfferRecord() {
    }

    public RewardOfferRecord(long campaignId, long offerId, Instant at) {
        this.campaignId = campaignId;
        this.offerId = offerId;
        this.createdAt = Date.from(at);
    }

    public Long getCampaignId() { return campaignId; }
    public Long getOfferId() { return offerId; }
}
