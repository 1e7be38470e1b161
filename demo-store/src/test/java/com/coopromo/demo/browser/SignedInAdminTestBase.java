package com.coopromo.demo.browser;

import com.coopromo.demo.DemoStoreOptions;
import com.coopromo.demo.DemoStoreServer;
import com.coopromo.infra.Ports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * For admin browser tests: the whole demo store started once per test class in a throw-away data folder, and a
 * fresh headless Chromium signed in as the demo admin for every test.
 */
abstract class SignedInAdminTestBase {
    static final Duration WAIT = Duration.ofSeconds(30);

    static Path dataDir;
    static DemoStoreServer store;
    WebDriver browser;

    @BeforeAll
    static void startStore() throws Exception {
        dataDir = Files.createTempDirectory("coop-admin-browser");
        DemoStoreOptions options = DemoStoreOptions.parse(new String[0])
                .port(Ports.freePort())
                .dataDir(dataDir);
        store = new DemoStoreServer(options, System.out).start();
    }

    @AfterAll
    static void stopStore() throws IOException {
        if (store != null) {
            store.close();
            store = null;
        }
        if (dataDir != null) {
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
            dataDir = null;
        }
    }

    @BeforeEach
    void openBrowserAndSignIn() {
        browser = Browser.start();
        signIn("admin", "admin");
    }

    /** Signs in to the admin as this user (signing out whoever was signed in). */
    void signIn(String login, String password) {
        browser.manage().deleteAllCookies();
        Browser.openAdminSignIn(browser, store.baseUrl());
        browser.findElement(By.id("username")).sendKeys(login);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("input[type=submit]")).click();
        waitUntil(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Opens a section of the admin's "Cooperative Promotions" group from the left navigation. */
    void openSection(String section) {
        WebElement group = browser.findElements(By.cssSelector("#sideMenu li.blc-module")).stream()
                .filter(module -> module.findElement(By.tagName("h5")).getText().trim().equals("Cooperative Promotions"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no 'Cooperative Promotions' in the admin's left navigation: "
                        + browser.findElement(By.id("sideMenu")).getText()));
        List<WebElement> shown = group.findElements(By.linkText(section));
        if (shown.isEmpty() || !shown.get(0).isDisplayed()) {
            // the group is folded unless one of its sections is open
            group.findElement(By.cssSelector(".title")).click();
        }
        // the link only has its text once the group has unfolded: look for it again on every poll
        WebElement link = waitUntil(new ExpectedCondition<WebElement>() {
            @Override
            public WebElement apply(WebDriver driver) {
                List<WebElement> found = group.findElements(By.linkText(section));
                return !found.isEmpty() && found.get(0).isDisplayed() ? found.get(0) : null;
            }
        });
        link.click();
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.main")));
    }

    /**
     * Waits until the element has left the page (the browser moved on). While a page is being replaced Chromium may
     * answer with a generic "node does not belong to the document" error rather than a stale-element one; both mean gone.
     */
    void waitUntilStale(final WebElement element) {
        waitUntil(new ExpectedCondition<Boolean>() {
            @Override
            public Boolean apply(WebDriver driver) {
                try {
                    element.isEnabled();
                    return false;
                } catch (org.openqa.selenium.WebDriverException gone) {
                    return true;
                }
            }
        });
    }

    <T> T waitUntil(ExpectedCondition<T> condition) {
        try {
            return new WebDriverWait(browser, WAIT).until(condition);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("gave up waiting at " + browser.getCurrentUrl() + "; the page reads:\n"
                    + browser.findElement(By.tagName("body")).getText(), e);
        }
    }
}
