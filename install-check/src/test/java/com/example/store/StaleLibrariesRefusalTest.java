package com.example.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Run by the pom's {@code stale-libraries} execution only, on the class path a store gets when Broadleaf's POM is
 * imported ahead of the module's BOM: Broadleaf's commons-io 2.4 instead of the BOM's. The site stops with the
 * sentence naming the library and the fix, not deep inside Liquibase.
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
}
