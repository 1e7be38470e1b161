package com.coopromo.host;

import com.coopromo.schema.CoopSchemaMigrator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.InitializingBean;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Brings the {@code COOP_*} tables up to date with Liquibase when the host context starts. Every entity manager
 * factory waits for this bean ({@link EntityManagersAfterCoopSchema}), so Hibernate never meets a missing table.
 * <p>
 * It is also the module's start-up check of the store: before anything else touches the database it stops the start
 * with one sentence when the {@code blPU.hibernate.hbm2ddl.auto} setting would drop the module's tables, when the
 * libraries the module needs are older than it was built with ({@link LibraryCheck}), when {@code jdbc/web} is not
 * registered in {@code blMergedDataSources}, when that database cannot be reached, and when it is not PostgreSQL.
 */
public class CoopSchemaInitializer implements InitializingBean, BeanFactoryAware {
    /** The bean a Broadleaf store registers its data sources in, by JNDI-style name. */
    public static final String MERGED_DATA_SOURCES = "blMergedDataSources";

    private static final Logger LOG = LoggerFactory.getLogger(CoopSchemaInitializer.class);

    private final String dataSourceName;
    private final String hbm2ddlAuto;
    private BeanFactory beanFactory;
    private int appliedChangeSets;

    /**
     * @param dataSourceName the name the store registers its main data source under in {@code blMergedDataSources}
     *                       ({@code jdbc/web}, the one {@code blPU} uses)
     * @param hbm2ddlAuto    the host's {@code blPU.hibernate.hbm2ddl.auto} setting, checked before anything runs
     */
    public CoopSchemaInitializer(String dataSourceName, String hbm2ddlAuto) {
        this.dataSourceName = dataSourceName;
        this.hbm2ddlAuto = hbm2ddlAuto;
    }

    @Override
    public void setBeanFactory(BeanFactory beanFactory) throws BeansException {
        this.beanFactory = beanFactory;
    }

    @Override
    public void afterPropertiesSet() {
        try {
            requireSchemaFriendlyHbm2ddl(hbm2ddlAuto);
            LibraryCheck.requireLibraries();
            DataSource dataSource = registeredDataSource(mergedDataSources(), dataSourceName);
            requirePostgreSql(dataSource, dataSourceName);
            appliedChangeSets = new CoopSchemaMigrator(dataSource).migrate();
        } catch (IllegalStateException e) {
            // the one line an operator reads first; Spring's own report of the failed start follows
            LOG.error(e.getMessage());
            throw e;
        }
    }

    public int appliedChangeSets() {
        return appliedChangeSets;
    }

    private Map<?, ?> mergedDataSources() {
        if (beanFactory == null || !beanFactory.containsBean(MERGED_DATA_SOURCES)) {
            return null;
        }
        return beanFactory.getBean(MERGED_DATA_SOURCES, Map.class);
    }

    /** "create" and "create-drop" would let Hibernate drop and rebuild the tables Liquibase owns. */
    static void requireSchemaFriendlyHbm2ddl(String value) {
        if (value == null || value.startsWith("${")) {
            return;
        }
        String mode = value.trim().toLowerCase(Locale.ROOT);
        if (mode.equals("create") || mode.equals("create-drop")) {
            throw new IllegalStateException("blPU.hibernate.hbm2ddl.auto=" + value + " would drop and recreate the "
                    + "COOP_* tables that the cooperative promotions changelog owns; use update, validate or none.");
        }
    }

    /**
     * The data source registered under {@code name} in the store's {@code blMergedDataSources} (null when the store
     * defines none).
     *
     * @throws IllegalStateException naming the data source and how to register it
     */
    static DataSource registeredDataSource(Map<?, ?> merged, String name) {
        String register = "register it in the store's application context with <entry key=\"" + name
                + "\" value-ref=\"(the store's data source)\"/> in the map bean " + MERGED_DATA_SOURCES
                + " (the data source blPU uses).";
        if (merged == null) {
            throw new IllegalStateException("The cooperative promotions module needs the store's database as " + name
                    + ", but the store defines no " + MERGED_DATA_SOURCES + ": " + register);
        }
        Object value = merged.get(name);
        if (!(value instanceof DataSource)) {
            List<String> names = new ArrayList<String>();
            for (Object key : merged.keySet()) {
                names.add(String.valueOf(key));
            }
            Collections.sort(names);
            throw new IllegalStateException("The cooperative promotions module needs the store's database as " + name
                    + " in " + MERGED_DATA_SOURCES + ", which " + (names.isEmpty() ? "is empty"
                    : "holds only " + String.join(", ", names)) + ": " + register);
        }
        return (DataSource) value;
    }

    /**
     * @throws IllegalStateException when the database cannot be reached, or is not PostgreSQL (the product it is named)
     */
    static void requirePostgreSql(DataSource dataSource, String name) {
        String product;
        String version;
        try (Connection connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
            version = connection.getMetaData().getDatabaseProductVersion();
        } catch (SQLException | RuntimeException e) {
            throw new IllegalStateException("The cooperative promotions module cannot reach the database behind " + name
                    + " (" + rootMessage(e) + "); check the store's JDBC URL, user and password, and that the database "
                    + "is running.", e);
        }
        if (product == null || !product.trim().equalsIgnoreCase("PostgreSQL")) {
            throw new IllegalStateException("The cooperative promotions module needs PostgreSQL; " + name
                    + " points at " + product + (version == null || version.trim().isEmpty() ? "" : " " + version.trim()) + ".");
        }
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        if (message == null || message.trim().isEmpty()) {
            return root.getClass().getSimpleName();
        }
        // "Connection refused" or a bare host name says more with its kind: ConnectException, UnknownHostException
        return root instanceof java.io.IOException ? root.getClass().getSimpleName() + ": " + message.trim() : message.trim();
    }
}
