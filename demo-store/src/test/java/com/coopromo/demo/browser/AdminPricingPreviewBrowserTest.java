package com.coopromo.demo.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Pricing preview section in the whole demo store, driven by real headless Chromium: a Sku enrolled in the seeded
 * live campaign is priced the day before the campaign starts (not live, and why), then at its start (the campaign's
 * discount), and a bad quantity is refused next to its field. Nothing the preview does is saved.
 */
class AdminPricingPreviewBrowserTest extends SignedInAdminTestBase {
    /** The form's date-time format (CoopPricingPreviewAdminController.AT_FORMAT). */
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** The seeded live campaign (DemoCampaignSeeder). */
    private static final String LIVE_CAMPAIGN_SLUG = "back-to-school";

    @Test
    void aSkuOfTheLiveCampaignIsNotLiveBeforeItsStartDiscountedAtItAndABadQuantityIsRefused() throws Exception {
        long skuId = enrolledSkuOf(LIVE_CAMPAIGN_SLUG);
        String campaignName = text("SELECT NAME FROM COOP_CAMPAIGN WHERE SLUG = ?", LIVE_CAMPAIGN_SLUG);
        long ordersBefore = count("BLC_ORDER");

        openSection("Pricing preview");
        assertThat(browser.getCurrentUrl()).endsWith("/admin/coop-pricing-preview");
        assertThat(browser.findElement(By.id("coop-preview-at")).getAttribute("value")).as("now, prefilled").isNotEmpty();

        // the day before the campaign starts, in the campaign's own zone (taken from the page's campaign shortcuts)
        WebElement campaign = chooseCampaign(campaignName);
        LocalDateTime start = LocalDateTime.parse(campaign.getAttribute("data-start"), AT);
        fill(0, Long.toString(skuId), "2");
        replace(By.id("coop-preview-at"), start.minusDays(1).format(AT));
        replace(By.id("coop-preview-zone"), campaign.getAttribute("data-zone"));
        submit();

        WebElement line = lineOf(skuId);
        assertThat(cell(line, ".coop-preview-outcome")).isEqualTo("Campaign not live");
        assertThat(cell(line, ".coop-preview-explanation")).contains(campaignName, "before it starts");
        assertThat(cell(line, ".coop-preview-campaign-discount")).isEqualTo("0.00");

        // at its start, through the shortcut
        chooseCampaign(campaignName);
        browser.findElement(By.cssSelector("button.coop-at-start")).click();
        assertThat(browser.findElement(By.id("coop-preview-at")).getAttribute("value")).isEqualTo(start.format(AT));
        submit();

        line = lineOf(skuId);
        assertThat(cell(line, ".coop-preview-outcome")).startsWith("Applied");
        assertThat(cell(line, ".coop-preview-explanation")).contains(campaignName, "takes", "funded");
        assertThat(Double.parseDouble(cell(line, ".coop-preview-campaign-discount"))).isPositive();
        assertThat(line.getAttribute("class")).contains("coop-applied");

        // a quantity of 0 is refused by its field, and nothing is priced
        replace(By.id("coop-preview-quantity-0"), "0");
        submit();
        WebElement error = waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("coop-preview-quantity-error-0")));
        assertThat(error.getText()).isEqualTo("must be between 1 and 999 (was 0)");
        assertThat(browser.findElements(By.cssSelector("tr.coop-preview-line"))).isEmpty();
        assertThat(browser.findElement(By.id("coop-preview-sku-0")).getAttribute("value")).isEqualTo(Long.toString(skuId));

        assertThat(count("BLC_ORDER")).as("carts saved by the previews").isEqualTo(ordersBefore);
    }

    // ---------------------------------------------------------------------------------------------------------------

    private WebElement chooseCampaign(String name) {
        WebElement option = browser.findElements(By.cssSelector("#coop-preview-campaign option")).stream()
                .filter(o -> o.getAttribute("textContent").startsWith(name + " ("))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no shortcut for campaign '" + name + "'"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].selected = true;", option);
        return option;
    }

    private void fill(int row, String sku, String quantity) {
        replace(By.id("coop-preview-sku-" + row), sku);
        replace(By.id("coop-preview-quantity-" + row), quantity);
    }

    private void replace(By field, String value) {
        WebElement input = browser.findElement(field);
        input.clear();
        input.sendKeys(value);
    }

    private void submit() {
        WebElement form = browser.findElement(By.cssSelector("form.coop-preview-form"));
        browser.findElement(By.cssSelector("button.coop-preview-submit")).click();
        waitUntilStale(form);
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.coop-preview-form")));
    }

    private WebElement lineOf(long skuId) {
        return waitUntil(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("tr.coop-preview-line[data-sku='" + skuId + "']")));
    }

    private static String cell(WebElement line, String css) {
        return line.findElement(By.cssSelector(css)).getText().trim();
    }

    // ---- reading the demo's database, to pick the seeded rows ------------------------------------------------------

    /** The lowest Sku id enrolled in the campaign. */
    private static long enrolledSkuOf(String slug) throws SQLException {
        return Long.parseLong(text("SELECT MIN(l.SKU_ID) FROM COOP_ENROLLMENT e"
                + " JOIN COOP_PARTICIPATION p ON p.PARTICIPATION_ID = e.PARTICIPATION_ID"
                + " JOIN COOP_CAMPAIGN c ON c.CAMPAIGN_ID = p.CAMPAIGN_ID"
                + " JOIN COOP_SELLER_LISTING l ON l.LISTING_ID = e.LISTING_ID WHERE c.SLUG = ?", slug));
    }

    private static long count(String table) throws SQLException {
        try (Connection connection = connect();
             PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM " + table);
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String text(String sql, Object parameter) throws SQLException {
        try (Connection connection = connect();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).as(sql + " with " + parameter).isTrue();
                assertThat(rows.getString(1)).as(sql + " with " + parameter).isNotNull();
                return rows.getString(1);
            }
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(store.services().property("coop.db.url"),
                store.services().property("coop.db.user"), store.services().property("coop.db.password"));
    }
}
