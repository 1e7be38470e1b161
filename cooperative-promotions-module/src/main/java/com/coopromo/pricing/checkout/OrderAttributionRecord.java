package com.coopromo.pricing.checkout;

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
 * Who a submitted order line's campaign discount is attributed to (campaign, seller, listing) and who funds it
 * (platform part + seller part = discount, exactly; the table checks it). One row per (order item, campaign), which
 * {@code UK_COOP_ATTRIBUTION_LINE} enforces, so a repeated submission writes nothing twice. A cancelled order's rows
 * stay, marked REVERSED.
 */
@Entity
@Table(name = "COOP_ORDER_ATTRIBUTION")
public class OrderAttributionRecord implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String ACTIVE = "ACTIVE";
    static final String REVERSED = "REVERSED";

    @Id
    @GeneratedValue(generator = "CoopOrderAttributionId")
    @GenericGenerator(name = "CoopOrderAttributionId", strategy = CoopIdGenerator.STRATEGY)
    @Column(name = "ATTRIBUTION_ID")
    protected Long id;

    @Column(name = "ORDER_ID", nullable = false)
    protected Long orderId;

    @Column(name = "ORDER_ITEM_ID", nullable = false)
    protected Long orderItemId;

    @Column(name = "CAMPAIGN_ID", nullable = false)
    protected Long campaignId;

    @Column(name = "SELLER_ID", nullable = false)
    protected Long sellerId;

    @Column(name = "LISTING_ID", nullable = false)
    protected Long listingId;

    @Column(name = "SKU_ID", nullable = false)
    protected Long skuId;

    @Column(name = "QUANTITY", nullable = false)
    protected Integer quantity;

    @Column(name = "DISCOUNT", nullable = false, precision = 19, scale = 2)
    protected BigDecimal discount;

    @Column(name = "PLATFORM_PART", nullable = false, precision = 19, scale = 2)
    protected BigDecimal platformPart;

    @Column(name = "SELLER_PART", nullable = false, precision = 19, scale = 2)
    protected BigDecimal sellerPart;

    @Column(name = "LINE_TOTAL", precision = 19, scale = 2)
    protected BigDecimal lineTotal;

    @Column(name = "STATE", nullable = false, length = 16)
    protected String state;

    @Column(name = "CREATED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date createdAt;

    @Column(name = "UPDATED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date updatedAt;

    protected OrderAttributionRecord() {
    }

    OrderAttributionRecord(long orderId, CampaignCharge charge, Instant at) {
        this.orderId = orderId;
        this.orderItemId = charge.orderItemId();
        this.campaignId = charge.campaignId();
        this.sellerId = charge.sellerId();
        this.listingId = charge.listingId();
        this.skuId = charge.skuId();
        this.quantity = charge.quantity();
        this.discount = charge.discount();
        this.platformPart = charge.funding().platformPart();
        this.sellerPart = charge.funding().sellerPart();
        this.lineTotal = charge.lineTotal();
        this.state = ACTIVE;
        this.createdAt = Date.from(at);
        this.updatedAt = this.createdAt;
    }

    void reverse(Instant at) {
        this.state = REVERSED;
        this.updatedAt = Date.from(at);
    }

    public Long getId() { return id; }
    public Long getOrderId() { return orderId; }
    public Long getOrderItemId() { return orderItemId; }
    public Long getCampaignId() { return campaignId; }
    public Long getSellerId() { return sellerId; }
    public Long getListingId() { return listingId; }
    public Long getSkuId() { return skuId; }
    public Integer getQuantity() { return quantity; }
    public BigDecimal getDiscount() { return discount; }
    public BigDecimal getPlatformPart() { return platformPart; }
    public BigDecimal getSellerPart() { return sellerPart; }
    /** What the shopper paid for the line after every discount; null on rows written before settlement existed. */
    public BigDecimal getLineTotal() { return lineTotal; }
    /** ACTIVE, or REVERSED once the order was cancelled. */
    public String getState() { return state; }
    public boolean isReversed() { return REVERSED.equals(state); }
}
