package com.coopromo.assets.persistence;

import com.coopromo.campaign.domain.AssetKind;

import java.util.List;

/** Rows of the asset, asset version, brand guideline and copy template tables; used by the asset service. */
public interface AssetDao {
    <T> T persist(T record);

    void remove(Object record);

    /** Writes pending changes now, where the order of statements matters to a constraint. */
    void flush();

    AssetRecord find(long assetId);

    /** The asset, row-locked until the transaction ends, so versions are numbered and accepted one at a time. */
    AssetRecord findForUpdate(long assetId);

    /** The asset of this owner and kind ({@code sellerId} null: the campaign's own), or null. */
    AssetRecord find(long campaignId, Long sellerId, AssetKind kind);

    List<AssetRecord> ofCampaign(long campaignId);

    /** Versions of the asset, 1..n. */
    List<AssetVersionRecord> versions(long assetId);

    AssetVersionRecord version(long versionId);

    /** Accepted versions of assets matching the filters (null matches all), newest first: what can be reused. */
    List<AssetVersionRecord> acceptedVersions(Long campaignId, AssetKind kind, int max);

    List<BrandGuidelineRecord> guidelines();

    CopyTemplateRecord template(long templateId);

    CopyTemplateRecord templateNamed(String name);

    List<CopyTemplateRecord> templates();

    AssetFileRecord file(long fileId);

    /** True if an accepted version shows this file (only those are public). */
    boolean fileAccepted(long fileId);
}
