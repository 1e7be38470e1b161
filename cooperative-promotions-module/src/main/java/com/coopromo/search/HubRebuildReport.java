package com.coopromo.search;

/** What a full rebuild of the hub index did. */
public final class HubRebuildReport {
    private final String version;
    private final int listings;
    private final long millis;

    public HubRebuildReport(String version, int listings, long millis) {
        this.version = version;
        this.listings = listings;
        this.millis = millis;
    }

    /** The index version the alias points at now. */
    public String version() {
        return version;
    }

    public int listings() {
        return listings;
    }

    public long millis() {
        return millis;
    }

    public double perSecond() {
        return millis == 0 ? listings : listings * 1000.0 / millis;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%d listings into %s in %.1f s (%.0f listings/s)", listings, version,
                millis / 1000.0, perSecond());
    }
}
