package com.coopromo.search;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Matching listings plus, for each facet, how many matches carry each value (in descending count order). On a store
 * without Elasticsearch every search answers {@link #off()}: nothing found, {@link #searchOff()} true and
 * {@link #message()} saying so.
 */
public final class ListingFacetResult {
    private static final ListingFacetResult OFF = new ListingFacetResult(0, Collections.<ListingDocument>emptyList(),
            Collections.<String, Map<String, Long>>emptyMap(), SearchOffException.MESSAGE);

    private final long total;
    private final List<ListingDocument> listings;
    private final Map<String, Map<String, Long>> facets;
    private final String offMessage;

    public ListingFacetResult(long total, List<ListingDocument> listings, Map<String, Map<String, Long>> facets) {
        this(total, listings, facets, null);
    }

    private ListingFacetResult(long total, List<ListingDocument> listings, Map<String, Map<String, Long>> facets,
                               String offMessage) {
        this.total = total;
        this.listings = Collections.unmodifiableList(listings);
        this.facets = Collections.unmodifiableMap(facets);
        this.offMessage = offMessage;
    }

    /** The answer to every search while search is off ({@code coop.search.enabled=false}). */
    public static ListingFacetResult off() {
        return OFF;
    }

    /** True when the store runs without Elasticsearch and nothing was searched. */
    public boolean searchOff() {
        return offMessage != null;
    }

    /** The sentence to show instead of results when {@link #searchOff()}; null otherwise. */
    public String message() {
        return offMessage;
    }

    public long total() {
        return total;
    }

    public List<ListingDocument> listings() {
        return listings;
    }

    /** Facet name ({@link ListingSearchIndex#FACET_SEGMENT}, ...) to value counts. */
    public Map<String, Long> facet(String name) {
        Map<String, Long> counts = facets.get(name);
        return counts == null ? Collections.<String, Long>emptyMap() : counts;
    }
}
