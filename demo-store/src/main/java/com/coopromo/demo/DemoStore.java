package com.coopromo.demo;

import com.coopromo.seller.service.SellerService;

/**
 * {@code ./demo.sh}: starts the demo store and keeps it running until Ctrl-C, which stops everything it started.
 */
public final class DemoStore {
    private DemoStore() {
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
        final DemoStoreServer store = new DemoStoreServer(options, System.out);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping the demo store ...");
            store.close();
        }, "coop-demo-shutdown"));
        try {
            store.start();
        } catch (Exception e) {
            System.err.println("The demo store could not start: " + StartupFailure.explain(e));
            System.err.println("(details in " + options.dataDir().toAbsolutePath().resolve("demo-store.log") + ")");
            System.exit(1);
            return;
        }
        String base = store.baseUrl();
        System.out.println();
        System.out.println("  Storefront  " + base + "/");
        System.out.println("  Admin       " + base + DemoStoreServer.ADMIN_PATH + "/   (login: admin / admin)");
        System.out.println("  Search      " + store.services().property("coop.search.url"));
        System.out.println("  Database    " + store.services().property("coop.db.url"));
        System.out.println();
        System.out.println("Press Ctrl-C to stop.");
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
