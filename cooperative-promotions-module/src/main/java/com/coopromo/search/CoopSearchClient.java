package com.coopromo.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.HttpRequest;
import org.apache.http.HttpRequestInterceptor;
import org.apache.http.HttpResponseInterceptor;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;

import java.io.IOException;

/**
 * The module's one connection to Elasticsearch. {@link #start()} checks the cluster answers, so a wrong URL stops
 * the store at start-up with one sentence instead of failing on the first shopper's search. With search off
 * ({@code coop.search.enabled=false}) it never connects: {@link #enabled()} is false and {@link #client()} refuses
 * with {@link SearchOffException}.
 */
public class CoopSearchClient {
    private final SearchSettings settings;
    private RestClient restClient;
    private ElasticsearchClient client;

    public CoopSearchClient(SearchSettings settings) {
        this.settings = settings;
    }

    public synchronized void start() {
        if (client != null || !settings.enabled()) {
            return;
        }
        HttpHost host;
        try {
            host = HttpHost.create(settings.url());
        } catch (NoSuchMethodError e) {
            throw new IllegalStateException("The cooperative promotions module's search client needs HttpComponents "
                    + "httpcore 4.4 or newer, but the store runs httpcore "
                    + httpCoreVersion() + ": import com.coopromo:coop-bom in the store's "
                    + "dependencyManagement ahead of Broadleaf's POM, or set coop.search.enabled=false.", e);
        }
        RestClientBuilder builder = RestClient.builder(host);
        if (settings.apiKey() != null) {
            builder.setDefaultHeaders(new Header[]{new BasicHeader("Authorization", "ApiKey " + settings.apiKey())});
        }
        if (settings.embeddedNode()) {
            // The bundled 7.10 node predates the client: it knows only plain JSON media types and sends no product
            // header. Both tweaks live here and nowhere else; a real cluster gets neither.
            builder.setHttpClientConfigCallback(http -> http
                    .addInterceptorLast((HttpRequestInterceptor) (request, context) -> {
                        plainJson(request, "Content-Type");
                        plainJson(request, "Accept");
                    })
                    .addInterceptorLast((HttpResponseInterceptor) (response, context) -> {
                        if (!response.containsHeader("X-Elastic-Product")) {
                            response.addHeader("X-Elastic-Product", "Elasticsearch");
                        }
                    }));
        }
        restClient = builder.build();
        ElasticsearchClient candidate = new ElasticsearchClient(new RestClientTransport(restClient, new JacksonJsonpMapper()));
        try {
            candidate.info();
        } catch (Exception e) {
            closeQuietly();
            throw new IllegalStateException("Elasticsearch is unreachable at " + settings.url() + " (" + describe(e)
                    + "). Set coop.search.url (and coop.search.api-key if the cluster needs one) to a running cluster.", e);
        }
        client = candidate;
    }

    /** False when the store runs without Elasticsearch. */
    public boolean enabled() {
        return settings.enabled();
    }

    /** @throws SearchOffException when search is off */
    public ElasticsearchClient client() {
        if (!settings.enabled()) {
            throw new SearchOffException();
        }
        if (client == null) {
            throw new IllegalStateException("the search client is not started");
        }
        return client;
    }

    public SearchSettings settings() {
        return settings;
    }

    public synchronized void stop() {
        closeQuietly();
        client = null;
    }

    private void closeQuietly() {
        if (restClient != null) {
            try {
                restClient.close();
            } catch (IOException ignored) {
                // shutting down; nothing else to release
            }
            restClient = null;
        }
    }

    private static String httpCoreVersion() {
        Package p = HttpHost.class.getPackage();
        String version = p == null ? null : p.getImplementationVersion();
        return version == null ? "(version unknown)" : version;
    }

    private static void plainJson(HttpRequest request, String header) {
        Header current = request.getFirstHeader(header);
        if (current != null && current.getValue().contains("vnd.elasticsearch+json")) {
            request.setHeader(header, "application/json");
        }
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
