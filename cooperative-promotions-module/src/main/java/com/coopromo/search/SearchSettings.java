package com.coopromo.search;

/**
 * Where the module's Elasticsearch lives. {@code embeddedNode} is true only for the bundled development node
 * (an Elasticsearch 7.10 that predates the product header newer clients expect); production points {@code url} and
 * {@code apiKey} at a real cluster and leaves it false.
 */
public final class SearchSettings {
    private final String url;
    private final String apiKey;
    private final boolean embeddedNode;
    private final String indexPrefix;

    public SearchSettings(String url, String apiKey, boolean embeddedNode, String indexPrefix) {
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
