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
import java.util.Arrays;

/**
 * One real Broadleaf host per test JVM: a fresh embedded PostgreSQL with the module's Liquibase schema, a real
 * Elasticsearch node in its own JVM, and the merged core context. Started on first use, stopped when the JVM's test
 * run ends. Spring-test 3.2 has no JUnit 5 support, hence this holder.
 */
public final class TestHost {
    /** System property naming extra context files for the test host. */
    public static final String PATCHES = "coop.test-host.patches";
    private static TestHost instance;
    private static TestHost second;

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

    /**
     * A second store node: another core context in this JVM on the same database and search node as {@link #get()},
     * with its own module caches, jobs and change listener, as a second server of the same store has. Started on
     * first use and stopped with the first at the end of the run (Broadleaf's cache manager is one per JVM, so a node
     * stopped earlier would take the first node's caches with it). Broadleaf's own caches (ehcache, Hibernate's
     * second-level cache) are JVM-wide and so shared by both nodes here; the module's are not.
     */
    public static synchronized TestHost secondNode() {
        if (second == null) {
            TestHost first = get();
            String[] patches = extraPatches();
            String[] withSecondNode = Arrays.copyOf(patches, patches.length + 1);
            withSecondNode[patches.length] = "coop-second-node-applicationContext.xml";
            second = new TestHost(first.services, CoreHostContext.boot(withSecondNode));
        }
        return second;
    }

    static synchronized void stop() {
        if (second != null) {
            try {
                second.context.close();
            } finally {
                second = null;
            }
        }
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
