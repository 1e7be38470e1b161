package com.coopromo.storefront.hub;

import com.coopromo.assets.domain.AssetContent;
import com.coopromo.assets.domain.AssetHistory;
import com.coopromo.assets.domain.AssetVersion;
import com.coopromo.assets.persistence.AssetRecord;
import com.coopromo.assets.persistence.AssetVersionRecord;
import com.coopromo.assets.service.AssetService;
import com.coopromo.campaign.domain.AssetKind;
import com.coopromo.campaign.domain.CampaignState;
import com.coopromo.campaign.domain.CampaignTerms;
import com.coopromo.campaign.persistence.Campaign;
import com.coopromo.campaign.service.CampaignService;
import com.coopromo.participation.domain.ParticipationState;
import com.coopromo.participation.persistence.EnrollmentImpl;
import com.coopromo.participation.persistence.ParticipationImpl;
import com.coopromo.participation.service.ParticipationService;
import com.coopromo.search.HubResult;
import com.coopromo.search.HubSearch;
import com.coopromo.search.domain.HubBuckets;
import com.coopromo.seller.domain.ShippingWindow;
import com.coopromo.seller.persistence.Seller;
import com.coopromo.storefront.hub.HubQuery.Facet;
import com.coopromo.storefront.tile.ProductTiles;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.springframework.stereotype.Component;

import javax.annotation.Resource;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the campaign pages show: the live and upcoming campaigns with their accepted banners, and one campaign's hub
 * (theme, copy, participating sellers with their terms, the faceted grid of its enrolled listings). Read-only.
 */
@Component("coopCampaignHubs")
public class CampaignHubs {
    private static final Log LOG = LogFactory.getLog(CampaignHubs.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    static final String SEARCH_DOWN = "Search is not answering right now, so this campaign's products cannot be listed;"
            + " the sellers taking part are below.";

    @Resource(name = "coopCampaignService")
    protected CampaignService campaignService;

    @Resource(name = "coopParticipationService")
    protected ParticipationService participationService;

    @Resource(name = "coopAssetService")
    protected AssetService assetService;

    @Resource(name = "coopHubSearch")
    protected HubSearch hubSearch;

    @Resource(name = "blCatalogService")
    protected CatalogService catalogService;

    @Resource(name = "coopProductTiles")
    protected ProductTiles productTiles;

    /** Live campaigns first, then scheduled ones, each by start. */
    public List<CampaignCard> liveAndUpcoming() {
        List<CampaignCard> live = new ArrayList<CampaignCard>();
        List<CampaignCard> upcoming = new ArrayList<CampaignCard>();
        for (Campaign campaign : campaignService.findAll()) {
            if (campaign.getState() == CampaignState.LIVE) {
                live.add(card(campaign));
            } else if (campaign.getState() == CampaignState.SCHEDULED) {
                upcoming.add(card(campaign));
            }
        }
        java.util.Comparator<CampaignCard> byStart = new java.util.Comparator<CampaignCard>() {
            @Override
            public int compare(CampaignCard a, CampaignCard b) {
                return a.startsAt.compareTo(b.startsAt);
            }
        };
        java.util.Collections.sort(live, byStart);
        java.util.Collections.sort(upcoming, byStart);
        live.addAll(upcoming);
        return live;
    }

    /** The live campaign with this slug, or null (unknown, or not live). */
    public Campaign liveCampaign(String slug) {
        Campaign campaign = slug == null || slug.length() > 200 ? null : campaignService.findBySlug(slug);
        return campaign != null && campaign.getState() == CampaignState.LIVE ? campaign : null;
    }

    public CampaignCard card(Campaign campaign) {
        CampaignTerms terms = campaign.toTerms();
        AssetKind bannerKind = AssetKind.BANNER;
        AssetVersionRecord banner = acceptedRecord(campaign.getId(), bannerKind);
        if (banner == null) {
            bannerKind = AssetKind.BANNER_WIDE;
            banner = acceptedRecord(campaign.getId(), bannerKind);
        }
        AssetContent bannerContent = banner == null ? null : banner.toVersion(bannerKind).content();
        return new CampaignCard(campaign.getName(), campaign.getSlug(), terms.themeBrief(), terms.marketingMessage(),
                campaign.getState() == CampaignState.LIVE, terms.startInstant(),
                DAY.format(terms.startInstant().atZone(terms.zone())), DAY.format(terms.endInstant().atZone(terms.zone())),
                bannerContent == null || !bannerContent.isBanner() ? null : new Banner(bannerContent.banner(),
                        banner.getFileId() == null ? null : CampaignBannerFileController.PATH + banner.getFileId()));
    }

    /** The text of the campaign's accepted copy (copy block, else landing page copy), or null. */
    private String copy(long campaignId) {
        for (AssetKind kind : new AssetKind[]{AssetKind.COPY_BLOCK, AssetKind.LANDING_PAGE_COPY}) {
            AssetContent content = accepted(campaignId, kind);
            if (content != null && !content.isBanner() && content.text() != null) {
                return content.text();
            }
        }
        return null;
    }

    /** The campaign's own accepted version of the kind, or null. */
    private AssetVersionRecord acceptedRecord(long campaignId, AssetKind kind) {
        AssetRecord asset = assetService.asset(campaignId, null, kind);
        if (asset == null) {
            return null;
        }
        for (AssetVersionRecord v : assetService.versions(asset.getId())) {
            if (v.isAccepted()) {
                return v;
            }
        }
        return null;
    }

    private AssetContent accepted(long campaignId, AssetKind kind) {
        AssetRecord asset = assetService.asset(campaignId, null, kind);
        if (asset == null) {
            return null;
        }
        AssetHistory history = assetService.history(asset.getId());
        AssetVersion accepted = history == null ? null : history.accepted();
        return accepted == null ? null : accepted.content();
    }

    /** One live campaign's hub for the shopper's query. */
    public Hub hub(Campaign campaign, HubQuery query, String hubPath) {
        Hub hub = new Hub(card(campaign), copy(campaign.getId()));
        // participating sellers, and the listings each enrolled (paused ones are not sold in the campaign)
        Map<Long, SellerTerms> sellers = new LinkedHashMap<Long, SellerTerms>();
        for (ParticipationImpl participation : participationService.participationsOf(campaign.getId())) {
            if (participation.getState() == ParticipationState.ACCEPTED) {
                Seller seller = participation.getSeller();
                sellers.put(seller.getId(), new SellerTerms(seller.getCode(), seller.getName(),
                        segmentLabel(seller.getSegment() == null ? null : seller.getSegment().name())));
            }
        }
        for (EnrollmentImpl enrollment : participationService.enrollmentsOf(campaign.getId())) {
            SellerTerms terms = sellers.get(enrollment.getListing().getSeller().getId());
            if (enrollment.isPaused() || terms == null) {
                continue;
            }
            terms.add(enrollment.getListing().getShippingWindow());
        }
        hub.sellers.addAll(sellers.values());

        // the campaign's listings from the hub's search index: facets, fair order, featured places, this page
        HubResult result;
        try {
            result = hubSearch.search(query.searchQuery(campaign.getId()));
        } catch (RuntimeException e) {
            LOG.warn("campaign hub " + campaign.getSlug() + ": search failed (" + e + ")");
            result = HubResult.unavailable(SEARCH_DOWN);
        }
        if (result.unavailable()) {
            hub.searchMessage = result.message() == null ? SEARCH_DOWN : result.message();
            return hub;
        }

        Map<String, String> sellerNames = new HashMap<String, String>();
        for (SellerTerms seller : sellers.values()) {
            sellerNames.put(seller.code, seller.name);
        }
        for (Facet facet : Facet.values()) {
            boolean anySelected = !query.selected(facet).isEmpty();
            FacetView view = new FacetView(facet, anySelected ? query.clearHref(hubPath, facet) : null, anySelected);
            for (HubResult.FacetValue value : result.facet(facet.resultName())) {
                String label = valueLabel(facet, value.value(), sellerNames);
                if (label != null && (value.count() > 0 || value.selected())) {
                    view.values.add(new FacetValue(label, value.count(), value.selected(),
                            query.toggleHref(hubPath, facet, value.value())));
                }
            }
            if (!view.values.isEmpty()) {
                hub.facets.add(view);
            }
        }
        for (HubQuery.Order order : HubQuery.Order.values()) {
            hub.orders.add(new FacetValue(order.getLabel(), 0, order == query.getOrder(), query.orderHref(hubPath, order)));
        }

        List<Product> products = new ArrayList<Product>();
        for (HubResult.Hit hit : result.hits()) {
            Sku sku = catalogService.findSkuById(hit.listing().getSkuId());
            if (sku != null && sku.getProduct() != null) {
                products.add(sku.getProduct());
                if (hit.featured()) {
                    hub.featured.add(sku.getProduct().getId());
                }
                if (!hit.listing().getSellerBadges().isEmpty()) {
                    hub.sellerBadges.put(sku.getProduct().getId(), hit.listing().getSellerBadges());
                }
            }
        }
        hub.tiles.addAll(productTiles.tiles(products));
        hub.total = result.total();
        hub.page = query.getPage();
        hub.pages = (int) Math.max(1, result.pageCount());
        hub.previousHref = query.getPage() > 1 ? query.pageHref(hubPath, query.getPage() - 1) : null;
        hub.nextHref = query.getPage() < hub.pages ? query.pageHref(hubPath, query.getPage() + 1) : null;
        hub.filtered = query.isFiltered();
        hub.clearAllHref = hubPath;
        hub.suggestion = result.suggestion() == null ? null : result.suggestion().sentence();
        return hub;
    }

    /** What a shopper reads for a facet value; null for a value this campaign does not have (ignored). */
    private static String valueLabel(Facet facet, String value, Map<String, String> sellerNames) {
        switch (facet) {
            case SELLER:
                return sellerNames.get(value);
            case SEGMENT:
                return segmentLabel(value);
            case CATEGORY:
                // paths from the catalog's root: the root itself holds everything and is not a choice
                int slash = value.indexOf('/');
                return slash < 0 ? null : value.substring(slash + 1).replace("/", " \u203a ");
            case PRICE:
                return priceLabel(value);
            case DISCOUNT:
                return HubBuckets.label(value, "%");
            case IN_STOCK:
                return "true".equals(value) ? "In stock" : null;
            case SHIPS_WITHIN:
                return "1".equals(value) ? "1 day" : value + " days";
            default:
                return value;
        }
    }

    /** "10-25" → "$10 to $25", "100-" → "$100 and more". */
    private static String priceLabel(String bucket) {
        int dash = bucket.indexOf('-');
        if (dash < 0) {
            return null;
        }
        String from = bucket.substring(0, dash);
        String to = bucket.substring(dash + 1);
        return to.isEmpty() ? "$" + from + " and more" : "$" + from + " to $" + to;
    }

    private static String segmentLabel(String segment) {
        if ("SMALL".equals(segment)) {
            return "Small sellers";
        }
        if ("MID".equals(segment)) {
            return "Mid-size sellers";
        }
        if ("LARGE".equals(segment)) {
            return "Large sellers";
        }
        return null;
    }

    /** A campaign as the campaign list and the hub's header show it. */
    public static final class CampaignCard {
        private final String name;
        private final String slug;
        private final String theme;
        private final String marketingMessage;
        private final boolean live;
        private final java.time.Instant startsAt;
        private final String startDay;
        private final String endDay;
        private final Banner banner;

        CampaignCard(String name, String slug, String theme, String marketingMessage, boolean live,
                     java.time.Instant startsAt, String startDay, String endDay, Banner banner) {
            this.name = name;
            this.slug = slug;
            this.theme = theme;
            this.marketingMessage = marketingMessage;
            this.live = live;
            this.startsAt = startsAt;
            this.startDay = startDay;
            this.endDay = endDay;
            this.banner = banner;
        }

        public String getName() { return name; }
        public String getSlug() { return slug; }
        public String getTheme() { return theme; }
        public String getMarketingMessage() { return marketingMessage; }
        public boolean isLive() { return live; }
        public String getStartDay() { return startDay; }
        public String getEndDay() { return endDay; }
        public Banner getBanner() { return banner; }
    }

    /**
     * An accepted banner version: the uploaded file, served by {@link CampaignBannerFileController} and shown with its
     * alt text; a version without a file (its facts typed in) is drawn instead, the headline in the banner's colours
     * labelled with the alt text.
     */
    public static final class Banner {
        private final com.coopromo.assets.domain.BannerImage image;
        private final String imageUrl;

        Banner(com.coopromo.assets.domain.BannerImage image, String imageUrl) {
            this.image = image;
            this.imageUrl = imageUrl;
        }

        /** Where the store serves the uploaded file (without the context path), or null for a version without one. */
        public String getImageUrl() { return imageUrl; }
        public int getWidth() { return image.width(); }
        public int getHeight() { return image.height(); }

        public String getHeadline() { return image.headline(); }
        public String getAltText() { return image.altText(); }
        public String getFileName() { return image.fileName(); }
        public String getStyle() {
            StringBuilder style = new StringBuilder();
            if (safeColour(image.textColour())) {
                style.append("color:").append(image.textColour()).append(';');
            }
            if (safeColour(image.backgroundColour())) {
                style.append("background:").append(image.backgroundColour()).append(';');
            }
            return style.toString();
        }

        private static boolean safeColour(String colour) {
            return colour != null && colour.matches("#[0-9a-fA-F]{3,8}");
        }
    }

    /** A participating seller and the terms the module keeps for it in this campaign. */
    public static final class SellerTerms {
        private final String code;
        private final String name;
        private final String segment;
        private int listings;
        private int fastestDays = Integer.MAX_VALUE;
        private int slowestDays = -1;

        SellerTerms(String code, String name, String segment) {
            this.code = code;
            this.name = name;
            this.segment = segment;
        }

        void add(ShippingWindow window) {
            listings++;
            if (window != null) {
                fastestDays = Math.min(fastestDays, window.minDays());
                slowestDays = Math.max(slowestDays, window.maxDays());
            }
        }

        public String getCode() { return code; }
        public String getName() { return name; }
        public String getSegment() { return segment; }
        public int getListings() { return listings; }

        /** "Ships in 2–5 days", or null when its listings carry no shipping window. */
        public String getShipping() {
            if (slowestDays < 0) {
                return null;
            }
            if (fastestDays == slowestDays) {
                return "Ships in " + slowestDays + (slowestDays == 1 ? " day" : " days");
            }
            return "Ships in " + fastestDays + "\u2013" + slowestDays + " days";
        }
    }

    /** One facet's choices. */
    public static final class FacetView {
        private final Facet facet;
        private final String clearHref;
        private final boolean anySelected;
        private final List<FacetValue> values = new ArrayList<FacetValue>();

        FacetView(Facet facet, String clearHref, boolean anySelected) {
            this.facet = facet;
            this.clearHref = clearHref;
            this.anySelected = anySelected;
        }

        public String getParameter() { return facet.getParameter(); }
        public String getLabel() { return facet.getLabel(); }
        public String getClearHref() { return clearHref; }
        public boolean isAnySelected() { return anySelected; }
        public List<FacetValue> getValues() { return values; }
    }

    /** One facet value: its label, how many listings match with it, whether it is chosen, and the link toggling it. */
    public static final class FacetValue {
        private final String label;
        private final long count;
        private final boolean selected;
        private final String href;

        FacetValue(String label, long count, boolean selected, String href) {
            this.label = label;
            this.count = count;
            this.selected = selected;
            this.href = href;
        }

        public String getLabel() { return label; }
        public long getCount() { return count; }
        public boolean isSelected() { return selected; }
        public String getHref() { return href; }
    }

    /** A campaign hub page. */
    public static final class Hub {
        private final CampaignCard campaign;
        private final String copy;
        private final List<SellerTerms> sellers = new ArrayList<SellerTerms>();
        private final List<FacetView> facets = new ArrayList<FacetView>();
        private final List<com.coopromo.storefront.tile.ProductTile> tiles = new ArrayList<com.coopromo.storefront.tile.ProductTile>();
        private String searchMessage;
        private long total;
        private int page = 1;
        private int pages = 1;
        private String previousHref;
        private String nextHref;
        private boolean filtered;
        private String clearAllHref;
        private String suggestion;
        private final Set<Long> featured = new HashSet<Long>();
        private final java.util.Map<Long, List<String>> sellerBadges = new java.util.HashMap<Long, List<String>>();
        private final List<FacetValue> orders = new ArrayList<FacetValue>();

        Hub(CampaignCard campaign, String copy) {
            this.campaign = campaign;
            this.copy = copy;
        }

        public CampaignCard getCampaign() { return campaign; }
        public String getCopy() { return copy; }
        public List<SellerTerms> getSellers() { return sellers; }
        public List<FacetView> getFacets() { return facets; }
        public List<com.coopromo.storefront.tile.ProductTile> getTiles() { return tiles; }
        /** The one sentence shown instead of the grid when search is off or not answering; null otherwise. */
        public String getSearchMessage() { return searchMessage; }
        public long getTotal() { return total; }
        public int getPage() { return page; }
        public int getPages() { return pages; }
        public String getPreviousHref() { return previousHref; }
        public String getNextHref() { return nextHref; }
        public boolean isFiltered() { return filtered; }
        public String getClearAllHref() { return clearAllHref; }
        /** With no product matching: which one filter to drop to see some ("... without the filter seller: ..."). */
        public String getSuggestion() { return suggestion; }
        /** Whether the product holds one of this page's featured places (rotated fairly among the sellers). */
        public boolean isFeatured(Long productId) { return featured.contains(productId); }
        /** The badges the product's seller agreed to show next to its name on the hub (empty when none). */
        public List<String> badgesOf(Long productId) {
            List<String> badges = sellerBadges.get(productId);
            return badges == null ? java.util.Collections.<String>emptyList() : badges;
        }
        /** The orders a shopper can choose, as links; the chosen one is selected. */
        public List<FacetValue> getOrders() { return orders; }
    }
}
