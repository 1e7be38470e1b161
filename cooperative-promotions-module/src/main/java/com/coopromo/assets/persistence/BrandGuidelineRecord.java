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

/** One line of the brand guidelines: a banned word, or a disclaimer an asset kind must carry. */
@Entity
@Table(name = "COOP_BRAND_GUIDELINE")
public class BrandGuidelineRecord implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final String BANNED_WORD = "BANNED_WORD";
    public static final String DISCLAIMER = "DISCLAIMER";

    @Id
    @GeneratedValue(generator = "CoopBrandGuidelineId")
    @GenericGenerator(name = "CoopBrandGuidelineId", strategy = CoopIdGenerator.STRATEGY)
    @Column(name = "GUIDELINE_ID")
    protected Long id;

    @Column(name = "RULE_TYPE", nullable = false, length = 16)
    protected String ruleType;

    @Column(name = "ASSET_KIND", length = 32)
    protected String assetKind;

    @Column(name = "PHRASE", nullable = false)
    protected String phrase;

    @Column(name = "UPDATED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date updatedAt;

    @Column(name = "UPDATED_BY", nullable = false)
    protected String updatedBy;

    protected BrandGuidelineRecord() {
    }

    public static BrandGuidelineRecord bannedWord(String phrase, Instant at, String by) {
        return new BrandGuidelineRecord(BANNED_WORD, null, phrase, at, by);
    }

    public static BrandGuidelineRecord disclaimer(AssetKind kind, String phrase, Instant at, String by) {
        return new BrandGuidelineRecord(DISCLAIMER, kind, phrase, at, by);
    }

    private BrandGuidelineRecord(String ruleType, AssetKind kind, String phrase, Instant at, String by) {
        this.ruleType = ruleType;
        this.assetKind = kind == null ? null : kind.name();
        this.phrase = phrase;
        this.updatedAt = StoredValues.instant(at);
        this.updatedBy = by;
    }

    public Long getId() { return id; }
    public boolean isBannedWord() { return BANNED_WORD.equals(ruleType); }
    /** The kind a disclaimer is required on; null for a banned word. */
    public AssetKind getAssetKind() { return assetKind == null ? null : AssetKind.valueOf(assetKind); }
    public String getPhrase() { return phrase; }
}
