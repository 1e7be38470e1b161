package com.coopromo.demo.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;

/** Real headless Chromium (Debian's chromium + chromium-driver, installed by .ci/run). */
final class Browser {
    static final String CHROMIUM = System.getProperty("coop.test.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("coop.test.chromedriver", "/usr/bin/chromedriver");

    private Browser() {
    }

    static WebDriver start() {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("Browser tests need Chromium and its driver at " + CHROMIUM + " and "
                    + CHROMEDRIVER + ": apt-get install -y chromium chromium-driver (or set -Dcoop.test.chromium / -Dcoop.test.chromedriver)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        try {
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--no-first-run",
                    "--disable-sync", "--disable-quic", "--window-size=1280,1000",
                    "--user-data-dir=" + Files.createTempDirectory("coop-chromium"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /**
     * Opens the admin's sign-in page and waits for its form. On a fresh browser's first navigation, Chromium now and
     * then hands control back before the page is parsed (the page itself is complete: what it read a moment later was
     * the whole sign-in form), so the form is waited for instead of looked up once; a page that never shows it fails
     * with what it reads.
     */
    static void openAdminSignIn(WebDriver browser, String baseUrl) {
        browser.get(baseUrl + "/admin/login");
        try {
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(
                    ExpectedConditions.presenceOfElementLocated(By.id("username")));
        } catch (TimeoutException e) {
            throw new AssertionError("no sign-in form at " + browser.getCurrentUrl() + "; the page reads:\n"
                    + browser.findElement(By.tagName("body")).getText(), e);
        }
    }
}
