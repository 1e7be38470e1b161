package com.coopromo.storefront.hub;

import com.coopromo.search.ListingDocument;
import com.coopromo.search.ListingFacetQuery;

import java.io.UnsupportedEncodingException;
import java.net.URLEncoder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A campaign hub's query as the shopper chose it in the address ({@code ?seller=a&seller=b&segment=SMALL&category=Outdoor
 * &inStock=true&page=2}): which facet values are selected, the {@link ListingFacetQuery} that asks the search index
 * for them, whether a listing matches, and the link that toggles one value (so every facet choice is a plain,
 * shareable GET link). The one place that knows the facets: a new facet is a new {@link Facet} constant.
 */
public final class HubQuery {
    /** The hub's facets: the request parameter, the label a shopper sees and the listing value it filters on. */
    public enum Facet {
        SELLER("seller", "Seller") {
            @Override
            String valueOf(ListingDocument listing) {
                return listing.getSellerCode();
            }
        },
        SEGMENT("segment", "Seller size") {
            @Override
            String valueOf(ListingDocument listing) {
                return listing.getSellerSegment();
            }
        },
        CATEGORY("category", "Department") {
            @Override
            String valueOf(ListingDocument listing) {
                return listing.getCategory();
            }
        },
        IN_STOCK("inStock", "Availability") {
            @Override
            String valueOf(ListingDocument listing) {
                return listing.isInStock() ? "true" : "false";
            }
        };

        private final String parameter;
        private final String label;

        Facet(String parameter, String label) {
            this.parameter = parameter;
            this.label = label;
        }

        public String getParameter() {
            return parameter;
        }

        public String getLabel() {
            return label;
        }

        abstract String valueOf(ListingDocument listing);
    }

    public static final int PAGE_SIZE = 24;

    private final Map<Facet, Set<String>> selected;
    private final int page;

    private HubQuery(Map<Facet, Set<String>> selected, int page) {
        this.selected = selected;
        this.page = page;
    }

    /** From the request's parameters (unknown parameters and blank values are ignored). */
    public static HubQuery from(Map<String, String[]> parameters, int page) {
        Map<Facet, Set<String>> selected = new LinkedHashMap<Facet, Set<String>>();
        for (Facet facet : Facet.values()) {
            Set<String> values = new LinkedHashSet<String>();
            String[] given = parameters.get(facet.parameter);
            if (given != null) {
                for (String value : given) {
                    if (value != null && !value.trim().isEmpty() && value.length() <= 200) {
                        values.add(value.trim());
                    }
                }
            }
            selected.put(facet, values);
        }
        return new HubQuery(selected, page);
    }

    public int getPage() {
        return page;
    }

    public Set<String> selected(Facet facet) {
        return Collections.unmodifiableSet(selected.get(facet));
    }

    public boolean isSelected(Facet facet, String value) {
        return selected.get(facet).contains(value);
    }

    public boolean isFiltered() {
        for (Set<String> values : selected.values()) {
            if (!values.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The index query for one participating seller's listings (the campaign filter is applied to what comes back:
     * the index on main has no campaign field yet, so the hub asks seller by seller and keeps the enrolled listings).
     */
    public ListingFacetQuery indexQuery(String sellerCode) {
        return ListingFacetQuery.all().sellerCode(sellerCode).size(500);
    }

    /** Whether the listing matches every selected facet except {@code ignored} (null: every facet). */
    public boolean matches(ListingDocument listing, Facet ignored) {
        for (Map.Entry<Facet, Set<String>> facet : selected.entrySet()) {
            if (facet.getKey() != ignored && !facet.getValue().isEmpty()
                    && !facet.getValue().contains(facet.getKey().valueOf(listing))) {
                return false;
            }
        }
        return true;
    }

    /** The hub's address with the value toggled (selected ↔ not), back on the first page. */
    public String toggleHref(String hubPath, Facet facet, String value) {
        Map<Facet, Set<String>> next = copy();
        if (!next.get(facet).remove(value)) {
            next.get(facet).add(value);
        }
        return href(hubPath, next, 1);
    }

    /** The hub's address with the same filters on another page. */
    public String pageHref(String hubPath, int otherPage) {
        return href(hubPath, copy(), otherPage);
    }

    /** The hub's address with the facet's selection dropped. */
    public String clearHref(String hubPath, Facet facet) {
        Map<Facet, Set<String>> next = copy();
        next.get(facet).clear();
        return href(hubPath, next, 1);
    }

    private Map<Facet, Set<String>> copy() {
        Map<Facet, Set<String>> copy = new LinkedHashMap<Facet, Set<String>>();
        for (Map.Entry<Facet, Set<String>> facet : selected.entrySet()) {
            copy.put(facet.getKey(), new LinkedHashSet<String>(facet.getValue()));
        }
        return copy;
    }

    private static String href(String hubPath, Map<Facet, Set<String>> filters, int page) {
        List<String> parts = new ArrayList<String>();
        for (Map.Entry<Facet, Set<String>> facet : filters.entrySet()) {
            for (String value : facet.getValue()) {
                parts.add(facet.getKey().parameter + "=" + encode(value));
            }
        }
        if (page > 1) {
            parts.add("page=" + page);
        }
        StringBuilder href = new StringBuilder(hubPath);
        for (int i = 0; i < parts.size(); i++) {
            href.append(i == 0 ? '?' : '&').append(parts.get(i));
        }
        return href.toString();
    }

    private static String encode(String value) {
        try {
            return URLEncoder.encode(value, "UTF-8");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
