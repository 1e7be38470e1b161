package com.coopromo.assets.persistence;

import com.coopromo.assets.domain.CopyTemplate;
import com.coopromo.campaign.domain.AssetKind;
import com.coopromo.common.persistence.CoopIdGenerator;
import com.coopromo.common.persistence.StoredValues;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Type;

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

/** A named copy template with {@code {{placeholders}}} sellers fill in, for one copy kind. */
@Entity
@Table(name = "COOP_COPY_TEMPLATE")
public class CopyTemplateRecord implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "CoopCopyTemplateId")
    @GenericGenerator(name = "CoopCopyTemplateId", strategy = CoopIdGenerator.STRATEGY)
    @Column(name = "TEMPLATE_ID")
    protected Long id;

    @Column(name = "NAME", nullable = false, length = 120, unique = true)
    protected String name;

    @Column(name = "ASSET_KIND", nullable = false, length = 32)
    protected String assetKind;

    @Column(name = "BODY", nullable = false)
    @Type(type = "text")
    protected String body;

    @Column(name = "UPDATED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date updatedAt;

    @Column(name = "UPDATED_BY", nullable = false)
    protected String updatedBy;

    protected CopyTemplateRecord() {
    }

    public CopyTemplateRecord(String name) {
        this.name = name;
    }

    public void set(AssetKind kind, CopyTemplate template, Instant at, String by) {
        this.assetKind = kind.name();
        this.body = template.text();
        this.updatedAt = StoredValues.instant(at);
        this.updatedBy = by;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public AssetKind getAssetKind() { return assetKind == null ? null : AssetKind.valueOf(assetKind); }
    public String getBody() { return body; }

    public CopyTemplate toTemplate() {
        return CopyTemplate.of(body);
    }
}
