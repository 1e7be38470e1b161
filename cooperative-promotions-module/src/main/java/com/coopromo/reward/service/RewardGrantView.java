package com.coopromo.reward.service;

import java.time.Instant;

/** One granted reward as the admin lists it. */
public final class RewardGrantView {
    /** Held (not used yet), Used (an order was submitted with it) or Revoked. */
    public enum Status { HELD, USED, REVOKED }

    private final long grantId;
    private final long campaignId;
    private final String campaignName;
    private final long customerId;
    private final String customerName;
    private final long orderId;
    private final int sellers;
    private final String code;
    private final Instant grantedAt;
    private final Status status;
    private final Instant revokedAt;
    private final Long revokedByOrderId;

    public RewardGrantView(long grantId, long campaignId, String campaignName, long customerId, String customerName,
                           long orderId, int sellers, String code, Instant grantedAt, Status status, Instant revokedAt,
                           Long revokedByOrderId) {
        this.grantId = grantId;
        this.campaignId = campaignId;
        this.campaignName = campaignName;
        this.customerId = customerId;
        this.customerName = customerName;
        this.orderId = orderId;
        this.sellers = sellers;
        this.code = code;
        this.grantedAt = grantedAt;
        this.status = status;
        this.revokedAt = revokedAt;
        this.revokedByOrderId = revokedByOrderId;
    }

    public long getGrantId() { return grantId; }
    public long getCampaignId() { return campaignId; }
    public String getCampaignName() { return campaignName; }
    public long getCustomerId() { return customerId; }
    /** The customer's user name (or e-mail), or "customer N" when it has none. */
    public String getCustomerName() { return customerName; }
    public long getOrderId() { return orderId; }
    public int getSellers() { return sellers; }
    public String getCode() { return code; }
    public Instant getGrantedAt() { return grantedAt; }
    public Status getStatus() { return status; }
    /** "Held", "Used" or "Revoked". */
    public String getStatusLabel() {
        return status.name().charAt(0) + status.name().substring(1).toLowerCase();
    }
    public Instant getRevokedAt() { return revokedAt; }
    public Long getRevokedByOrderId() { return revokedByOrderId; }
}
