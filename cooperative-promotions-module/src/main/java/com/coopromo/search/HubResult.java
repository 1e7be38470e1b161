package com.coopromo.search;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A hub page: the listings on it (each possibly labelled featured), how many match, the facets with their counts, and
 * on zero results which one filter to drop. When search cannot answer, {@link #unavailable()} is true and
 * {@link #message()} is the one sentence to show; nothing else is set.
 */
public final class HubResult {
    /** Facet names. */
    public static final String SELLER = "seller";
    public static final String SEGMENT = "segment";
    public static final String CATEGORY = "category";
    public static final String PRICE = "price";
    public static final String DISCOUNT = "discount";
    public static final String IN_STOCK = "inStock";
    public static final String SHIPS_WITHIN = "shipsWithin";

    /** One listing on the page. */
    public static final class Hit {
        private final HubDocument listing;
        private final boolean featured;

        public Hit(HubDocument listing, boolean featured) {
            this.listing = listing;
            this.featured = featured;
        }

        public HubDocument listing() {
            return listing;
        }

        /** Holds one of the page's featured slots (label it "Featured"). */
        public boolean featured() {
            return featured;
        }
    }

    /** One value of a facet: how many listings match with it (given the other facets' choices), and whether chosen. */
    public static final class FacetValue {
        private final String value;
        private final long count;
        private final boolean selected;

        public FacetValue(String value, long count, boolean selected) {
            this.value = value;
            this.count = count;
            this.selected = selected;
        }

        public String value() {
            return value;
        }

        public long count() {
            return count;
        }

        public boolean selected() {
            return selected;
        }

        @Override
        public String toString() {
            return value + "=" + count + (selected ? "*" : "");
        }
    }

    /** On zero results: the one filter whose removal gives results, and how many. */
    public static final class Suggestion {
        private final String facet;
        private final String value;
        private final long count;

        public Suggestion(String facet, String value, long count) {
            this.facet = facet;
            this.value = value;
            this.count = count;
        }

        /** The facet to drop ({@link #SELLER}, ...) or "text" for the words. */
        public String facet() {
            return facet;
        }

        /** The chosen value(s) of that facet, as the query had them. */
        public String value() {
            return value;
        }

        public long count() {
            return count;
        }

        /** E.g. "No listings match; without the filter seller: acme, 12 listings match." */
        public String sentence() {
            return "No listings match; without the filter " + facet + ": " + value + ", " + count
                    + (count == 1 ? " listing matches." : " listings match.");
        }
    }

    private final long total;
    private final int page;
    private final int pageSize;
    private final List<Hit> hits;
    private final Map<String, List<FacetValue>> facets;
    private final Suggestion suggestion;
    private final String message;

    public HubResult(long total, int page, int pageSize, List<Hit> hits, Map<String, List<FacetValue>> facets,
                     Suggestion suggestion) {
        this.total = total;
        this.page = page;
        this.pageSize = pageSize;
        this.hits = Collections.unmodifiableList(hits);
        this.facets = Collections.unmodifiableMap(facets);
        this.suggestion = suggestion;
        this.message = null;
    }

    private HubResult(String message) {
        this.total = 0;
        this.page = 0;
        this.pageSize = 0;
        this.hits = Collections.emptyList();
        this.facets = Collections.emptyMap();
        this.suggestion = null;
        this.message = message;
    }

    /** Search cannot answer: the sentence to show instead of results. */
    public static HubResult unavailable(String sentence) {
        return new HubResult(sentence);
    }

    public boolean unavailable() {
        return message != null;
    }

    /** The sentence to show when {@link #unavailable()}; null otherwise. */
    public String message() {
        return message;
    }

    public long total() {
        return total;
    }

    public int page() {
        return page;
    }

    public int pageSize() {
        return pageSize;
    }

    public long pageCount() {
        return pageSize == 0 ? 0 : (total + pageSize - 1) / pageSize;
    }

    public List<Hit> hits() {
        return hits;
    }

    /** A facet's values ({@link #SELLER}, ...), in descending count order (ranges in range order); empty if none. */
    public List<FacetValue> facet(String name) {
        List<FacetValue> values = facets.get(name);
        return values == null ? Collections.<FacetValue>emptyList() : values;
    }

    /** On zero results with filters: the one to drop; null otherwise. */
    public Suggestion suggestion() {
        return suggestion;
    }
}
