package com.coopromo.host;

import com.coopromo.schema.CoopSchemaMigrator;
import org.springframework.beans.factory.InitializingBean;

import javax.sql.DataSource;
import java.util.Locale;

/**
 * Brings the {@code COOP_*} tables up to date with Liquibase when the host context starts. Every entity manager
 * factory waits for this bean ({@link EntityManagersAfterCoopSchema}), so Hibernate never meets a missing table.
 */
public class CoopSchemaInitializer implements InitializingBean {
    private final DataSource dataSource;
    private final String hbm2ddlAuto;
    private int appliedChangeSets;

    /**
     * @param dataSource  the host's {@code jdbc/web} data source (the one {@code blPU} uses)
     * @param hbm2ddlAuto the host's {@code blPU.hibernate.hbm2ddl.auto} setting, checked before anything runs
     */
    public CoopSchemaInitializer(DataSource dataSource, String hbm2ddlAuto) {
        this.dataSource = dataSource;
        this.hbm2ddlAuto = hbm2ddlAuto;
    }

    @Override
    public void afterPropertiesSet() {
        requireSchemaFriendlyHbm2ddl(hbm2ddlAuto);
        appliedChangeSets = new CoopSchemaMigrator(dataSource).migrate();
    }

    public int appliedChangeSets() {
        return appliedChangeSets;
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
}
