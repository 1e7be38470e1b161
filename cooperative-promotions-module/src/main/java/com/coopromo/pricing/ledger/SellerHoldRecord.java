package com.coopromo.pricing.ledger;

import com.coopromo.common.persistence.CoopIdGenerator;
import org.hibernate.annotations.GenericGenerator;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;

/**
 * The platform-funded part of one order's discounts for one seller in a campaign with a per-seller cap: RESERVED at
 * checkout, CONSUMED once submitted, REFUNDED when cancelled (a released hold has no row). One per (campaign, seller,
 * order), which {@code UK_COOP_SELLER_HOLD} enforces.
 */
@Entity
@Table(name = "COOP_SELLER_HOLD")
public class SellerHoldRecord implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final String RESERVED = "RESERVED";
    public static final String CONSUMED = "CONSUMED";
    public static final String REFUNDED = "REFUNDED";

    @Id
    @GeneratedValue(generator = "CoopSellerHoldId")
    @GenericGenerator(name = "CoopSellerHoldId", strategy = CoopIdGenerator.STRATEGY)
    @Column(name = "HOLD_ID")
    protected Long id;

    @Column(name = "CAMPAIGN_ID", nullable = false)
    protected Long campaignId;

    @Column(name = "SELLER_ID", nullable = false)
    protected Long sellerId;

    @Column(name = "ORDER_ID", nullable = false)
    protected Long orderId;

    @Column(name = "AMOUNT", nullable = false, precision = 19, scale = 2)
    protected BigDecimal amount;

    @Column(name = "STATE", nullable = false, length = 16)
    protected String state;

    @Column(name = "CREATED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date createdAt;

    @Column(name = "UPDATED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date updatedAt;

    protected SellerHoldRecord() {
    }

    public SellerHoldRecord(long campaignId, long sellerId, long orderId, BigDecimal amount, Instant at) {
        this.campaignId = campaignId;
        this.sellerId = sellerId;
        this.orderId = orderId;
        this.amount = amount;
        this.state = RESERVED;
        this.createdAt = Date.from(at);
        this.updatedAt = this.createdAt;
    }

    public void change(String state, BigDecimal amount, Instant at) {
        this.state = state;
        this.amount = amount;
        this.updatedAt = Date.from(at);
    }

    public Long getCampaignId() { return campaignId; }
    public Long getSellerId() { return sellerId; }
    public Long getOrderId() { return orderId; }
    public BigDecimal getAmount() { return amount; }
    public String getState() { return state; }
}
