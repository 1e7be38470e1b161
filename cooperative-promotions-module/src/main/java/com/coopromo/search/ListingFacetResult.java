package com.coopromo.search;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/** Matching listings plus, for each facet, how many matches carry each value (in descending count order). */
public final class ListingFacetResult {
    private final long total;
    private final List<ListingDocument> listings;
    private final Map<String, Map<String, Long>> facets;

    public ListingFacetResult(long total, List<ListingDocument> listings, Map<String, Map<String, Long>> facets) {
        this.total = total;
        this.listings = Collections.unmodifiableList(listings);
        this.facets = Collections.unmodifiableMap(facets);
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
