package com.coopromo.admin.web;

import com.coopromo.admin.security.AdminAction;
import com.coopromo.admin.security.SellerScope;
import com.coopromo.admin.security.SellerScopes;
import com.coopromo.assets.domain.AssetContent;
import com.coopromo.assets.domain.BannerImage;
import com.coopromo.assets.domain.CheckResult;
import com.coopromo.assets.persistence.AssetRecord;
import com.coopromo.assets.persistence.AssetVersionRecord;
import com.coopromo.assets.persistence.CopyTemplateRecord;
import com.coopromo.assets.domain.TextArea;
import com.coopromo.assets.service.AssetService;
import com.coopromo.assets.service.BannerUpload;
import com.coopromo.assets.persistence.AssetFileRecord;
import com.coopromo.common.web.RequestRefusedException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import com.coopromo.common.domain.Actor;
import com.coopromo.common.domain.ActorRole;
import com.coopromo.campaign.domain.AssetKind;
import com.coopromo.campaign.persistence.Campaign;
import com.coopromo.campaign.service.CampaignService;
import com.coopromo.common.domain.CoopValidationException;
import com.coopromo.participation.persistence.ParticipationImpl;
import com.coopromo.participation.service.ParticipationService;
import com.coopromo.seller.persistence.Seller;
import com.coopromo.seller.service.SellerService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Campaign Assets section: a campaign's assets ({@code ?campaign=ID}), each with every version and the automated
 * check results it got when submitted; a form to submit the next version of a banner or a copy text; and per version
 * an "Accept" button. Accepting a version whose checks failed is refused by the asset service, with each failed check
 * and what it measured (e.g. "contrast 2.85:1 is below 4.5:1"). Submitting and accepting take the section's maintain
 * permission. A seller-scoped user sees the campaign's own assets and its own seller's, never another seller's, and
 * submits or accepts only its own seller's.
 */
@Controller
@RequestMapping("/" + CoopAssetsAdminController.SECTION_KEY)
public class CoopAssetsAdminController extends CoopPageController {
    public static final String SECTION_KEY = "coop-assets";
    /** The entity permission under "Maintain Campaign Assets". */
    static final List<AssetKind> SUBMITTABLE = Arrays.asList(AssetKind.BANNER, AssetKind.BANNER_WIDE,
            AssetKind.BANNER_SQUARE, AssetKind.COPY_BLOCK, AssetKind.LANDING_PAGE_COPY);
    static final List<AssetKind> COPY_KINDS = Arrays.asList(AssetKind.COPY_BLOCK, AssetKind.LANDING_PAGE_COPY);
    /** How many accepted versions the archive section lists at most. */
    static final int ARCHIVE_SHOWN = 100;
    /** The prefix of a placeholder's input in a template's fill-in form. */
    static final String PLACEHOLDER_PARAM = "ph.";
    static final String[] FORM_FIELDS = {"kind", "seller", "altText", "headline", "textColour", "textX", "textY",
            "textWidth", "textHeight", "largeText", "text"};
    static final String NO_FILE = "There is no uploaded banner file at this address.";
    /** The banner file's multipart field. */
    static final String FILE_FIELD = "file";

    /** The banner's form fields and their labels. */
    static final Map<String, String> BANNER_FIELDS = bannerFields();

    private static Map<String, String> bannerFields() {
        Map<String, String> f = new LinkedHashMap<String, String>();
        f.put("altText", "Alt text (required)");
        f.put("headline", "Headline (the text on the image)");
        f.put("textColour", "Text colour (#rrggbb)");
        f.put("textX", "Text area x (px from the left)");
        f.put("textY", "Text area y (px from the top)");
        f.put("textWidth", "Text area width (px)");
        f.put("textHeight", "Text area height (px)");
        return java.util.Collections.unmodifiableMap(f);
    }

    @Resource(name = "coopAssetService")
    protected AssetService assets;

    @Resource(name = "coopCampaignService")
    protected CampaignService campaigns;

    @Resource(name = "coopParticipationService")
    protected ParticipationService participations;

    @Resource(name = "coopSellerService")
    protected SellerService sellers;

    @RequestMapping(value = "", method = RequestMethod.GET)
    public String assetsOf(Model model, HttpServletResponse response,
                           @RequestParam(value = "campaign", required = false) String campaignParam) {
        String view = page(model, response, SECTION_KEY, "coopAssets");
        if (!"coopAssets".equals(model.asMap().get("viewType"))) {
            return view;
        }
        model.addAttribute("coopCampaigns", campaigns.findAll());
        model.addAttribute("coopMayMaintain", policy.may(AdminAction.SUBMIT_ASSET));
        model.addAttribute("coopKinds", SUBMITTABLE);
        model.addAttribute("coopBannerFields", BANNER_FIELDS);
        if (!model.containsAttribute("coopErrors")) {
            model.addAttribute("coopErrors", new LinkedHashMap<String, String>());
        }
        if (!model.containsAttribute("coopValues")) {
            model.addAttribute("coopValues", new LinkedHashMap<String, String>());
        }
        Campaign chosen = null;
        if (!blank(campaignParam)) {
            try {
                chosen = campaigns.find(Long.parseLong(campaignParam.trim()));
            } catch (NumberFormatException e) {
                // reported below
            }
            if (chosen == null) {
                model.addAttribute("coopMissing", "campaign: no campaign with id '" + campaignParam + "'");
            }
        }
        if (chosen == null) {
            return view;
        }
        Campaign campaign = chosen;
        SellerScope scope = scope();
        List<AssetRow> rows = new ArrayList<AssetRow>();
        for (AssetRecord asset : assets.assetsOf(campaign.getId())) {
            if (asset.getSellerId() != null && !scope.owns(asset.getSellerId())) {
                continue; // another seller's asset
            }
            List<VersionRow> versions = new ArrayList<VersionRow>();
            for (AssetVersionRecord v : assets.versions(asset.getId())) {
                versions.add(new VersionRow(v, v.toVersion(asset.getKind()).content()));
            }
            rows.add(new AssetRow(asset, ownerName(asset.getSellerId()), versions));
        }
        Map<Long, String> participants = new LinkedHashMap<Long, String>();
        for (ParticipationImpl p : participations.participationsOf(campaign.getId())) {
            if (!scope.owns(p.getSeller().getId())) {
                continue;
            }
            participants.put(p.getSeller().getId(), p.getSeller().getName());
        }
        model.addAttribute("coopCampaign", campaign);
        model.addAttribute("coopRows", rows);
        model.addAttribute("coopSellers", participants);
        model.addAttribute("coopArchive", archiveFor(campaign.getId(), scope));
        model.addAttribute("coopTemplates", templateRows());
        model.addAttribute("coopCopyKinds", COPY_KINDS);
        model.addAttribute("coopMaySaveTemplates", policy.may(AdminAction.WRITE_COPY_TEMPLATE) && !scope.isSellerScoped());
        for (String key : new String[] {"coopTemplateErrors", "coopTemplateValues", "coopFillValues"}) {
            if (!model.containsAttribute(key)) {
                model.addAttribute(key, new LinkedHashMap<String, String>());
            }
        }
        return view;
    }

    /** Submits the next version of the chosen kind for the campaign (or one of its sellers) and runs its checks. */
    @RequestMapping(value = "/submit", method = RequestMethod.POST)
    public String submit(Model model, HttpServletRequest request, HttpServletResponse response,
                         @RequestParam("campaign") long campaignId, RedirectAttributes ra) {
        String notPermitted = refusedUnless(AdminAction.SUBMIT_ASSET, model, response, SECTION_KEY);
        if (notPermitted != null) {
            return notPermitted;
        }
        Map<String, String> values = new LinkedHashMap<String, String>();
        for (String field : FORM_FIELDS) {
            String value = request.getParameter(field);
            values.put(field, value == null ? "" : value);
        }
        Map<String, String> errors = new LinkedHashMap<String, String>();
        BannerUpload upload = null;
        AssetKind bannerKind = bannerKind(values.get("kind"));
        AssetContent content = null;
        if (bannerKind != null) {
            upload = upload(request, values, errors);
        } else {
            content = content(values, errors);
        }
        Long sellerId = null;
        if (!blank(values.get("seller"))) {
            try {
                sellerId = Long.valueOf(values.get("seller").trim());
            } catch (NumberFormatException e) {
                errors.put("seller", "seller: choose a participating seller or the campaign itself");
            }
        }
        String refusal = ownerRefusal(sellerId);
        if (refusal != null) {
            return refused(model, response, SECTION_KEY, refusal);
        }
        if (errors.isEmpty()) {
            try {
                Actor by = new Actor(AdminActors.signedInLogin(), ActorRole.ORGANIZER);
                AssetVersionRecord v = upload != null ? assets.submitBanner(campaignId, sellerId, bannerKind, upload, by)
                        : assets.submitVersion(campaignId, sellerId, content, by);
                ra.addFlashAttribute("coopDone", submitted(bannerKind != null ? bannerKind : content.kind(), v));
                return redirect(campaignId);
            } catch (CoopValidationException e) {
                errors.putAll(errorsByField(e, identity(FORM_FIELDS)));
            }
        }
        ra.addFlashAttribute("coopErrors", errors);
        ra.addFlashAttribute("coopValues", values);
        return redirect(campaignId);
    }

    @RequestMapping(value = "/{assetId}/versions/{versionNo}/accept", method = RequestMethod.POST)
    public String accept(Model model, HttpServletResponse response, @PathVariable("assetId") long assetId,
                         @PathVariable("versionNo") int versionNo, @RequestParam("campaign") long campaignId,
                         RedirectAttributes ra) {
        String notPermitted = refusedUnless(AdminAction.ACCEPT_ASSET, model, response, SECTION_KEY);
        if (notPermitted != null) {
            return notPermitted;
        }
        SellerScope scope = scope();
        if (scope.isSellerScoped()) {
            String refusal = sellerScopes.writeRefusal(scope, AssetRecord.class, assetId,
                    java.util.Collections.<String, String>emptyMap());
            if (refusal != null) {
                return refused(model, response, SECTION_KEY, refusal);
            }
        }
        try {
            AssetRecord asset = assets.asset(assetId);
            assets.acceptVersion(assetId, versionNo, new Actor(AdminActors.signedInLogin(), ActorRole.REVIEWER));
            ra.addFlashAttribute("coopDone", "Version " + versionNo + " of the " + (asset == null ? "asset"
                    : asset.getKind().label().toLowerCase()) + " is accepted.");
        } catch (CoopValidationException e) {
            ra.addFlashAttribute("coopAcceptRefused", "Version " + versionNo + " was not accepted. " + e.getMessage());
            ra.addFlashAttribute("coopAcceptRefusedAsset", assetId);
        }
        return redirect(campaignId);
    }

    /**
     * The uploaded file of a banner version, for the reviewer to see before accepting it; only for assets the signed-in
     * user may see (the campaign's own and, for a seller-scoped user, its own seller's). Not cached by shared caches.
     */
    @RequestMapping(value = "/{assetId}/versions/{versionNo}/file", method = RequestMethod.GET)
    public void file(@PathVariable("assetId") long assetId, @PathVariable("versionNo") int versionNo,
                     HttpServletResponse response) throws java.io.IOException {
        AssetRecord asset = assets.asset(assetId);
        if (asset == null || (asset.getSellerId() != null && !scope().owns(asset.getSellerId()))) {
            throw RequestRefusedException.notFound(NO_FILE);
        }
        AssetFileRecord file = null;
        for (AssetVersionRecord v : assets.versions(assetId)) {
            if (v.getVersionNo() == versionNo && v.getFileId() != null) {
                file = assets.file(v.getFileId());
            }
        }
        if (file == null) {
            throw RequestRefusedException.notFound(NO_FILE);
        }
        byte[] content = file.getContent();
        response.setHeader("Cache-Control", "private, max-age=3600");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentType(file.getContentType());
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }

    /**
     * Reuses an accepted version from the archive as the next version of this campaign's asset of the same kind (for
     * the campaign itself or one of its sellers); the copy is checked again against this campaign's tier and today's
     * brand guidelines. The service's refusal is shown as it wrote it.
     */
    @RequestMapping(value = "/reuse", method = RequestMethod.POST)
    public String reuse(Model model, HttpServletResponse response, @RequestParam("campaign") long campaignId,
                        @RequestParam("source") long sourceVersionId,
                        @RequestParam(value = "seller", required = false) String sellerParam, RedirectAttributes ra) {
        String notPermitted = refusedUnless(AdminAction.REUSE_ASSET, model, response, SECTION_KEY);
        if (notPermitted != null) {
            return notPermitted;
        }
        Long sellerId;
        try {
            sellerId = blank(sellerParam) ? null : Long.valueOf(sellerParam.trim());
        } catch (NumberFormatException e) {
            ra.addFlashAttribute("coopReuseRefused", "seller: choose a participating seller or the campaign itself");
            return redirect(campaignId);
        }
        String refusal = ownerRefusal(sellerId);
        if (refusal == null && scope().isSellerScoped() && !archiveFor(campaignId, scope()).containsKey(sourceVersionId)) {
            refusal = SellerScopes.OTHER_SELLERS_ROW; // not in the archive this user may see
        }
        if (refusal != null) {
            return refused(model, response, SECTION_KEY, refusal);
        }
        try {
            AssetVersionRecord v = assets.reuse(sourceVersionId, campaignId, sellerId,
                    new Actor(AdminActors.signedInLogin(), ActorRole.ORGANIZER));
            AssetRecord asset = assets.asset(v.getAssetId());
            ra.addFlashAttribute("coopDone", "Reused: " + submitted(asset.getKind(), v));
            ra.addFlashAttribute("coopHighlightAsset", asset.getId());
        } catch (CoopValidationException e) {
            ra.addFlashAttribute("coopReuseRefused", "Not reused. " + e.getMessage());
        }
        return redirect(campaignId);
    }

    /** Creates or replaces a copy template (name, copy kind, text with {{placeholders}}); platform-wide, so not for sellers. */
    @RequestMapping(value = "/templates", method = RequestMethod.POST)
    public String saveTemplate(Model model, HttpServletResponse response, @RequestParam("campaign") long campaignId,
                               @RequestParam(value = "name", required = false) String name,
                               @RequestParam(value = "kind", required = false) String kindParam,
                               @RequestParam(value = "text", required = false) String text, RedirectAttributes ra) {
        String notPermitted = refusedUnless(AdminAction.WRITE_COPY_TEMPLATE, model, response, SECTION_KEY);
        if (notPermitted != null) {
            return notPermitted;
        }
        if (scope().isSellerScoped()) {
            return refused(model, response, SECTION_KEY, "Copy templates are shared by all sellers: only platform staff "
                    + "write them.");
        }
        AssetKind kind = null;
        try {
            kind = blank(kindParam) ? null : AssetKind.valueOf(kindParam.trim());
        } catch (IllegalArgumentException e) {
            // the service names the kinds a template may fill
        }
        try {
            CopyTemplateRecord t = assets.saveTemplate(name, kind, text,
                    new Actor(AdminActors.signedInLogin(), ActorRole.ORGANIZER));
            ra.addFlashAttribute("coopTemplateDone", "Template '" + t.getName() + "' is saved with the placeholders "
                    + t.toTemplate().placeholders() + ".");
        } catch (CoopValidationException e) {
            Map<String, String> values = new LinkedHashMap<String, String>();
            values.put("name", name == null ? "" : name);
            values.put("kind", kindParam == null ? "" : kindParam);
            values.put("text", text == null ? "" : text);
            ra.addFlashAttribute("coopTemplateErrors", errorsByField(e, fields("name", "name", "kind", "kind",
                    "template", "text")));
            ra.addFlashAttribute("coopTemplateValues", values);
        }
        return redirect(campaignId);
    }

    /**
     * Fills in a template (one input per placeholder) and submits the text as the owner's next copy version, which is
     * checked at once. A placeholder left empty or a name the template does not have is refused, naming them.
     */
    @RequestMapping(value = "/templates/{templateId}/fill", method = RequestMethod.POST)
    public String fillTemplate(Model model, HttpServletRequest request, HttpServletResponse response,
                               @PathVariable("templateId") long templateId, @RequestParam("campaign") long campaignId,
                               RedirectAttributes ra) {
        String notPermitted = refusedUnless(AdminAction.SUBMIT_ASSET, model, response, SECTION_KEY);
        if (notPermitted != null) {
            return notPermitted;
        }
        Map<String, String> values = new LinkedHashMap<String, String>();
        for (Object key : request.getParameterMap().keySet()) {
            String param = String.valueOf(key);
            if (param.startsWith(PLACEHOLDER_PARAM)) {
                String value = request.getParameter(param);
                values.put(param.substring(PLACEHOLDER_PARAM.length()), value == null ? "" : value);
            }
        }
        String sellerParam = request.getParameter("seller");
        Long sellerId = null;
        if (!blank(sellerParam)) {
            try {
                sellerId = Long.valueOf(sellerParam.trim());
            } catch (NumberFormatException e) {
                return fillRefused(ra, campaignId, templateId, values, "seller: choose a participating seller or the campaign itself");
            }
        }
        String refusal = ownerRefusal(sellerId);
        if (refusal != null) {
            return refused(model, response, SECTION_KEY, refusal);
        }
        try {
            AssetVersionRecord v = assets.submitFromTemplate(campaignId, sellerId, templateId, values,
                    new Actor(AdminActors.signedInLogin(), ActorRole.ORGANIZER));
            AssetRecord asset = assets.asset(v.getAssetId());
            ra.addFlashAttribute("coopDone", submitted(asset.getKind(), v));
            ra.addFlashAttribute("coopHighlightAsset", asset.getId());
            return redirect(campaignId);
        } catch (CoopValidationException e) {
            return fillRefused(ra, campaignId, templateId, values, "Not submitted. " + e.getMessage());
        }
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static String fillRefused(RedirectAttributes ra, long campaignId, long templateId, Map<String, String> values,
                                      String why) {
        ra.addFlashAttribute("coopFillRefused", why);
        ra.addFlashAttribute("coopFillTemplate", templateId);
        ra.addFlashAttribute("coopFillValues", values);
        return redirect(campaignId);
    }

    /**
     * Why the signed-in user may not add a version for this owner, or null: a seller-scoped user adds versions only
     * to its own seller's assets, never the campaign's own or another seller's.
     */
    private String ownerRefusal(Long sellerId) {
        SellerScope scope = scope();
        if (scope.isSellerScoped() && (sellerId == null || !scope.owns(sellerId))) {
            return sellerId == null ? SellerScopes.SHARED_ROW : SellerScopes.OTHER_SELLERS_ROW;
        }
        return null;
    }

    /** Accepted versions of other campaigns' assets the user may see (not another seller's), newest first, by version id. */
    private Map<Long, ArchiveRow> archiveFor(long campaignId, SellerScope scope) {
        Map<Long, ArchiveRow> rows = new LinkedHashMap<Long, ArchiveRow>();
        Map<Long, String> campaignNames = new java.util.HashMap<Long, String>();
        for (AssetVersionRecord v : assets.archive(null, null, ARCHIVE_SHOWN)) {
            AssetRecord asset = assets.asset(v.getAssetId());
            if (asset == null || asset.getCampaignId() == campaignId
                    || (asset.getSellerId() != null && !scope.owns(asset.getSellerId()))) {
                continue;
            }
            if (!campaignNames.containsKey(asset.getCampaignId())) {
                Campaign c = campaigns.find(asset.getCampaignId());
                campaignNames.put(asset.getCampaignId(), c == null ? "campaign " + asset.getCampaignId() : c.getName());
            }
            rows.put(v.getId(), new ArchiveRow(v, asset, campaignNames.get(asset.getCampaignId()),
                    ownerName(asset.getSellerId()), new VersionRow(v, v.toVersion(asset.getKind()).content()).getSummary()));
        }
        return rows;
    }

    private List<TemplateRow> templateRows() {
        List<TemplateRow> rows = new ArrayList<TemplateRow>();
        for (CopyTemplateRecord t : assets.templates()) {
            rows.add(new TemplateRow(t, new ArrayList<String>(t.toTemplate().placeholders())));
        }
        return rows;
    }

    private static String redirect(long campaignId) {
        return "redirect:/" + SECTION_KEY + "?campaign=" + campaignId;
    }

    private static String submitted(AssetKind kind, AssetVersionRecord v) {
        List<String> failed = new ArrayList<String>();
        for (CheckResult r : v.getCheckResults()) {
            if (!r.passed()) {
                failed.add(r.check() + ": " + r.message());
            }
        }
        String what = "Version " + v.getVersionNo() + " of the " + kind.label().toLowerCase() + " was submitted";
        return failed.isEmpty() ? what + "; every check passed and it can be accepted."
                : what + ", but it cannot be accepted until these checks pass: " + join(failed) + ".";
    }

    private static String join(List<String> parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            sb.append(sb.length() == 0 ? "" : "; ").append(p);
        }
        return sb.toString();
    }

    private static AssetKind bannerKind(String kindParam) {
        try {
            AssetKind kind = AssetKind.valueOf(kindParam == null ? "" : kindParam.trim());
            return SUBMITTABLE.contains(kind) && !COPY_KINDS.contains(kind) ? kind : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The uploaded banner the form describes: the file (a multipart part; its facts are read by the asset service),
     * the alt text, headline, text colour and text area; what cannot be read goes into {@code errors} by field.
     */
    private static BannerUpload upload(HttpServletRequest request, Map<String, String> values, Map<String, String> errors) {
        MultipartFile file = request instanceof MultipartHttpServletRequest
                ? ((MultipartHttpServletRequest) request).getFile(FILE_FIELD) : null;
        if (file == null || (file.isEmpty() && blank(file.getOriginalFilename()))) {
            errors.put(FILE_FIELD, FILE_FIELD + ": choose the banner's image file (PNG, JPEG, GIF or WebP)");
        }
        Integer x = whole(values, "textX", "text area's x", errors);
        Integer y = whole(values, "textY", "text area's y", errors);
        Integer w = whole(values, "textWidth", "text area's width", errors);
        Integer h = whole(values, "textHeight", "text area's height", errors);
        if (!errors.isEmpty()) {
            return null;
        }
        byte[] bytes;
        try {
            bytes = file.getBytes();
        } catch (java.io.IOException e) {
            errors.put(FILE_FIELD, FILE_FIELD + ": the upload did not arrive whole; choose the file again");
            return null;
        }
        return new BannerUpload(bytes, file.getOriginalFilename(), trimmed(values.get("altText")),
                trimmed(values.get("headline")), trimmed(values.get("textColour")), new TextArea(x, y, w, h),
                "true".equals(values.get("largeText")));
    }

    /** The content the form describes; what cannot be read goes into {@code errors} by field. */
    private static AssetContent content(Map<String, String> values, Map<String, String> errors) {
        AssetKind kind = null;
        try {
            kind = AssetKind.valueOf(values.get("kind").trim());
        } catch (IllegalArgumentException e) {
            // handled below
        }
        if (kind == null || !SUBMITTABLE.contains(kind)) {
            errors.put("kind", "kind: choose one of " + SUBMITTABLE);
            return null;
        }
        return AssetContent.copy(kind, values.get("text")); // banners come as uploads
    }

    private static Integer whole(Map<String, String> values, String field, String label, Map<String, String> errors) {
        String value = values.get(field).trim();
        try {
            int n = Integer.parseInt(value);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.put(field, field + ": the " + label + " must be a whole number of 0 or more (was '" + value + "')");
        return null;
    }

    private static Map<String, String> identity(String[] names) {
        Map<String, String> map = new LinkedHashMap<String, String>();
        for (String n : names) {
            map.put(n, n);
        }
        map.put("sellerId", "seller");
        map.put(FILE_FIELD, FILE_FIELD);
        map.put("textArea", "textX");
        return map;
    }

    private String ownerName(Long sellerId) {
        if (sellerId == null) {
            return "the campaign";
        }
        Seller s = sellers.findSeller(sellerId);
        return s == null ? "seller " + sellerId : s.getName();
    }

    /** One asset with its versions. */
    public static final class AssetRow {
        private final AssetRecord asset;
        private final String owner;
        private final List<VersionRow> versions;

        AssetRow(AssetRecord asset, String owner, List<VersionRow> versions) {
            this.asset = asset;
            this.owner = owner;
            this.versions = versions;
        }

        public AssetRecord getAsset() { return asset; }
        public String getOwner() { return owner; }
        public List<VersionRow> getVersions() { return versions; }
    }

    /** One version: its record (number, results, acceptance) and its content. */
    public static final class VersionRow {
        private final AssetVersionRecord record;
        private final AssetContent content;

        VersionRow(AssetVersionRecord record, AssetContent content) {
            this.record = record;
            this.content = content;
        }

        public AssetVersionRecord getRecord() { return record; }
        public AssetContent getContent() { return content; }

        /** A line describing what was submitted. */
        public String getSummary() {
            if (!content.isBanner()) {
                return content.text();
            }
            BannerImage b = content.banner();
            if (b.measured()) {
                return b.fileName() + " (" + b.format() + ", read from the file), " + b.width() + "x" + b.height() + " px, "
                        + b.fileSizeBytes() + " bytes; headline \"" + (b.headline() == null ? "" : b.headline()) + "\" in "
                        + b.textColour() + " over the text area " + b.textArea().describe() + " (average background "
                        + b.backgroundColour() + ")" + (b.largeText() ? " (large text)" : "") + "; alt text \""
                        + (b.altText() == null ? "" : b.altText()) + "\"";
            }
            return b.fileName() + ", " + b.width() + "x" + b.height() + " px, " + (b.fileSizeBytes() / 1024) + " KB; headline \""
                    + b.headline() + "\" in " + b.textColour() + " on " + b.backgroundColour()
                    + (b.largeText() ? " (large text)" : "") + "; alt text \"" + (b.altText() == null ? "" : b.altText()) + "\"";
        }
    }

    /** An accepted version in the archive, with where it comes from. */
    public static final class ArchiveRow {
        private final AssetVersionRecord record;
        private final AssetRecord asset;
        private final String campaignName;
        private final String owner;
        private final String summary;

        ArchiveRow(AssetVersionRecord record, AssetRecord asset, String campaignName, String owner, String summary) {
            this.record = record;
            this.asset = asset;
            this.campaignName = campaignName;
            this.owner = owner;
            this.summary = summary;
        }

        public AssetVersionRecord getRecord() { return record; }
        public AssetRecord getAsset() { return asset; }
        public String getCampaignName() { return campaignName; }
        public String getOwner() { return owner; }
        public String getSummary() { return summary; }
    }

    /** A copy template with its placeholders in order of first appearance. */
    public static final class TemplateRow {
        private final CopyTemplateRecord template;
        private final List<String> placeholders;

        TemplateRow(CopyTemplateRecord template, List<String> placeholders) {
            this.template = template;
            this.placeholders = placeholders;
        }

        public CopyTemplateRecord getTemplate() { return template; }
        public List<String> getPlaceholders() { return placeholders; }
    }
}
