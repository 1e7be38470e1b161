package com.coopromo.demo;

import com.coopromo.infra.host.CoreHostContext;
import com.coopromo.infra.host.EmbeddedServices;
import com.coopromo.search.HubRebuildReport;
import com.coopromo.search.HubSearch;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.Locale;

/**
 * Rebuilds the themed hub's search index of a store's data from the command line ({@code ./demo.sh
 * --rebuild-hub-index [--data-dir=... | --db-url=... --search-url=...]}), printing its progress. The store may keep
 * answering hub queries meanwhile (they read the previous index version until the alias moves); with the embedded
 * database and search node the demo store itself must be stopped, since they hold the data folder.
 */
public final class HubIndexRebuild {
    private HubIndexRebuild() {
    }

    public static void main(String[] args) {
        DemoStoreOptions options;
        try {
            options = DemoStoreOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        if (System.getProperty("coop.demo.log.file") == null) {
            System.setProperty("coop.demo.log.file", options.dataDir().resolve("demo-store.log").toString());
        }
        EmbeddedServices.Options serviceOptions = new EmbeddedServices.Options(options.dataDir)
                .searchPort(options.searchPort)
                .property("coop.hub.rebuild-on-start", "false")
                .property("coop.campaign.clock-enabled", "false")
                .property("coop.governance.escalation-enabled", "false");
        if (options.dbUrl != null) {
            serviceOptions.externalDatabase(options.dbUrl, options.dbUser, options.dbPassword);
        }
        if (options.searchUrl != null) {
            serviceOptions.externalSearch(options.searchUrl, options.searchApiKey);
        }
        int status = 0;
        System.out.println("Starting database and search (data in " + options.dataDir.toAbsolutePath() + ") ...");
        try (EmbeddedServices services = EmbeddedServices.start(serviceOptions);
             ConfigurableApplicationContext context = CoreHostContext.boot()) {
            HubSearch hub = context.getBean("coopHubSearch", HubSearch.class);
            HubRebuildReport report = hub.rebuild((done, total, perSecond) -> System.out.printf(Locale.ROOT,
                    "\r  %d/%d listings (%.0f/s)", done, total, perSecond));
            System.out.println();
            System.out.println("Hub index rebuilt: " + report);
        } catch (RuntimeException e) {
            System.err.println();
            System.err.println("The hub index was not rebuilt: " + StartupFailure.explain(e));
            status = 1;
        }
        System.exit(status);
    }
}
