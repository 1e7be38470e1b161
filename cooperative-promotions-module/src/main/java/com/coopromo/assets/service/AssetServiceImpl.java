package com.coopromo.assets.service;

import com.coopromo.assets.domain.AreaContrast;
import com.coopromo.assets.domain.AssetChecks;
import com.coopromo.assets.domain.AssetLimits;
import com.coopromo.assets.domain.HexColour;
import com.coopromo.assets.domain.TextArea;
import com.coopromo.assets.image.BannerFileReader;
import com.coopromo.assets.persistence.AssetFileRecord;
import com.coopromo.assets.domain.AssetContent;
import com.coopromo.assets.domain.AssetHistory;
import com.coopromo.assets.domain.AssetVersion;
import com.coopromo.assets.domain.BannerImage;
import com.coopromo.assets.domain.BrandGuidelines;
import com.coopromo.assets.domain.CheckResult;
import com.coopromo.assets.domain.CopyTemplate;
import com.coopromo.assets.persistence.AssetDao;
import com.coopromo.assets.persistence.AssetRecord;
import com.coopromo.assets.persistence.AssetVersionRecord;
import com.coopromo.assets.persistence.BrandGuidelineRecord;
import com.coopromo.assets.persistence.CopyTemplateRecord;
import com.coopromo.audit.AuditLog;
import com.coopromo.common.domain.Actor;
import com.coopromo.campaign.domain.AssetKind;
import com.coopromo.campaign.persistence.Campaign;
import com.coopromo.campaign.service.CampaignService;
import com.coopromo.common.domain.CoopValidationException;
import com.coopromo.common.domain.FieldError;
import com.coopromo.common.domain.Validation;
import com.coopromo.participation.persistence.ParticipationDao;
import com.coopromo.participation.persistence.ParticipationImpl;
import com.coopromo.participation.service.ParticipationService;
import com.coopromo.seller.persistence.SellerDao;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import javax.annotation.Resource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

@Service("coopAssetService")
public class AssetServiceImpl implements AssetService {
    public static final String ASSET = "ASSET";
    public static final String BRAND_GUIDELINES = "BRAND_GUIDELINES";
    public static final String COPY_TEMPLATE = "COPY_TEMPLATE";
    private static final Set<AssetKind> COPY_KINDS = EnumSet.of(AssetKind.COPY_BLOCK, AssetKind.LANDING_PAGE_COPY);
    private static final int PHRASE_MAX = 255;
    private static final Set<AssetKind> BANNER_KINDS = EnumSet.of(AssetKind.BANNER, AssetKind.BANNER_WIDE, AssetKind.BANNER_SQUARE);

    @Resource(name = "coopAssetDao")
    protected AssetDao dao;

    @Resource(name = "coopAuditLog")
    protected AuditLog audit;

    @Resource(name = "coopCampaignService")
    protected CampaignService campaigns;

    @Resource(name = "coopSellerDao")
    protected SellerDao sellerDao;

    @Resource(name = "coopParticipationDao")
    protected ParticipationDao participationDao;

    @Resource(name = "coopParticipationService")
    protected ParticipationService participation;

    @Resource(name = "coopClock")
    protected Clock clock;

    @Override
    @Transactional("blTransactionManager")
    public AssetVersionRecord submitVersion(long campaignId, Long sellerId, AssetContent content, Actor by) {
        AssetVersionRecord version = submit(campaignId, sellerId, content, by, null);
        audit.append(by, "ASSET_VERSION_SUBMITTED", ASSET, String.valueOf(version.getAssetId()), null,
                version.describeState(), results(version));
        return version;
    }

    @Override
    @Transactional("blTransactionManager")
    public AssetVersionRecord submitBanner(long campaignId, Long sellerId, AssetKind kind, BannerUpload upload, Actor by) {
        Campaign campaign = requireCampaign(campaignId);
        Validation v = new Validation();
        v.require(kind != null && BANNER_KINDS.contains(kind), "kind", "must be a banner kind " + BANNER_KINDS);
        v.require(upload.altText() != null && !upload.altText().trim().isEmpty(), "altText",
                "is required: describe the banner for shoppers who cannot see it");
        v.require(HexColour.isValid(upload.textColour()), "textColour", "must be a hex colour such as #1a1a1a (was '"
                + (upload.textColour() == null ? "" : upload.textColour()) + "')");
        v.require(upload.textArea() != null, "textArea", "is required: the x, y, width and height in pixels of where the text sits");
        v.throwIfInvalid();
        AssetLimits limits = AssetLimits.defaultsFor(campaign.toTerms().tier());
        BannerFileReader.BannerFile file = BannerFileReader.read(upload.bytes(), limits);
        TextArea area = upload.textArea();
        if (!area.fitsInside(file.width(), file.height())) {
            throw new CoopValidationException("textArea", "the text area (" + area.describe() + ") must lie inside the "
                    + file.width() + "x" + file.height() + " px image");
        }
        String textColour = upload.textColour().trim();
        AreaContrast contrast = AreaContrast.measure(file.pixels(area), HexColour.parse(textColour));
        BannerImage image = new BannerImage(fileName(upload.fileName(), file.format()), file.width(), file.height(),
                file.sizeBytes(), upload.altText().trim(), trimmed(upload.headline()), textColour,
                contrast.meanBackground().toString(), upload.largeText(), file.format(), area, contrast.ratio());
        AssetFileRecord stored = dao.persist(new AssetFileRecord(upload.bytes(), file.contentType(), sha256(upload.bytes()),
                clock.instant(), by.id()));
        AssetVersionRecord version = submit(campaignId, sellerId, AssetContent.banner(kind, image), by, null, stored.getId());
        audit.append(by, "ASSET_VERSION_SUBMITTED", ASSET, String.valueOf(version.getAssetId()), null,
                version.describeState(), "uploaded " + image.fileName() + " (" + file.format() + ", " + file.width() + "x"
                        + file.height() + " px, " + file.sizeBytes() + " bytes); " + results(version));
        return version;
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public AssetFileRecord file(long fileId) {
        return dao.file(fileId);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public AssetFileRecord acceptedFile(long fileId) {
        if (!dao.fileAccepted(fileId)) {
            return null;
        }
        AssetFileRecord file = dao.file(fileId);
        if (file != null) {
            file.getContent(); // loaded inside the transaction
        }
        return file;
    }

    /** The uploaded name without any path, or "banner.png" style when none was sent. */
    private static String fileName(String uploaded, String format) {
        String name = uploaded == null ? "" : uploaded.trim();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return name.isEmpty() ? "banner." + format.toLowerCase(Locale.ROOT) : name;
    }

    private static String trimmed(String value) {
        return value == null ? null : value.trim();
    }

    private static String sha256(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            StringBuilder hex = new StringBuilder();
            for (byte b : digest) {
                hex.append(String.format(Locale.ROOT, "%02x", b & 0xff));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private AssetVersionRecord submit(long campaignId, Long sellerId, AssetContent content, Actor by, Long copiedFrom) {
        return submit(campaignId, sellerId, content, by, copiedFrom, null);
    }

    private AssetVersionRecord submit(long campaignId, Long sellerId, AssetContent content, Actor by, Long copiedFrom,
                                      Long fileId) {
        Campaign campaign = requireCampaign(campaignId);
        Validation v = new Validation();
        v.require(content != null, "content", "is required");
        if (sellerId != null) {
            v.require(sellerDao.findSeller(sellerId) != null, "sellerId", "no seller with id " + sellerId);
        }
        if (content != null && content.isBanner()) {
            BannerImage b = content.banner();
            requireLength(v, "fileName", b.fileName(), 255);
            requireLength(v, "altText", b.altText(), 1000);
            requireLength(v, "headline", b.headline(), 1000);
            requireLength(v, "textColour", b.textColour(), 32);
            requireLength(v, "backgroundColour", b.backgroundColour(), 32);
        }
        v.throwIfInvalid();
        Instant now = clock.instant();
        AssetRecord asset = dao.find(campaignId, sellerId, content.kind());
        if (asset == null) {
            asset = dao.persist(new AssetRecord(campaignId, sellerId, content.kind(), now, by.id()));
        } else {
            asset = dao.findForUpdate(asset.getId());
        }
        AssetChecks checks = AssetChecks.forTier(campaign.toTerms().tier(), brandGuidelines());
        AssetHistory next = historyOf(asset, dao.versions(asset.getId())).submit(content, checks, now);
        return dao.persist(new AssetVersionRecord(asset.getId(), next.latest(), by.id(), copiedFrom, fileId));
    }

    @Override
    @Transactional("blTransactionManager")
    public AssetVersionRecord acceptVersion(long assetId, int versionNo, Actor by) {
        AssetRecord asset = dao.findForUpdate(assetId);
        if (asset == null) {
            throw new CoopValidationException("assetId", "no asset with id " + assetId);
        }
        List<AssetVersionRecord> versions = dao.versions(assetId);
        AssetHistory history = historyOf(asset, versions);
        AssetVersion previous = history.accepted();
        history.accept(versionNo);
        AssetVersionRecord target = versions.get(versionNo - 1);
        if (target.isAccepted()) {
            return target;
        }
        if (previous != null) {
            versions.get(previous.number() - 1).withdrawAcceptance();
            // at most one accepted version per asset (a partial unique index): withdraw before accepting
            dao.flush();
        }
        target.accept(clock.instant(), by.id());
        audit.append(by, "ASSET_VERSION_ACCEPTED", ASSET, String.valueOf(assetId),
                "accepted=" + (previous == null ? "none" : "version " + previous.number()), "accepted=version " + versionNo,
                asset.describeOwner());
        if (asset.getSellerId() != null) {
            countOnParticipation(asset);
        }
        return target;
    }

    /** The participation's submitted asset kinds are what the eligibility rules read: an accepted asset counts there. */
    private void countOnParticipation(AssetRecord asset) {
        ParticipationImpl p = participationDao.find(asset.getCampaignId(), asset.getSellerId());
        if (p != null && !p.getSubmittedAssets().contains(asset.getKind())) {
            Set<AssetKind> kinds = EnumSet.of(asset.getKind());
            kinds.addAll(p.getSubmittedAssets());
            participation.submitAssets(p.getId(), kinds);
        }
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public AssetRecord asset(long assetId) {
        return dao.find(assetId);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public AssetRecord asset(long campaignId, Long sellerId, AssetKind kind) {
        return dao.find(campaignId, sellerId, kind);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<AssetRecord> assetsOf(long campaignId) {
        return dao.ofCampaign(campaignId);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public AssetHistory history(long assetId) {
        AssetRecord asset = dao.find(assetId);
        if (asset == null) {
            throw new CoopValidationException("assetId", "no asset with id " + assetId);
        }
        return historyOf(asset, dao.versions(assetId));
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<AssetVersionRecord> versions(long assetId) {
        return dao.versions(assetId);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<AssetVersionRecord> archive(Long campaignId, AssetKind kind, int max) {
        if (max < 1 || max > 500) {
            throw new CoopValidationException("max", "must be 1 to 500 (was " + max + ")");
        }
        return dao.acceptedVersions(campaignId, kind, max);
    }

    @Override
    @Transactional("blTransactionManager")
    public AssetVersionRecord reuse(long sourceVersionId, long targetCampaignId, Long targetSellerId, Actor by) {
        AssetVersionRecord source = dao.version(sourceVersionId);
        if (source == null) {
            throw new CoopValidationException("sourceVersionId", "no asset version with id " + sourceVersionId);
        }
        if (!source.isAccepted()) {
            throw new CoopValidationException("sourceVersionId", "version " + source.getVersionNo() + " of asset "
                    + source.getAssetId() + " was never accepted; only accepted versions are in the archive");
        }
        AssetRecord sourceAsset = dao.find(source.getAssetId());
        AssetContent content = source.toVersion(sourceAsset.getKind()).content();
        AssetVersionRecord copy = submit(targetCampaignId, targetSellerId, content, by, sourceVersionId, source.getFileId());
        audit.append(by, "ASSET_REUSED", ASSET, String.valueOf(copy.getAssetId()), null, copy.describeState(),
                "copied from asset " + sourceAsset.getId() + " version " + source.getVersionNo() + " ("
                        + sourceAsset.describeOwner() + "); " + results(copy));
        return copy;
    }

    // ---- brand guidelines ----

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public BrandGuidelines brandGuidelines() {
        List<String> banned = new ArrayList<String>();
        Map<AssetKind, List<String>> disclaimers = new EnumMap<AssetKind, List<String>>(AssetKind.class);
        for (BrandGuidelineRecord row : dao.guidelines()) {
            if (row.isBannedWord()) {
                banned.add(row.getPhrase());
            } else {
                if (!disclaimers.containsKey(row.getAssetKind())) {
                    disclaimers.put(row.getAssetKind(), new ArrayList<String>());
                }
                disclaimers.get(row.getAssetKind()).add(row.getPhrase());
            }
        }
        return new BrandGuidelines(banned, disclaimers);
    }

    @Override
    @Transactional("blTransactionManager")
    public BrandGuidelines updateBrandGuidelines(BrandGuidelines next, Actor by) {
        if (next == null) {
            throw new CoopValidationException("guidelines", "are required (an empty list is fine)");
        }
        Validation v = new Validation();
        checkPhrases(v, "bannedWords", next.bannedWords());
        for (AssetKind kind : AssetKind.values()) {
            checkPhrases(v, "requiredDisclaimers." + kind, next.requiredDisclaimers(kind));
        }
        v.throwIfInvalid();
        String before = describe(brandGuidelines());
        for (BrandGuidelineRecord row : dao.guidelines()) {
            dao.remove(row);
        }
        // the old rows go before the new ones come, or a phrase kept in the list would clash with itself
        dao.flush();
        Instant now = clock.instant();
        for (String word : next.bannedWords()) {
            dao.persist(BrandGuidelineRecord.bannedWord(word, now, by.id()));
        }
        for (AssetKind kind : AssetKind.values()) {
            for (String phrase : next.requiredDisclaimers(kind)) {
                dao.persist(BrandGuidelineRecord.disclaimer(kind, phrase, now, by.id()));
            }
        }
        audit.append(by, "BRAND_GUIDELINES_CHANGED", BRAND_GUIDELINES, "brand-guidelines", before, describe(next), null);
        return next;
    }

    private static void checkPhrases(Validation v, String field, List<String> phrases) {
        Set<String> seen = new HashSet<String>();
        for (String phrase : phrases) {
            if (phrase.length() > PHRASE_MAX) {
                v.reject(field, "\"" + phrase.substring(0, 30) + "...\" is longer than " + PHRASE_MAX + " characters");
            }
            if (!seen.add(phrase.toLowerCase(Locale.ROOT))) {
                v.reject(field, "\"" + phrase + "\" is listed more than once");
            }
        }
    }

    private static String describe(BrandGuidelines g) {
        StringBuilder sb = new StringBuilder("bannedWords=").append(g.bannedWords());
        for (AssetKind kind : AssetKind.values()) {
            if (!g.requiredDisclaimers(kind).isEmpty()) {
                sb.append("\nrequiredDisclaimers.").append(kind).append('=').append(g.requiredDisclaimers(kind));
            }
        }
        return sb.toString();
    }

    // ---- templates ----

    @Override
    @Transactional("blTransactionManager")
    public CopyTemplateRecord saveTemplate(String name, AssetKind kind, String text, Actor by) {
        Validation v = new Validation();
        v.requireText(name, "name", 120);
        v.require(kind != null && COPY_KINDS.contains(kind), "kind", "a template fills one of " + COPY_KINDS + " (was " + kind + ")");
        CopyTemplate template = null;
        try {
            template = CopyTemplate.of(text);
        } catch (CoopValidationException e) {
            for (FieldError error : e.errors()) {
                v.reject(error.field(), error.reason());
            }
        }
        v.throwIfInvalid();
        CopyTemplateRecord record = dao.templateNamed(name.trim());
        String before = record == null ? null : "kind=" + record.getAssetKind() + "\nbody=" + record.getBody();
        if (record == null) {
            record = new CopyTemplateRecord(name.trim());
            record.set(kind, template, clock.instant(), by.id());
            dao.persist(record);
        } else {
            record.set(kind, template, clock.instant(), by.id());
        }
        audit.append(by, "TEMPLATE_SAVED", COPY_TEMPLATE, String.valueOf(record.getId()), before,
                "kind=" + kind + "\nbody=" + template.text(), "placeholders " + template.placeholders());
        return record;
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<CopyTemplateRecord> templates() {
        return dao.templates();
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public String renderTemplate(long templateId, Map<String, String> values) {
        return requireTemplate(templateId).toTemplate().render(values);
    }

    @Override
    @Transactional("blTransactionManager")
    public AssetVersionRecord submitFromTemplate(long campaignId, Long sellerId, long templateId, Map<String, String> values,
                                                 Actor by) {
        CopyTemplateRecord template = requireTemplate(templateId);
        String text = template.toTemplate().render(values);
        AssetVersionRecord version = submit(campaignId, sellerId, AssetContent.copy(template.getAssetKind(), text), by, null);
        audit.append(by, "ASSET_VERSION_SUBMITTED", ASSET, String.valueOf(version.getAssetId()), null, version.describeState(),
                "from template '" + template.getName() + "'; " + results(version));
        return version;
    }

    // ---- helpers ----

    private AssetHistory historyOf(AssetRecord asset, List<AssetVersionRecord> records) {
        List<AssetVersion> versions = new ArrayList<AssetVersion>();
        Integer accepted = null;
        for (AssetVersionRecord r : records) {
            versions.add(r.toVersion(asset.getKind()));
            if (r.isAccepted()) {
                accepted = r.getVersionNo();
            }
        }
        return AssetHistory.recorded(asset.getKind(), versions, accepted);
    }

    private CopyTemplateRecord requireTemplate(long templateId) {
        CopyTemplateRecord template = dao.template(templateId);
        if (template == null) {
            throw new CoopValidationException("templateId", "no copy template with id " + templateId);
        }
        return template;
    }

    private Campaign requireCampaign(long campaignId) {
        Campaign campaign = campaigns.find(campaignId);
        if (campaign == null) {
            throw new CoopValidationException("campaignId", "no campaign with id " + campaignId);
        }
        return campaign;
    }

    private static void requireLength(Validation v, String field, String value, int max) {
        if (value != null && value.length() > max) {
            v.reject(field, "must be at most " + max + " characters (was " + value.length() + ")");
        }
    }

    private static String results(AssetVersionRecord version) {
        StringBuilder sb = new StringBuilder();
        for (CheckResult r : version.getCheckResults()) {
            sb.append(sb.length() == 0 ? "" : "; ").append(r);
        }
        return sb.toString();
    }
}
