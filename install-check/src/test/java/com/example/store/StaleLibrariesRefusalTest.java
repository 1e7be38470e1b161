package com.example.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.coopromo.search.CoopSearchClient;
import com.coopromo.search.SearchSettings;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/**
 * Run by the pom's {@code stale-libraries} execution only, on the class path a store gets when Broadleaf's POM is
 * imported ahead of the module's BOM: Broadleaf's commons-io 2.4 and solrj's httpcore 4.3 instead of the BOM's. The
 * site stops with the sentence naming the library and the fix, not deep inside Liquibase or the search client.
 */
class StaleLibrariesRefusalTest {
    @TempDir
    static Path work;

    @Test
    void broadleafsOlderCommonsIoStopsTheStartWithTheFix() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Map<String, String> settings = new TreeMap<String, String>();
        // the library check comes before the database is touched
        settings.put("store.db.url", "jdbc:postgresql://127.0.0.1:" + closedPort + "/store");

        try (StoreSite site = StoreSite.start(work, settings, null)) {
            fail("the site started on commons-io 2.4");
        } catch (Exception e) {
            Throwable cause = e;
            while (cause != null && !(cause instanceof IllegalStateException
                    && String.valueOf(cause.getMessage()).startsWith("The cooperative promotions module"))) {
                cause = cause.getCause();
            }
            assertThat(cause).as("the module's sentence in %s", e).isNotNull();
            assertThat(cause.getMessage()).isEqualTo("The cooperative promotions module needs commons-io 2.12 or newer, "
                    + "but the store runs commons-io 2.4: import com.coopromo:coop-bom in the store's dependencyManagement "
                    + "ahead of Broadleaf's POM (README, \"Installing the module\").");
        }
    }

    @Test
    void solrjsOlderHttpCoreStopsTheSearchClientWithTheFix() {
        CoopSearchClient client = new CoopSearchClient(new SearchSettings("http://127.0.0.1:9200", null, false, null));

        assertThatThrownBy(client::start).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("The cooperative promotions module's search client needs HttpComponents httpcore 4.4 "
                        + "or newer, but the store runs httpcore 4.3")
                .hasMessageEndingWith(": import com.coopromo:coop-bom in the store's dependencyManagement ahead of "
                        + "Broadleaf's POM, or set coop.search.enabled=false.");
    }
}
