package com.coopromo.assets.service;

import com.coopromo.assets.domain.AssetContent;
import com.coopromo.assets.domain.AssetHistory;
import com.coopromo.assets.domain.BrandGuidelines;
import com.coopromo.assets.persistence.AssetFileRecord;
import com.coopromo.assets.persistence.AssetRecord;
import com.coopromo.assets.persistence.AssetVersionRecord;
import com.coopromo.assets.persistence.CopyTemplateRecord;
import com.coopromo.common.domain.Actor;
import com.coopromo.campaign.domain.AssetKind;

import java.util.List;
import java.util.Map;

/**
 * Campaign and seller assets, versioned: each submitted version is checked at once against the campaign tier's
 * limits and the brand guidelines in force, and keeps those results; only a version whose checks all passed can be
 * accepted. Accepted versions form the archive another campaign can reuse. Every change appends an audit event.
 * Refused input raises {@link com.coopromo.common.domain.CoopValidationException} naming the field and why.
 */
public interface AssetService {

    /**
     * Adds the next version of the owner's asset of the content's kind (creating the asset on its first version)
     * and runs the checks; a version that fails checks is stored with its results, it just cannot be accepted.
     *
     * @param sellerId the seller supplying it, or null for the campaign's own asset
     */
    AssetVersionRecord submitVersion(long campaignId, Long sellerId, AssetContent content, Actor by);

    /**
     * Reads an uploaded banner and adds it as the owner's next version of the banner kind: format, pixel size and
     * byte size come from the file, the contrast is measured from its pixels behind the declared text area, and the
     * file is stored with the version in one transaction. A file that is empty, not a PNG/JPEG/GIF/WebP image, over the
     * tier's byte size, or over its pixel count (checked from the header, before decoding), a text area outside the
     * image, a missing alt text or a bad text colour are refused naming the field, and nothing is stored.
     */
    AssetVersionRecord submitBanner(long campaignId, Long sellerId, AssetKind kind, BannerUpload upload, Actor by);

    /** The stored file, or null. */
    AssetFileRecord file(long fileId);

    /** The stored file if an accepted version shows it (what the storefront may serve), else null. */
    AssetFileRecord acceptedFile(long fileId);

    /**
     * Makes the version the asset's accepted one (replacing an earlier acceptance). A seller's accepted asset also
     * counts as submitted on the seller's participation in the campaign.
     *
     * @throws com.coopromo.common.domain.CoopValidationException listing every failed check, with what was measured
     */
    AssetVersionRecord acceptVersion(long assetId, int versionNo, Actor by);

    AssetRecord asset(long assetId);

    /** The owner's asset of this kind, or null. */
    AssetRecord asset(long campaignId, Long sellerId, AssetKind kind);

    List<AssetRecord> assetsOf(long campaignId);

    /** Every version of the asset with its stored check results, and the accepted one. */
    AssetHistory history(long assetId);

    List<AssetVersionRecord> versions(long assetId);

    /** Accepted versions to reuse, newest first; {@code campaignId} and {@code kind} filter when given. */
    List<AssetVersionRecord> archive(Long campaignId, AssetKind kind, int max);

    /**
     * Copies an archived version into another campaign's asset of the same kind, as its next version (version 1 of a
     * new asset), checked again against the target campaign's tier and today's brand guidelines.
     */
    AssetVersionRecord reuse(long sourceVersionId, long targetCampaignId, Long targetSellerId, Actor by);

    BrandGuidelines brandGuidelines();

    /** Replaces the brand guideline list; checks run from now on use it (stored results stay as they were). */
    BrandGuidelines updateBrandGuidelines(BrandGuidelines guidelines, Actor by);

    /** Creates or replaces the named template after checking its placeholders. */
    CopyTemplateRecord saveTemplate(String name, AssetKind kind, String text, Actor by);

    List<CopyTemplateRecord> templates();

    /** The template's text with every placeholder filled in. */
    String renderTemplate(long templateId, Map<String, String> values);

    /** Renders the template and submits the result as the owner's next version of the template's copy kind. */
    AssetVersionRecord submitFromTemplate(long campaignId, Long sellerId, long templateId, Map<String, String> values, Actor by);
}
