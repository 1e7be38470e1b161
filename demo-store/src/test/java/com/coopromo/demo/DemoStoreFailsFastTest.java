package com.coopromo.demo;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bad configuration stops the demo store within seconds with one sentence naming what to fix. */
class DemoStoreFailsFastTest {
    private final PrintStream quiet = new PrintStream(new ByteArrayOutputStream());

    @Test
    void aTakenHttpPortIsNamedWithTheOptionToChangeIt() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
            DemoStoreOptions options = DemoStoreOptions.parse(new String[]{"--port=" + taken.getLocalPort(),
                    "--data-dir=" + Files.createTempDirectory("coop-fail-port")});
            assertThatThrownBy(() -> new DemoStoreServer(options, quiet).start())
                    .satisfies(e -> assertThat(StartupFailure.explain(e))
                            .isEqualTo("The demo store's HTTP port " + taken.getLocalPort() + " is already in use; choose another with --port="));
        }
    }

    @Test
    void anUnreachableDatabaseUrlIsNamed() throws Exception {
        int closed = closedPort();
        Path dir = Files.createTempDirectory("coop-fail-db");
        DemoStoreOptions options = DemoStoreOptions.parse(new String[]{"--port=" + closedPort(), "--data-dir=" + dir,
                "--db-url=jdbc:postgresql://127.0.0.1:" + closed + "/store", "--db-user=shop", "--db-password=secret"});
        assertThatThrownBy(() -> new DemoStoreServer(options, quiet).start())
                .satisfies(e -> assertThat(StartupFailure.explain(e))
                        .startsWith("Cannot connect to PostgreSQL at jdbc:postgresql://127.0.0.1:" + closed + "/store")
                        .endsWith("Check coop.db.url, coop.db.user and coop.db.password."));
        assertThat(dir.resolve("postgres")).as("no embedded database was started").doesNotExist();
    }

    @Test
    void anUnreachableSearchUrlIsNamedAndTheEmbeddedDatabaseIsStoppedAgain() throws Exception {
        int closed = closedPort();
        Path dir = Files.createTempDirectory("coop-fail-search");
        DemoStoreOptions options = DemoStoreOptions.parse(new String[]{"--port=" + closedPort(), "--data-dir=" + dir,
                "--search-url=http://127.0.0.1:" + closed});
        assertThatThrownBy(() -> new DemoStoreServer(options, quiet).start())
                .satisfies(e -> assertThat(StartupFailure.explain(e))
                        .startsWith("Elasticsearch is unreachable at http://127.0.0.1:" + closed)
                        .endsWith("Check coop.search.url."));
        assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).count())
                .as("no PostgreSQL or search node left running").isZero();
    }

    @Test
    void unknownOptionsAndBadPortsAreRefusedBeforeAnythingStarts() {
        assertThatThrownBy(() -> DemoStoreOptions.parse(new String[]{"--prot=8080"}))
                .hasMessageStartingWith("unknown option --prot");
        assertThatThrownBy(() -> DemoStoreOptions.parse(new String[]{"--port=80800"}))
                .hasMessage("--port must be a port number between 1 and 65535 (was '80800')");
        assertThatThrownBy(() -> DemoStoreOptions.parse(new String[]{"--db-user=x"}))
                .hasMessage("--db-user and --db-password need --db-url");
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
