package com.coopromo.assets.persistence;

import com.coopromo.assets.domain.AssetContent;
import com.coopromo.assets.domain.AssetVersion;
import com.coopromo.assets.domain.BannerImage;
import com.coopromo.assets.domain.CheckResult;
import com.coopromo.assets.domain.TextArea;
import com.coopromo.campaign.domain.AssetKind;
import com.coopromo.common.persistence.CoopIdGenerator;
import com.coopromo.common.persistence.StoredRows;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

/**
 * One submitted version of an asset: its content (a banner's file facts, alt text and colours, or copy), the check
 * results it got when submitted (kept as they were, whatever the rules say today), and whether it is the accepted one.
 */
@Entity
@Table(name = "COOP_ASSET_VERSION")
public class AssetVersionRecord implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String PASS = "PASS";
    private static final String FAIL = "FAIL";

    @Id
    @GeneratedValue(generator = "CoopAssetVersionId")
    @GenericGenerator(name = "CoopAssetVersionId", strategy = CoopIdGenerator.STRATEGY)
    @Column(name = "VERSION_ID")
    protected Long id;

    @Column(name = "ASSET_ID", nullable = false)
    protected Long assetId;

    @Column(name = "VERSION_NO", nullable = false)
    protected Integer versionNo;

    @Column(name = "FILE_NAME")
    protected String fileName;

    @Column(name = "WIDTH")
    protected Integer width;

    @Column(name = "HEIGHT")
    protected Integer height;

    @Column(name = "FILE_SIZE_BYTES")
    protected Long fileSizeBytes;

    @Column(name = "ALT_TEXT", length = 1000)
    protected String altText;

    @Column(name = "HEADLINE", length = 1000)
    protected String headline;

    @Column(name = "TEXT_COLOUR", length = 32)
    protected String textColour;

    @Column(name = "BACKGROUND_COLOUR", length = 32)
    protected String backgroundColour;

    @Column(name = "LARGE_TEXT")
    protected Boolean largeText;

    @Column(name = "COPY_TEXT")
    @Type(type = "text")
    protected String copyText;

    /** PASS/FAIL, check name and message, one result a line ({@link StoredRows}). */
    @Column(name = "CHECK_RESULTS", nullable = false)
    @Type(type = "text")
    protected String checkResults;

    @Column(name = "PASSED", nullable = false)
    protected Boolean passed;

    @Column(name = "ACCEPTED", nullable = false)
    protected Boolean accepted;

    @Column(name = "SUBMITTED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date submittedAt;

    @Column(name = "SUBMITTED_BY", nullable = false)
    protected String submittedBy;

    @Column(name = "ACCEPTED_AT")
    @Temporal(TemporalType.TIMESTAMP)
    protected Date acceptedAt;

    @Column(name = "ACCEPTED_BY")
    protected String acceptedBy;

    @Column(name = "COPIED_FROM_VERSION_ID")
    protected Long copiedFromVersionId;

    /** The uploaded file ({@link AssetFileRecord}), or null for a banner described by typed-in facts. */
    @Column(name = "FILE_ID")
    protected Long fileId;

    @Column(name = "IMAGE_FORMAT", length = 8)
    protected String imageFormat;

    @Column(name = "TEXT_X")
    protected Integer textX;

    @Column(name = "TEXT_Y")
    protected Integer textY;

    @Column(name = "TEXT_WIDTH")
    protected Integer textWidth;

    @Column(name = "TEXT_HEIGHT")
    protected Integer textHeight;

    @Column(name = "MEASURED_CONTRAST")
    protected Double measuredContrast;

    protected AssetVersionRecord() {
    }

    public AssetVersionRecord(long assetId, AssetVersion version, String submittedBy, Long copiedFromVersionId) {
        this(assetId, version, submittedBy, copiedFromVersionId, null);
    }

    public AssetVersionRecord(long assetId, AssetVersion version, String submittedBy, Long copiedFromVersionId, Long fileId) {
        this.assetId = assetId;
        this.fileId = fileId;
        this.versionNo = version.number();
        AssetContent content = version.content();
        if (content.isBanner()) {
            BannerImage b = content.banner();
            this.fileName = b.fileName();
            this.width = b.width();
            this.height = b.height();
            this.fileSizeBytes = b.fileSizeBytes();
            this.altText = b.altText();
            this.headline = b.headline();
            this.textColour = b.textColour();
            this.backgroundColour = b.backgroundColour();
            this.largeText = b.largeText();
            this.imageFormat = b.format();
            this.measuredContrast = b.measuredContrast();
            if (b.textArea() != null) {
                this.textX = b.textArea().x();
                this.textY = b.textArea().y();
                this.textWidth = b.textArea().width();
                this.textHeight = b.textArea().height();
            }
        } else {
            this.copyText = content.text();
        }
        List<List<String>> rows = new ArrayList<List<String>>();
        for (CheckResult r : version.results()) {
            rows.add(Arrays.asList(r.passed() ? PASS : FAIL, r.check(), r.message()));
        }
        this.checkResults = rows.isEmpty() ? "" : StoredRows.write(rows);
        this.passed = version.passed();
        this.accepted = Boolean.FALSE;
        this.submittedAt = StoredValues.instant(version.submittedAt());
        this.submittedBy = submittedBy;
        this.copiedFromVersionId = copiedFromVersionId;
    }

    public AssetVersion toVersion(AssetKind kind) {
        // a banner always has its pixel size; copy never does
        AssetContent content = width == null
                ? AssetContent.copy(kind, copyText)
                : AssetContent.banner(kind, new BannerImage(fileName, width, height, fileSizeBytes, altText, headline, textColour,
                backgroundColour, Boolean.TRUE.equals(largeText), imageFormat,
                textX == null ? null : new TextArea(textX, textY, textWidth, textHeight), measuredContrast));
        return AssetVersion.recorded(versionNo, content, getCheckResults(), getSubmittedAt());
    }

    /** The results the version got when it was submitted. */
    public List<CheckResult> getCheckResults() {
        List<CheckResult> results = new ArrayList<CheckResult>();
        for (List<String> row : StoredRows.read(checkResults)) {
            results.add(PASS.equals(row.get(0)) ? CheckResult.pass(row.get(1), row.get(2)) : CheckResult.fail(row.get(1), row.get(2)));
        }
        return results;
    }

    public void accept(Instant at, String by) {
        this.accepted = Boolean.TRUE;
        this.acceptedAt = StoredValues.instant(at);
        this.acceptedBy = by;
    }

    /** Another version was accepted in its place. */
    public void withdrawAcceptance() {
        this.accepted = Boolean.FALSE;
    }

    public Long getId() { return id; }
    /** The uploaded file, or null for a banner described by typed-in facts (and for copy). */
    public Long getFileId() { return fileId; }
    public long getAssetId() { return assetId; }
    public int getVersionNo() { return versionNo; }
    public boolean isPassed() { return Boolean.TRUE.equals(passed); }
    public boolean isAccepted() { return Boolean.TRUE.equals(accepted); }
    public Instant getSubmittedAt() { return StoredValues.instant(submittedAt); }
    public String getSubmittedBy() { return submittedBy; }
    public Instant getAcceptedAt() { return StoredValues.instant(acceptedAt); }
    public String getAcceptedBy() { return acceptedBy; }
    /** The archived version this one was copied from, or null. */
    public Long getCopiedFromVersionId() { return copiedFromVersionId; }

    public String describeState() {
        return "version=" + versionNo + "\npassed=" + passed + "\naccepted=" + accepted;
    }
}
