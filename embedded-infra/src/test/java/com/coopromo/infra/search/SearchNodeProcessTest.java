package com.coopromo.infra.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchNodeProcessTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void runsARealNodeAndLeavesNoProcessBehind(@TempDir Path dir) throws Exception {
        long t0 = System.nanoTime();
        SearchNodeProcess node = SearchNodeProcess.start(dir.resolve("es"));
        long startMillis = (System.nanoTime() - t0) / 1_000_000;
        ProcessHandle child = node.process().toHandle();
        try {
            System.out.println("search node ready in " + startMillis + " ms at " + node.url());
            assertThat(node.url()).isEqualTo("http://127.0.0.1:" + node.httpPort());
            assertThat(child.isAlive()).isTrue();

            HttpResponse<String> health = send("GET", node.url() + "/_cluster/health", null);
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).containsPattern("\"status\":\"(green|yellow)\"")
                    .contains("\"cluster_name\":\"coop-search\"");

            HttpResponse<String> created = send("PUT", node.url() + "/offers",
                    "{\"settings\":{\"number_of_shards\":1,\"number_of_replicas\":0},"
                            + "\"mappings\":{\"properties\":{\"co_op\":{\"type\":\"keyword\"},\"title\":{\"type\":\"text\"}}}}");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(200);

            HttpResponse<String> indexed = send("PUT", node.url() + "/offers/_doc/1?refresh=true",
                    "{\"co_op\":\"north-valley\",\"title\":\"Ten percent off apples\"}");
            assertThat(indexed.statusCode()).as(indexed.body()).isEqualTo(201);

            HttpResponse<String> found = send("POST", node.url() + "/offers/_search",
                    "{\"size\":0,\"query\":{\"match\":{\"title\":\"apples\"}},"
                            + "\"aggs\":{\"by_coop\":{\"terms\":{\"field\":\"co_op\"}}}}");
            assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
            assertThat(found.body().replace(" ", ""))
                    .contains("\"hits\":{\"total\":{\"value\":1")
                    .contains("{\"key\":\"north-valley\",\"doc_count\":1}");

            // a second node on the same data directory is refused by the child and reported in one sentence
            assertThatThrownBy(() -> SearchNodeProcess.start(dir.resolve("es")))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("The search node failed to start: data directory "
                            + dir.resolve("es") + " is used by another running search node");
        } finally {
            node.close();
        }
        node.close(); // harmless
        assertThat(child.isAlive()).isFalse();
        assertThat(child.descendants().count()).isZero();
        assertThat(node.isAlive()).isFalse();
        assertThat(node.process().exitValue()).as("clean stop").isZero();
    }

    @Test
    void failsFastWhenThePortIsTaken(@TempDir Path dir) throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.setReuseAddress(false);
            taken.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
            int port = taken.getLocalPort();

            long t0 = System.nanoTime();
            assertThatThrownBy(() -> SearchNodeProcess.start(dir.resolve("es"), port,
                    "choose another with -Dcoop.search.port=<port>"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("Elasticsearch port " + port
                            + " is already in use; choose another with -Dcoop.search.port=<port>");
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(2));
        }
    }

    private HttpResponse<String> send(String method, String url, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
