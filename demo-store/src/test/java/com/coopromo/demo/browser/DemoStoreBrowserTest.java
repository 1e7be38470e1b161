package com.coopromo.demo.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole demo store (real Broadleaf site + admin in Jetty, embedded PostgreSQL, Elasticsearch node, seeded
 * marketplace) driven by real headless Chromium.
 */
class DemoStoreBrowserTest extends StoreBrowserTestBase {
    @Test
    void storefrontHomeListsProductsWithTheirSellers() {
        browser.get(store.baseUrl() + "/");

        assertThat(browser.getTitle()).isEqualTo("Cooperative Marketplace");
        assertThat(browser.findElement(By.cssSelector(".seller-count")).getText()).startsWith("24 sellers");
        List<WebElement> products = browser.findElements(By.cssSelector("li.product"));
        assertThat(products).hasSizeGreaterThanOrEqualTo(24);
        assertThat(products.get(0).findElement(By.cssSelector(".price")).getText()).matches("\\$\\d+\\.\\d{2}");
        assertThat(browser.findElements(By.cssSelector(".seller"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("nav.departments a"))).hasSizeGreaterThanOrEqualTo(11);

        browser.findElement(By.linkText("Outdoor")).click();
        assertThat(browser.findElement(By.tagName("h2")).getText()).isEqualTo("Outdoor");
        assertThat(browser.findElements(By.cssSelector("li.product"))).isNotEmpty();
    }

    @Test
    void adminSignsInAndShowsTheOffersList() {
        Browser.openAdminSignIn(browser, store.baseUrl());
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys("admin");
        browser.findElement(By.cssSelector("input[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

        browser.get(store.baseUrl() + "/admin/offer");
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.list-grid-table")));
        assertThat(browser.getPageSource()).contains("Offer");
        assertThat(browser.findElements(By.cssSelector("table.list-grid-table th"))).isNotEmpty();
    }

    @Test
    void wrongAdminPasswordIsRefused() {
        Browser.openAdminSignIn(browser, store.baseUrl());
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys("not-the-password");
        browser.findElement(By.cssSelector("input[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("login_error"));
        assertThat(browser.findElement(By.cssSelector(".alert-box")).isDisplayed()).isTrue();
    }
}
