package com.coopromo.demo.browser;

import com.coopromo.demo.DemoStoreOptions;
import com.coopromo.demo.DemoStoreServer;
import com.coopromo.infra.Ports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;

import java.nio.file.Files;

/**
 * For storefront browser tests: the whole demo store (real Broadleaf site + admin in Jetty, embedded PostgreSQL,
 * Elasticsearch node, seeded marketplace) started once per test class in a throw-away data folder, and a fresh
 * headless Chromium for every test.
 */
abstract class StoreBrowserTestBase {
    static DemoStoreServer store;
    WebDriver browser;

    @BeforeAll
    static void startStore() throws Exception {
        DemoStoreOptions options = DemoStoreOptions.parse(new String[0])
                .port(Ports.freePort())
                .dataDir(Files.createTempDirectory("coop-store-browser"));
        store = new DemoStoreServer(options, System.out).start();
    }

    @AfterAll
    static void stopStore() {
        if (store != null) {
            store.close();
            store = null;
        }
    }

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }
}
