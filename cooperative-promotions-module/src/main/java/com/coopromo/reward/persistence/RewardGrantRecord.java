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

/**
 * A multi-seller reward granted to a customer in a campaign: the order whose submission crossed the threshold, the
 * sellers counted then, the single-use host offer code, and — when a cancellation took the customer back below the
 * threshold before the code was used — its revocation. Rows are inserted by {@link RewardDao#insertGrantIfAbsent}
 * (at most one GRANTED row per customer and campaign, which a partial unique index enforces); revoked rows stay.
 */
@Entity
@Table(name = "COOP_REWARD_GRANT")
public class RewardGrantRecord implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final String GRANTED = "GRANTED";
    public static final String REVOKED = "REVOKED";

    @Id
    @Column(name = "GRANT_ID")
    protected Long id;

    @Column(name = "CAMPAIGN_ID", nullable = false)
    protected Long campaignId;

    @Column(name = "CUSTOMER_ID", nullable = false)
    protected Long customerId;

    @Column(name = "ORDER_ID", nullable = false)
    protected Long orderId;

    @Column(name = "SELLERS", nullable = false)
    protected Integer sellers;

    @Column(name = "OFFER_CODE_ID")
    protected Long offerCodeId;

    @Column(name = "CODE", length = 64)
    protected String code;

    @Column(name = "STATE", nullable = false, length = 16)
    protected String state;

    @Column(name = "GRANTED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date grantedAt;

    @Column(name = "REVOKED_AT")
    @Temporal(TemporalType.TIMESTAMP)
    protected Date revokedAt;

    @Column(name = "REVOKED_BY_ORDER_ID")
    protected Long revokedByOrderId;

    protected RewardGrantRecord() {
    }

    public void issue(long offerCodeId, String code) {
        this.offerCodeId = offerCodeId;
        this.code = code;
    }

    public void revoke(long cancelledOrderId, Instant at) {
        this.state = REVOKED;
        this.revokedAt = Date.from(at);
        this.revokedByOrderId = cancelledOrderId;
    }

    public Long getId() { return id; }
    public Long getCampaignId() { return campaignId; }
    public Long getCustomerId() { return customerId; }
    /** The order whose submission crossed the threshold. */
    public Long getOrderId() { return orderId; }
    /** Distinct sellers counted when the reward was granted. */
    public Integer getSellers() { return sellers; }
    public Long getOfferCodeId() { return offerCodeId; }
    public String getCode() { return code; }
    /** GRANTED, or REVOKED after a cancellation took the customer below the threshold with the code unused. */
    public String getState() { return state; }
    public boolean isRevoked() { return REVOKED.equals(state); }
    public Instant getGrantedAt() { return grantedAt == null ? null : grantedAt.toInstant(); }
    public Instant getRevokedAt() { return revokedAt == null ? null : revokedAt.toInstant(); }
    /** The cancelled order that revoked it, or null. */
    public Long getRevokedByOrderId() { return revokedByOrderId; }
}
