package com.coopromo.assets.persistence;

import com.coopromo.campaign.domain.AssetKind;
import com.coopromo.common.persistence.CoopIdGenerator;
import com.coopromo.common.persistence.StoredValues;
import org.hibernate.annotations.GenericGenerator;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import java.io.Serializable;
import java.time.Instant;
import java.util.Date;

/** One asset of a campaign (no seller) or of a seller in a campaign, of one kind; its versions are {@link AssetVersionRecord}s. */
@Entity
@Table(name = "COOP_ASSET")
public class AssetRecord implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "CoopAssetId")
    @GenericGenerator(name = "CoopAssetId", strategy = CoopIdGenerator.STRATEGY)
    @Column(name = "ASSET_ID")
    protected Long id;

    @Column(name = "CAMPAIGN_ID", nullable = false)
    protected Long campaignId;

    @Column(name = "SELLER_ID")
    protected Long sellerId;

    @Column(name = "KIND", nullable = false, length = 32)
    protected String kind;

    @Column(name = "CREATED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date createdAt;

    @Column(name = "CREATED_BY", nullable = false)
    protected String createdBy;

    protected AssetRecord() {
    }

    public AssetRecord(long campaignId, Long sellerId, AssetKind kind, Instant at, String by) {
        this.campaignId = campaignId;
        this.sellerId = sellerId;
        this.kind = kind.name();
        this.createdAt = StoredValues.instant(at);
        this.createdBy = by;
    }

    public Long getId() { return id; }
    public long getCampaignId() { return campaignId; }
    /** The seller who owns it, or null for the campaign's own asset. */
    public Long getSellerId() { return sellerId; }
    public AssetKind getKind() { return AssetKind.valueOf(kind); }
    public Instant getCreatedAt() { return StoredValues.instant(createdAt); }

    public String describeOwner() {
        return "campaign " + campaignId + (sellerId == null ? "" : ", seller " + sellerId) + ", " + kind;
    }
}
