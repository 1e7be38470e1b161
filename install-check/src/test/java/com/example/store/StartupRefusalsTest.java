package com.example.store;

import com.coopromo.infra.db.EmbeddedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The store's site does not start when the module's database is wrong, and the reason is one sentence naming what to
 * fix: no {@code jdbc/web} in {@code blMergedDataSources}, a database that cannot be reached, a database that is not
 * PostgreSQL. Nothing is written to a wrong database.
 */
class StartupRefusalsTest {
    private static final String MODULE = "The cooperative promotions module";

    @TempDir
    static Path work;

    private static EmbeddedDatabase database;

    @BeforeAll
    static void startPostgres() {
        database = EmbeddedDatabase.start(null, 0);
    }

    @AfterAll
    static void stopPostgres() {
        if (database != null) {
            database.close();
        }
    }

    private static Map<String, String> postgres() {
        Map<String, String> settings = new TreeMap<String, String>();
        settings.put("store.db.url", database.jdbcUrl());
        settings.put("store.db.user", EmbeddedDatabase.USER);
        settings.put("store.db.password", EmbeddedDatabase.PASSWORD);
        return settings;
    }

    @Test
    void aStoreThatRegisteredItsDatabaseUnderAnotherNameIsToldToRegisterJdbcWeb() {
        String override = Paths.get("src/test/resources/refusals/override-web-jdbc-store.xml").toAbsolutePath().toString();

        assertThat(refusal(postgres(), override)).isEqualTo(MODULE + " needs the store's database as jdbc/web in "
                + "blMergedDataSources, which holds only jdbc/secure, jdbc/storage, jdbc/store: register it in the store's "
                + "application context with <entry key=\"jdbc/web\" value-ref=\"(the store's data source)\"/> in the map "
                + "bean blMergedDataSources (the data source blPU uses).");
    }

    @Test
    void anUnreachableDatabaseStopsTheStartNamingJdbcWeb() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Map<String, String> settings = postgres();
        settings.put("store.db.url", "jdbc:postgresql://127.0.0.1:" + closedPort + "/store");

        assertThat(refusal(settings, null)).isEqualTo(MODULE + " cannot reach the database behind jdbc/web "
                + "(ConnectException: Connection refused); check the store's JDBC URL, user and password, and that the "
                + "database is running.");
    }

    @Test
    void aDatabaseThatIsNotPostgresqlStopsTheStartAndIsLeftUntouched() throws Exception {
        Map<String, String> settings = new TreeMap<String, String>();
        settings.put("store.db.driver", "org.hsqldb.jdbcDriver");
        settings.put("store.db.url", "jdbc:hsqldb:mem:store");
        settings.put("store.db.user", "SA");
        settings.put("store.db.password", "");

        assertThat(refusal(settings, null)).startsWith(MODULE + " needs PostgreSQL; jdbc/web points at HSQL Database Engine");
        try (Connection hsqldb = DriverManager.getConnection("jdbc:hsqldb:mem:store", "SA", "");
             Statement statement = hsqldb.createStatement();
             ResultSet tables = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                     + "WHERE TABLE_SCHEMA = 'PUBLIC'")) {
            tables.next();
            assertThat(tables.getInt(1)).as("tables created in the wrong database").isZero();
        }
    }

    /** Starts the site, which must fail; returns the module's sentence from the failure. */
    private static String refusal(Map<String, String> settings, String overrideDescriptor) {
        try (StoreSite site = StoreSite.start(work, settings, overrideDescriptor)) {
            fail("the site started although the module's database is wrong");
            return null;
        } catch (Exception e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof IllegalStateException && cause.getMessage() != null
                        && cause.getMessage().startsWith(MODULE)) {
                    return cause.getMessage();
                }
                for (Throwable suppressed : cause.getSuppressed()) {
                    for (Throwable inner = suppressed; inner != null; inner = inner.getCause()) {
                        if (inner instanceof IllegalStateException && inner.getMessage() != null
                                && inner.getMessage().startsWith(MODULE)) {
                            return inner.getMessage();
                        }
                    }
                }
            }
            throw new AssertionError("the site failed without the module's sentence", e);
        }
    }
}
