package com.coopromo.search;

/** A storefront-style query over listings: optional words, optional facet filters, page size. */
public final class ListingFacetQuery {
    private String text;
    private String sellerSegment;
    private String category;
    private String sellerCode;
    private boolean inStockOnly;
    private int size = 24;

    public static ListingFacetQuery all() {
        return new ListingFacetQuery();
    }

    public ListingFacetQuery text(String value) {
        this.text = value;
        return this;
    }

    public ListingFacetQuery sellerSegment(String value) {
        this.sellerSegment = value;
        return this;
    }

    public ListingFacetQuery category(String value) {
        this.category = value;
        return this;
    }

    public ListingFacetQuery sellerCode(String value) {
        this.sellerCode = value;
        return this;
    }

    public ListingFacetQuery inStockOnly(boolean value) {
        this.inStockOnly = value;
        return this;
    }

    public ListingFacetQuery size(int value) {
        if (value < 0 || value > 500) {
            throw new IllegalArgumentException("size must be between 0 and 500 (was " + value + ")");
        }
        this.size = value;
        return this;
    }

    String text() {
        return text;
    }

    String sellerSegment() {
        return sellerSegment;
    }

    String category() {
        return category;
    }

    String sellerCode() {
        return sellerCode;
    }

    boolean inStockOnly() {
        return inStockOnly;
    }

    int size() {
        return size;
    }
}
