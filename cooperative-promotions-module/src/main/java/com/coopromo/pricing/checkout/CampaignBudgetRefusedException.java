package com.coopromo.pricing.checkout;

/**
 * A checkout asked a campaign's budget for more than it has left (another order took it since the cart was priced).
 * Nothing was reserved; the next pricing of the cart shows the smaller or removed campaign discount.
 */
public class CampaignBudgetRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final long campaignId;

    public CampaignBudgetRefusedException(long campaignId, String message) {
        super(message);
        this.campaignId = campaignId;
    }

    public long campaignId() {
        return campaignId;
    }
}
