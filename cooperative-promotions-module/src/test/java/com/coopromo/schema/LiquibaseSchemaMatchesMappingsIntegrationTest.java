package com.coopromo.schema;

import com.coopromo.infra.db.EmbeddedDatabase;
import com.coopromo.infra.junit.CoopHostExtension;
import com.coopromo.infra.junit.TestHost;
import org.hibernate.cfg.Configuration;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.PostgreSQL82Dialect;
import org.hibernate.tool.hbm2ddl.DatabaseMetadata;
import org.hibernate.tool.hbm2ddl.SchemaValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.ds.PGSimpleDataSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.persistence.Table;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tables Liquibase builds are exactly what Hibernate maps: on a database built only by the changelog,
 * Hibernate's validation passes for every entity of the module and Hibernate's own "update" would change nothing.
 */
@ExtendWith(CoopHostExtension.class)
class LiquibaseSchemaMatchesMappingsIntegrationTest {

    private static String url;
    private static List<Class<?>> entities;

    @BeforeAll
    static void buildDatabaseWithLiquibaseOnly(TestHost host) throws Exception {
        EmbeddedDatabase server = host.services().database();
        url = server.createDatabase("liquibase_only_" + System.nanoTime());
        CoopSchemaMigrator migrator = new CoopSchemaMigrator(dataSource());
        assertThat(migrator.migrate()).isPositive();
        entities = moduleEntities();
    }

    @Test
    void everyModuleEntityLivesInACoopTable() {
        assertThat(entities).isNotEmpty();
        for (Class<?> entity : entities) {
            assertThat(entity.getAnnotation(Table.class).name()).as(entity.getName()).startsWith("COOP_");
        }
    }

    @Test
    void hibernateValidationPassesAgainstTheLiquibaseSchema() {
        new SchemaValidator(mappings()).validate();
    }

    @Test
    void hibernateUpdateWouldChangeNothing() throws Exception {
        Configuration cfg = mappings();
        Dialect dialect = new PostgreSQL82Dialect();
        try (Connection connection = dataSource().getConnection()) {
            String[] script = cfg.generateSchemaUpdateScript(dialect, new DatabaseMetadata(connection, dialect));
            assertThat(script).as("DDL Hibernate would run on top of the Liquibase schema").isEmpty();
        }
    }

    @Test
    void runningTheChangelogAgainChangesNothing() {
        CoopSchemaMigrator migrator = new CoopSchemaMigrator(dataSource());
        assertThat(migrator.migrate()).isZero();
        assertThat(migrator.pendingChangeSets()).isEmpty();
    }

    private static Configuration mappings() {
        Configuration cfg = new Configuration();
        for (Class<?> entity : entities) {
            cfg.addAnnotatedClass(entity);
        }
        cfg.setProperty("hibernate.dialect", PostgreSQL82Dialect.class.getName());
        cfg.setProperty("hibernate.connection.url", url);
        cfg.setProperty("hibernate.connection.username", EmbeddedDatabase.USER);
        cfg.setProperty("hibernate.connection.password", EmbeddedDatabase.PASSWORD);
        cfg.buildMappings();
        return cfg;
    }

    private static PGSimpleDataSource dataSource() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(url);
        ds.setUser(EmbeddedDatabase.USER);
        ds.setPassword(EmbeddedDatabase.PASSWORD);
        return ds;
    }

    /** The classes the module adds to blPU, read from its persistence XML so a new entity is covered automatically. */
    private static List<Class<?>> moduleEntities() throws Exception {
        List<Class<?>> classes = new ArrayList<Class<?>>();
        try (InputStream in = LiquibaseSchemaMatchesMappingsIntegrationTest.class.getResourceAsStream("/META-INF/persistence-coop.xml")) {
            Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
            NodeList names = xml.getElementsByTagName("class");
            for (int i = 0; i < names.getLength(); i++) {
                classes.add(Class.forName(names.item(i).getTextContent().trim()));
            }
        }
        return classes;
    }
}
