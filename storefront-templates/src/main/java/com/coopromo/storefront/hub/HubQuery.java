package com.coopromo.storefront.hub;

import com.coopromo.search.HubResult;

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
 * &inStock=true&page=2}): which facet values are selected, the query that asks the hub's search index
 * for them (the module's {@link com.coopromo.search.HubQuery}), and the link that toggles one value (so every facet choice is a plain,
 * shareable GET link). The one place that knows the facets: a new facet is a new {@link Facet} constant.
 */
public final class HubQuery {
    /** The hub's facets: the request parameter, the label a shopper sees and the listing value it filters on. */
    public enum Facet {
        SELLER("seller", "Seller", HubResult.SELLER, false),
        SEGMENT("segment", "Seller size", HubResult.SEGMENT, false),
        CATEGORY("category", "Department", HubResult.CATEGORY, true),
        PRICE("price", "Price", HubResult.PRICE, false),
        DISCOUNT("discount", "Discount", HubResult.DISCOUNT, false),
        IN_STOCK("inStock", "Availability", HubResult.IN_STOCK, true),
        SHIPS_WITHIN("shipsWithin", "Ships within", HubResult.SHIPS_WITHIN, true);

        private final String parameter;
        private final String label;
        private final String resultName;
        private final boolean single;

        Facet(String parameter, String label, String resultName, boolean single) {
            this.parameter = parameter;
            this.label = label;
            this.resultName = resultName;
            this.single = single;
        }

        public String getParameter() {
            return parameter;
        }

        public String getLabel() {
            return label;
        }

        /** The facet's name in the search result ({@link HubResult#facet(String)}). */
        String resultName() {
            return resultName;
        }

        /** One value at a time (a department, "in stock", a delivery promise): choosing another replaces it. */
        boolean single() {
            return single;
        }
    }

    /** The orders a shopper can choose ({@code ?sort=price-asc}); relevance (fair, featured first) when none. */
    public enum Order {
        RELEVANCE("relevance", "Best match", com.coopromo.search.HubQuery.Sort.RELEVANCE),
        PRICE_ASC("price-asc", "Price, low to high", com.coopromo.search.HubQuery.Sort.PRICE_ASC),
        PRICE_DESC("price-desc", "Price, high to low", com.coopromo.search.HubQuery.Sort.PRICE_DESC),
        DISCOUNT("discount", "Biggest discount", com.coopromo.search.HubQuery.Sort.DISCOUNT),
        NEWEST("newest", "Newest", com.coopromo.search.HubQuery.Sort.NEWEST);

        private final String parameter;
        private final String label;
        private final com.coopromo.search.HubQuery.Sort sort;

        Order(String parameter, String label, com.coopromo.search.HubQuery.Sort sort) {
            this.parameter = parameter;
            this.label = label;
            this.sort = sort;
        }

        public String getParameter() {
            return parameter;
        }

        public String getLabel() {
            return label;
        }

        static Order of(String parameter) {
            for (Order order : values()) {
                if (order.parameter.equals(parameter)) {
                    return order;
                }
            }
            return RELEVANCE;
        }
    }

    public static final int PAGE_SIZE = 24;
    /** The deepest page the search index serves (0-based); later pages show as empty. */
    private static final int MAX_PAGE_INDEX = 1000;

    private final Map<Facet, Set<String>> selected;
    private final Order order;
    private final int page;

    private HubQuery(Map<Facet, Set<String>> selected, Order order, int page) {
        this.selected = selected;
        this.order = order;
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
                        if (facet.single) {
                            values.clear();
                        }
                        values.add(value.trim());
                    }
                }
            }
            selected.put(facet, values);
        }
        String[] sort = parameters.get("sort");
        return new HubQuery(selected, Order.of(sort == null || sort.length == 0 ? null : sort[0]), page);
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

    public Order getOrder() {
        return order;
    }

    /** What the hub's search index is asked: this campaign, the chosen values of every facet, the order, the page. */
    public com.coopromo.search.HubQuery searchQuery(long campaignId) {
        com.coopromo.search.HubQuery query = com.coopromo.search.HubQuery.allCampaigns().campaignId(campaignId)
                .sellers(selected.get(Facet.SELLER))
                .segments(selected.get(Facet.SEGMENT))
                .priceBuckets(selected.get(Facet.PRICE))
                .discountBuckets(selected.get(Facet.DISCOUNT))
                .inStockOnly(selected.get(Facet.IN_STOCK).contains("true"))
                .sort(order.sort)
                .page(Math.max(0, Math.min(page - 1, MAX_PAGE_INDEX))) // the index counts pages from 0
                .pageSize(PAGE_SIZE);
        for (String category : selected.get(Facet.CATEGORY)) {
            query.category(category);
        }
        for (String days : selected.get(Facet.SHIPS_WITHIN)) {
            query.shipsWithin(positive(days));
        }
        return query;
    }

    private static Integer positive(String days) {
        try {
            int value = Integer.parseInt(days);
            return value >= 1 && value <= 365 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The hub's address with the same filters in another order, back on the first page. */
    public String orderHref(String hubPath, Order other) {
        return href(hubPath, copy(), other, 1);
    }

    /** The hub's address with the value toggled (selected ↔ not), back on the first page. */
    public String toggleHref(String hubPath, Facet facet, String value) {
        Map<Facet, Set<String>> next = copy();
        if (!next.get(facet).remove(value)) {
            if (facet.single) {
                next.get(facet).clear();
            }
            next.get(facet).add(value);
        }
        return href(hubPath, next, order, 1);
    }

    /** The hub's address with the same filters on another page. */
    public String pageHref(String hubPath, int otherPage) {
        return href(hubPath, copy(), order, otherPage);
    }

    /** The hub's address with the facet's selection dropped. */
    public String clearHref(String hubPath, Facet facet) {
        Map<Facet, Set<String>> next = copy();
        next.get(facet).clear();
        return href(hubPath, next, order, 1);
    }

    private Map<Facet, Set<String>> copy() {
        Map<Facet, Set<String>> copy = new LinkedHashMap<Facet, Set<String>>();
        for (Map.Entry<Facet, Set<String>> facet : selected.entrySet()) {
            copy.put(facet.getKey(), new LinkedHashSet<String>(facet.getValue()));
        }
        return copy;
    }

    private static String href(String hubPath, Map<Facet, Set<String>> filters, Order order, int page) {
        List<String> parts = new ArrayList<String>();
        for (Map.Entry<Facet, Set<String>> facet : filters.entrySet()) {
            for (String value : facet.getValue()) {
                parts.add(facet.getKey().parameter + "=" + encode(value));
            }
        }
        if (order != Order.RELEVANCE) {
            parts.add("sort=" + order.parameter);
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
