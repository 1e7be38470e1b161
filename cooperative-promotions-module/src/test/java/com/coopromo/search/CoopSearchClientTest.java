package com.coopromo.search;

import org.junit.jupiter.api.Test;

import java.net.ServerSocket;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CoopSearchClientTest {

    @Test
    void anUnreachableClusterStopsStartUpWithTheSettingToFix() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        CoopSearchClient client = new CoopSearchClient(new SearchSettings("http://127.0.0.1:" + closedPort, null, false, null));
        assertThatThrownBy(client::start)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Elasticsearch is unreachable at http://127.0.0.1:" + closedPort)
                .hasMessageContaining("Set coop.search.url");
    }

    @Test
    void aUrlWithoutSchemeIsRefused() {
        assertThatThrownBy(() -> new SearchSettings("localhost:9200", null, false, null))
                .hasMessage("coop.search.url must start with http:// or https:// (was 'localhost:9200')");
        assertThatThrownBy(() -> new SearchSettings(" ", null, false, null)).hasMessageContaining("coop.search.url is required");
    }
}
