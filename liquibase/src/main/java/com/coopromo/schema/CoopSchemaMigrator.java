package com.coopromo.schema;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies the module's Liquibase changelog, which owns every {@code COOP_*} table.
 *
 * <p>Its bookkeeping lives in {@code COOP_DATABASECHANGELOG}/{@code COOP_DATABASECHANGELOGLOCK}, so a store that runs
 * Liquibase for its own tables keeps its history apart from the module's. Plain Java: the host wiring calls it before
 * any entity manager starts.
 */
public final class CoopSchemaMigrator {

    public static final String CHANGELOG = "db/coop/changelog-master.xml";
    public static final String CHANGELOG_TABLE = "COOP_DATABASECHANGELOG";
    public static final String CHANGELOG_LOCK_TABLE = "COOP_DATABASECHANGELOGLOCK";

    private static final Logger LOG = LoggerFactory.getLogger(CoopSchemaMigrator.class);

    /**
     * Liquibase reports each changeset at INFO through java.util.logging; keep start-up quiet unless asked. Held in a
     * static field: java.util.logging keeps loggers only weakly, and a collected logger forgets its level.
     */
    private static final java.util.logging.Logger LIQUIBASE_LOG = java.util.logging.Logger.getLogger("liquibase");

    static {
        if (LIQUIBASE_LOG.getLevel() == null) {
            LIQUIBASE_LOG.setLevel(java.util.logging.Level.WARNING);
        }
    }

    private final DataSource dataSource;

    public CoopSchemaMigrator(DataSource dataSource) {
        if (dataSource == null) {
            throw new IllegalArgumentException("dataSource is required");
        }
        this.dataSource = dataSource;
    }

    /** Applies every pending changeset; returns how many ran. */
    public int migrate() {
        return withLiquibase(liquibase -> {
            int pending = liquibase.listUnrunChangeSets(new Contexts(), new LabelExpression()).size();
            if (pending > 0) {
                liquibase.update(new Contexts(), new LabelExpression());
                LOG.info("Cooperative promotions schema: applied " + pending + " changeset(s)");
            }
            return pending;
        });
    }

    /** Ids of changesets not yet applied to this database. */
    public List<String> pendingChangeSets() {
        return withLiquibase(liquibase -> {
            List<String> ids = new ArrayList<String>();
            for (ChangeSet changeSet : liquibase.listUnrunChangeSets(new Contexts(), new LabelExpression())) {
                ids.add(changeSet.getId());
            }
            return ids;
        });
    }

    private interface LiquibaseWork<T> {
        T run(Liquibase liquibase) throws Exception;
    }

    private <T> T withLiquibase(LiquibaseWork<T> work) {
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException e) {
            throw new SchemaMigrationException("Cannot connect to the database to apply the cooperative promotions "
                    + "schema: " + rootMessage(e) + ". Check the JDBC URL, user and password of the store's data source.", e);
        }
        try {
            Map<String, Object> scope = new HashMap<String, Object>();
            scope.put(Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(CoopSchemaMigrator.class.getClassLoader()));
            scope.put(Scope.Attr.ui.name(), new LoggerUIService());
            scope.put("liquibase.analytics.enabled", Boolean.FALSE);
            scope.put("liquibase.showBanner", Boolean.FALSE);
            // the update summary goes to the log (quiet by default), not to the console
            scope.put("liquibase.command.showSummaryOutput", "LOG");
            return Scope.child(scope, () -> {
                Database database = DatabaseFactory.getInstance()
                        .findCorrectDatabaseImplementation(new JdbcConnection(connection));
                database.setDatabaseChangeLogTableName(CHANGELOG_TABLE);
                database.setDatabaseChangeLogLockTableName(CHANGELOG_LOCK_TABLE);
                Liquibase liquibase = new Liquibase(CHANGELOG, Scope.getCurrentScope().getResourceAccessor(), database);
                return work.run(liquibase);
            });
        } catch (SchemaMigrationException e) {
            throw e;
        } catch (Exception e) {
            throw new SchemaMigrationException("Applying the cooperative promotions schema (" + CHANGELOG + ") failed: "
                    + rootMessage(e), e);
        } finally {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the connection is returned to its pool or already gone; nothing to undo
            }
        }
    }

    static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
