package com.coopromo.assets.persistence;

import com.coopromo.common.persistence.CoopIdGenerator;
import com.coopromo.common.persistence.StoredValues;
import org.hibernate.annotations.GenericGenerator;

import javax.persistence.Basic;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import java.io.Serializable;
import java.time.Instant;
import java.util.Date;

/**
 * An uploaded banner file, stored in the module's own table in the same transaction as the version that refers to it
 * (so a refused or failed upload leaves neither behind). Files never change: a new upload is a new row.
 */
@Entity
@Table(name = "COOP_ASSET_FILE")
public class AssetFileRecord implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "CoopAssetFileId")
    @GenericGenerator(name = "CoopAssetFileId", strategy = CoopIdGenerator.STRATEGY)
    @Column(name = "FILE_ID")
    protected Long id;

    @Column(name = "CONTENT_TYPE", nullable = false, length = 64)
    protected String contentType;

    @Column(name = "SIZE_BYTES", nullable = false)
    protected Long sizeBytes;

    /** Hex SHA-256 of the content: the file's ETag. */
    @Column(name = "SHA256", nullable = false, length = 64)
    protected String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "CONTENT", nullable = false)
    protected byte[] content;

    @Column(name = "CREATED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date createdAt;

    @Column(name = "CREATED_BY", nullable = false)
    protected String createdBy;

    protected AssetFileRecord() {
    }

    public AssetFileRecord(byte[] content, String contentType, String sha256, Instant at, String by) {
        this.content = content.clone();
        this.contentType = contentType;
        this.sizeBytes = (long) content.length;
        this.sha256 = sha256;
        this.createdAt = StoredValues.instant(at);
        this.createdBy = by;
    }

    public Long getId() { return id; }
    public String getContentType() { return contentType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public byte[] getContent() { return content.clone(); }
    public Instant getCreatedAt() { return StoredValues.instant(createdAt); }
}
