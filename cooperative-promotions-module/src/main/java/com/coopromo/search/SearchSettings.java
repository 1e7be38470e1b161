package com.coopromo.search;

/**
 * Where the module's Elasticsearch lives. {@code embeddedNode} is true only for the bundled development node
 * (an Elasticsearch 7.10 that predates the product header newer clients expect); production points {@code url} and
 * {@code apiKey} at a real cluster and leaves it false. A store without Elasticsearch sets
 * {@code coop.search.enabled=false}: then nothing connects, nothing is indexed, and searches answer that search is off.
 */
public final class SearchSettings {
    private final String url;
    private final String apiKey;
    private final boolean embeddedNode;
    private final String indexPrefix;
    private final boolean enabled;

    /** Search on, at {@code url}. */
    public SearchSettings(String url, String apiKey, boolean embeddedNode, String indexPrefix) {
        this(true, url, apiKey, embeddedNode, indexPrefix);
    }

    /**
     * @param enabled {@code coop.search.enabled}: false for a store without Elasticsearch (the url is then not used
     *                and not checked)
     */
    public SearchSettings(boolean enabled, String url, String apiKey, boolean embeddedNode, String indexPrefix) {
        this.enabled = enabled;
        if (!enabled) {
            this.url = url == null ? "" : url.trim();
            this.apiKey = null;
            this.embeddedNode = false;
            this.indexPrefix = indexPrefix == null || indexPrefix.trim().isEmpty() ? "coop" : indexPrefix.trim();
            return;
        }
        if (url == null || url.trim().isEmpty()) {
            throw new IllegalArgumentException("coop.search.url is required, e.g. http://127.0.0.1:9200");
        }
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            throw new IllegalArgumentException("coop.search.url must start with http:// or https:// (was '" + url + "')");
        }
        this.url = url.trim();
        this.apiKey = apiKey == null || apiKey.trim().isEmpty() ? null : apiKey.trim();
        this.embeddedNode = embeddedNode;
        this.indexPrefix = indexPrefix == null || indexPrefix.trim().isEmpty() ? "coop" : indexPrefix.trim();
    }

    /** False when the store runs without Elasticsearch ({@code coop.search.enabled=false}). */
    public boolean enabled() {
        return enabled;
    }

    public String url() {
        return url;
    }

    public String apiKey() {
        return apiKey;
    }

    public boolean embeddedNode() {
        return embeddedNode;
    }

    public String indexName(String suffix) {
        return indexPrefix + "-" + suffix;
    }
}
