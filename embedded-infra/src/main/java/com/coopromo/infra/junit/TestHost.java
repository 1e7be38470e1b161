package com.coopromo.infra.junit;

import com.coopromo.infra.host.CoreHostContext;
import com.coopromo.infra.host.EmbeddedServices;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One real Broadleaf host per test JVM: a fresh embedded PostgreSQL with the module's Liquibase schema, a real
 * Elasticsearch node in its own JVM, and the merged core context. Started on first use, stopped when the JVM's test
 * run ends. Spring-test 3.2 has no JUnit 5 support, hence this holder.
 */
public final class TestHost {
    /** System property naming extra context files for the test host. */
    public static final String PATCHES = "coop.test-host.patches";
    private static TestHost instance;

    private final EmbeddedServices services;
    private final ConfigurableApplicationContext context;

    private TestHost(EmbeddedServices services, ConfigurableApplicationContext context) {
        this.services = services;
        this.context = context;
    }

    public static synchronized TestHost get() {
        if (instance == null) {
            Path work;
            try {
                work = Files.createTempDirectory("coop-test-host");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            EmbeddedServices services = EmbeddedServices.startForTests(work);
            try {
                instance = new TestHost(services, CoreHostContext.boot(extraPatches()));
            } catch (RuntimeException e) {
                services.close();
                throw e;
            }
        }
        return instance;
    }

    /**
     * Context files a test JVM adds to the core context (system property {@value #PATCHES}, comma-separated), e.g.
     * the module's admin context for tests of the admin's row-level security.
     */
    private static String[] extraPatches() {
        String patches = System.getProperty(PATCHES, "").trim();
        return patches.isEmpty() ? new String[0] : patches.split("\\s*,\\s*");
    }

    static synchronized void stop() {
        if (instance != null) {
            try {
                instance.context.close();
            } finally {
                instance.services.close();
                instance = null;
            }
        }
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    public EmbeddedServices services() {
        return services;
    }

    public <T> T bean(String name, Class<T> type) {
        return context.getBean(name, type);
    }

    /** Runs the work in one transaction of the host's {@code blTransactionManager}, committing at the end. */
    public <T> T inTransaction(TransactionCallback<T> work) {
        return new TransactionTemplate(context.getBean("blTransactionManager", PlatformTransactionManager.class)).execute(work);
    }
}
