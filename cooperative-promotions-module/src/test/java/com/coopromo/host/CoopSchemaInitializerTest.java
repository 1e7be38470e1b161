package com.coopromo.host;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CoopSchemaInitializerTest {

    @Test
    void createAndCreateDropAreRefusedBecauseTheyWouldDropLiquibaseTables() {
        assertThatThrownBy(() -> CoopSchemaInitializer.requireSchemaFriendlyHbm2ddl("create-drop"))
                .hasMessageContaining("blPU.hibernate.hbm2ddl.auto=create-drop")
                .hasMessageContaining("use update, validate or none");
        assertThatThrownBy(() -> CoopSchemaInitializer.requireSchemaFriendlyHbm2ddl(" CREATE "))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void updateValidateNoneAndUnsetAreFine() {
        for (String ok : new String[]{"update", "validate", "none", null, "${blPU.hibernate.hbm2ddl.auto}"}) {
            assertThatCode(() -> CoopSchemaInitializer.requireSchemaFriendlyHbm2ddl(ok)).doesNotThrowAnyException();
        }
    }

    @Test
    void aStoreWithoutJdbcWebIsToldWhatItHasAndHowToRegisterIt() {
        Map<String, Object> merged = new LinkedHashMap<String, Object>();
        merged.put("jdbc/store", new DriverManagerDataSource());
        merged.put("jdbc/secure", new DriverManagerDataSource());

        assertThatThrownBy(() -> CoopSchemaInitializer.registeredDataSource(merged, "jdbc/web"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The cooperative promotions module needs the store's database as jdbc/web in blMergedDataSources, "
                        + "which holds only jdbc/secure, jdbc/store: register it in the store's application context with "
                        + "<entry key=\"jdbc/web\" value-ref=\"(the store's data source)\"/> in the map bean "
                        + "blMergedDataSources (the data source blPU uses).");
        assertThatThrownBy(() -> CoopSchemaInitializer.registeredDataSource(null, "jdbc/web"))
                .hasMessageStartingWith("The cooperative promotions module needs the store's database as jdbc/web, but the "
                        + "store defines no blMergedDataSources: register it");
    }

    @Test
    void theRegisteredDataSourceIsTheOneUsed() {
        DataSource web = new DriverManagerDataSource();
        Map<String, Object> merged = new LinkedHashMap<String, Object>();
        merged.put("jdbc/web", web);

        assertThat(CoopSchemaInitializer.registeredDataSource(merged, "jdbc/web")).isSameAs(web);
    }

    @Test
    void anUnreachableDatabaseStopsTheStartNamingJdbcWeb() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        DataSource nowhere = new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:" + closedPort + "/store", "store", "x");

        assertThatThrownBy(() -> CoopSchemaInitializer.requirePostgreSql(nowhere, "jdbc/web"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The cooperative promotions module cannot reach the database behind jdbc/web "
                        + "(ConnectException: Connection refused); check the store's JDBC URL, user and password, and that "
                        + "the database is running.");
    }

    @Test
    void aLibraryOlderThanTheModuleNeedsIsNamedWithTheVersionFoundAndTheFix() {
        assertThatThrownBy(() -> LibraryCheck.require("commons-io", "org.apache.commons.io.IOUtils",
                "org.apache.commons.io.NoSuchClassInAnyVersion", "9.0"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The cooperative promotions module needs commons-io 9.0 or newer, but the store runs commons-io "
                        + "2.18.0: import com.coopromo:coop-bom in the store's dependencyManagement ahead of Broadleaf's "
                        + "POM (README, \"Installing the module\").");
        assertThatCode(LibraryCheck::requireLibraries).as("this build's own libraries").doesNotThrowAnyException();
    }
}
