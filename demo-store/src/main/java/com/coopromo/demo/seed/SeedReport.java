package com.coopromo.demo.seed;

import java.util.Locale;

/**
 * What one {@link DemoMarketplaceSeeder#seedIfEmpty()} run did. The counts are what this run created (all 0 when it
 * was {@linkplain #isSkipped() skipped} because the marketplace already had sellers).
 */
public final class SeedReport {
    private final boolean skipped;
    private final int categories;
    private final int products;
    private final int sellers;
    private final int listings;
    private final int indexed;
    private final double seconds;
    private final String summary;

    private SeedReport(boolean skipped, int categories, int products, int sellers, int listings, int indexed,
                       double seconds, String summary) {
        this.skipped = skipped;
        this.categories = categories;
        this.products = products;
        this.sellers = sellers;
        this.listings = listings;
        this.indexed = indexed;
        this.seconds = seconds;
        this.summary = summary;
    }

    static SeedReport skipped(long existingSellers, long existingListings, double seconds) {
        return new SeedReport(true, 0, 0, 0, 0, 0, seconds, String.format(Locale.ROOT,
                "demo marketplace already seeded (%d sellers, %d listings): reusing it", existingSellers, existingListings));
    }

    static SeedReport seeded(int categories, int products, int sellers, int listings, int indexed, double seconds) {
        return new SeedReport(false, categories, products, sellers, listings, indexed, seconds, String.format(Locale.ROOT,
                "demo marketplace seeded: %d categories, %d products, %d sellers, %d listings, %d indexed in %.1f s",
                categories, products, sellers, listings, indexed, seconds));
    }

    /** True when the marketplace already had sellers and nothing was written. */
    public boolean isSkipped() {
        return skipped;
    }

    /** Broadleaf categories created, the root "Marketplace" included. */
    public int getCategories() {
        return categories;
    }

    public int getProducts() {
        return products;
    }

    public int getSellers() {
        return sellers;
    }

    public int getListings() {
        return listings;
    }

    /** Listings written to the search index. */
    public int getIndexed() {
        return indexed;
    }

    /** Wall-clock time of the run. */
    public double getSeconds() {
        return seconds;
    }

    /** One line for the launcher's console. */
    public String getSummary() {
        return summary;
    }

    @Override
    public String toString() {
        return summary;
    }
}
