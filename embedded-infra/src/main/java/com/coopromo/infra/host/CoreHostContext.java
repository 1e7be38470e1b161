package com.coopromo.infra.host;

import org.broadleafcommerce.common.extensibility.context.MergeClassPathXMLApplicationContext;
import org.broadleafcommerce.common.extensibility.context.StandardConfigLocations;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Boots Broadleaf's core (non-web) application context the way the host merges its own: Broadleaf's standard
 * context files, then the module's and the embedded store's patches. Used by tests, seeding and benchmarks.
 */
public final class CoreHostContext {
    public static final String MODULE_CONTEXT = "bl-coop-applicationContext.xml";
    public static final String EMBEDDED_HOST_CONTEXT = "coop-embedded-host-applicationContext.xml";

    private CoreHostContext() {
    }

    /** Requires {@link EmbeddedServices} (or an equivalent override file) to be in place. */
    public static ConfigurableApplicationContext boot(String... extraPatchLocations) {
        List<String> patches = new ArrayList<String>();
        patches.add(MODULE_CONTEXT);
        patches.add(EMBEDDED_HOST_CONTEXT);
        patches.addAll(Arrays.asList(extraPatchLocations));
        try {
            String[] sources = StandardConfigLocations.retrieveAll(StandardConfigLocations.TESTCONTEXTTYPE);
            return new MergeClassPathXMLApplicationContext(sources, patches.toArray(new String[patches.size()]));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read Broadleaf's standard context list", e);
        }
    }
}
