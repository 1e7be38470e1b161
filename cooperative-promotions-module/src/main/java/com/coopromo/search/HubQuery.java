package com.coopromo.search;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A shopper's hub query: the campaign, optional words, the facet choices (several values of one facet are ORed, facets
 * are ANDed), the sort, the page, and optionally the fairness rules (else the store's defaults).
 */
public final class HubQuery {
    /** How the matches are ordered before the fairness rules place them on pages. */
    public enum Sort {
        /** Best text match first; with no words, the deepest discount first. */
        RELEVANCE,
        PRICE_ASC,
        PRICE_DESC,
        /** Deepest discount first. */
        DISCOUNT,
        /** Most recently listed first. */
        NEWEST
    }

    public static final int MAX_PAGE_SIZE = 100;

    private String campaignSlug;
    private Long campaignId;
    private String text;
    private final Set<String> sellers = new LinkedHashSet<String>();
    private final Set<String> segments = new LinkedHashSet<String>();
    private String category;
    private final Set<String> priceBuckets = new LinkedHashSet<String>();
    private final Set<String> discountBuckets = new LinkedHashSet<String>();
    private boolean inStockOnly;
    private Integer shipsWithinDays;
    private Sort sort = Sort.RELEVANCE;
    private int page;
    private int pageSize = 24;
    private Integer maxPerSeller;
    private Integer newcomerBoost;
    private Integer featuredSlots;
    private boolean fair = true;

    public static HubQuery campaign(String slug) {
        HubQuery q = new HubQuery();
        q.campaignSlug = slug;
        return q;
    }

    /** Every enrolled listing of every scheduled or live campaign. */
    public static HubQuery allCampaigns() {
        return new HubQuery();
    }

    public HubQuery campaignId(Long id) {
        this.campaignId = id;
        return this;
    }

    public HubQuery text(String value) {
        this.text = value;
        return this;
    }

    /** Seller codes (several: any of them). */
    public HubQuery sellers(Collection<String> codes) {
        addAll(sellers, codes);
        return this;
    }

    public HubQuery seller(String code) {
        return sellers(Collections.singleton(code));
    }

    /** Seller segments (SMALL, MID, LARGE). */
    public HubQuery segments(Collection<String> values) {
        addAll(segments, values);
        return this;
    }

    public HubQuery segment(String value) {
        return segments(Collections.singleton(value));
    }

    /** A category path ("Home/School"): its listings and its sub-categories' listings. */
    public HubQuery category(String path) {
        this.category = path;
        return this;
    }

    /** Price ranges from {@link com.coopromo.search.domain.HubBuckets#PRICE}. */
    public HubQuery priceBuckets(Collection<String> values) {
        addAll(priceBuckets, values);
        return this;
    }

    /** Discount ranges from {@link com.coopromo.search.domain.HubBuckets#DISCOUNT}. */
    public HubQuery discountBuckets(Collection<String> values) {
        addAll(discountBuckets, values);
        return this;
    }

    public HubQuery inStockOnly(boolean value) {
        this.inStockOnly = value;
        return this;
    }

    /** Ships within 1, 3 or 7 days; null: any. */
    public HubQuery shipsWithin(Integer days) {
        if (days != null && days < 1) {
            throw new IllegalArgumentException("shipsWithin must be at least 1 day (was " + days + ")");
        }
        this.shipsWithinDays = days;
        return this;
    }

    public HubQuery sort(Sort value) {
        this.sort = value == null ? Sort.RELEVANCE : value;
        return this;
    }

    /** The page, 0-based. */
    public HubQuery page(int value) {
        if (value < 0 || value > 1000) {
            throw new IllegalArgumentException("page must be between 0 and 1000 (was " + value + ")");
        }
        this.page = value;
        return this;
    }

    public HubQuery pageSize(int value) {
        if (value < 1 || value > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("pageSize must be between 1 and " + MAX_PAGE_SIZE + " (was " + value + ")");
        }
        this.pageSize = value;
        return this;
    }

    /** At most this many places of a page per seller while others match (e.g. the campaign's K); null: the store's default. */
    public HubQuery maxPerSeller(Integer k) {
        this.maxPerSeller = k;
        return this;
    }

    public HubQuery newcomerBoost(Integer places) {
        this.newcomerBoost = places;
        return this;
    }

    public HubQuery featuredSlots(Integer slots) {
        this.featuredSlots = slots;
        return this;
    }

    /** False: plain order, none of the fairness rules (for measuring what they change). */
    public HubQuery fair(boolean value) {
        this.fair = value;
        return this;
    }

    private static void addAll(Set<String> into, Collection<String> values) {
        if (values == null) {
            return;
        }
        for (String v : values) {
            if (v != null && !v.trim().isEmpty()) {
                into.add(v.trim());
            }
        }
    }

    public String campaignSlug() { return campaignSlug; }
    public Long campaignId() { return campaignId; }
    public String text() { return text == null || text.trim().isEmpty() ? null : text.trim(); }
    public Set<String> sellers() { return Collections.unmodifiableSet(sellers); }
    public Set<String> segments() { return Collections.unmodifiableSet(segments); }
    public String category() { return category == null || category.trim().isEmpty() ? null : category.trim(); }
    public Set<String> priceBuckets() { return Collections.unmodifiableSet(priceBuckets); }
    public Set<String> discountBuckets() { return Collections.unmodifiableSet(discountBuckets); }
    public boolean inStockOnly() { return inStockOnly; }
    public Integer shipsWithin() { return shipsWithinDays; }
    public Sort sort() { return sort; }
    public int page() { return page; }
    public int pageSize() { return pageSize; }
    public Integer maxPerSeller() { return maxPerSeller; }
    public Integer newcomerBoost() { return newcomerBoost; }
    public Integer featuredSlots() { return featuredSlots; }
    public boolean fair() { return fair; }
}
