package com.coopromo.demo.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module's admin screens in Broadleaf's admin, in the whole demo store driven by real headless Chromium: the
 * "Cooperative Promotions" menu group, the Sellers and Seller Listings grids over the seeded marketplace, a seller
 * form that saves, and forms that refuse what the module's own rules refuse.
 */
class AdminSellersBrowserTest extends SignedInAdminTestBase {
    /** From demo-seed/sellers.txt. */
    private static final String SELLER = "Sprout Seed Co.";

    @Test
    void menuGroupLeadsToTheSellersGridWithTheSeededSellers() {
        openSection("Sellers");

        assertThat(browser.getCurrentUrl()).endsWith("/admin/coop-sellers");
        assertThat(columnTitles()).containsSubsequence("Name", "Code", "Segment", "Standing");
        List<WebElement> rows = gridRows();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(20);
        assertThat(rows).extracting(WebElement::getText).anyMatch(text -> text.contains(SELLER));
    }

    @Test
    void sellerFormSavesAChangedContactEmail() {
        openSeller(SELLER);
        String sellerUrl = browser.getCurrentUrl();

        typeInto("contactEmail", "partners@sprout-seed.example");
        save();

        browser.get(sellerUrl);
        assertThat(field("contactEmail").getAttribute("value")).isEqualTo("partners@sprout-seed.example");
        assertThat(field("name").getAttribute("value")).isEqualTo(SELLER);
    }

    @Test
    void sellerFormRefusesWhatTheModuleRefuses() {
        openSeller(SELLER);
        String sellerUrl = browser.getCurrentUrl();

        // few values: Broadleaf shows them as radio buttons, one per value of the domain's enum
        assertThat(choices("segment")).containsExactlyInAnyOrder("SMALL", "MID", "LARGE");
        assertThat(choices("standing")).containsExactlyInAnyOrder("GOOD", "ON_WATCH", "SUSPENDED");
        choose("segment", "LARGE");
        typeInto("contactEmail", "not-an-address");
        save();

        String errors = browser.findElement(By.cssSelector("form.entity-form")).getText();
        assertThat(errors).contains("is not an e-mail address (was 'not-an-address')");
        assertThat(chosen("segment")).as("the refused form keeps the choice made").isEqualTo("LARGE");
        browser.get(sellerUrl);
        assertThat(chosen("segment")).as("nothing of the refused save is stored").isEqualTo("SMALL");

        // a name longer than the column: one sentence naming the field, never a template's raw text
        typeInto("name", "N".repeat(300));
        save();
        String summary = browser.findElement(By.cssSelector("form.entity-form .errors")).getText();
        assertThat(summary).contains("must be at most 255 characters (was 300)").doesNotContain("[[", "__${", "??");
        browser.get(sellerUrl);
        assertThat(field("name").getAttribute("value")).isEqualTo(SELLER);
    }

    @Test
    void sellerListingsGridListsTheSeededListingsWithTheirSellers() {
        openSection("Seller Listings");

        assertThat(browser.getCurrentUrl()).endsWith("/admin/coop-seller-listings");
        assertThat(columnTitles()).containsSubsequence("Listing", "Seller", "Sku Id", "Margin floor price", "Active");
        List<WebElement> rows = gridRows();
        assertThat(rows).isNotEmpty();
        assertThat(rows.get(0).getText()).as("a listing is named by its seller and product, not a bare id")
                .containsPattern("\\S / \\S.* \\(\\d+\\)");
        assertThat(rows.get(0).getText()).containsPattern("\\$\\d+\\.\\d{2}");
        assertThat(browser.findElement(By.cssSelector("table.list-grid-table tbody")).getAttribute("data-totalrecords"))
                .isEqualTo("2400");
    }

    @Test
    void listingFormRefusesAMarginFloorAboveTheSkusPrice() {
        openSection("Seller Listings");
        browser.findElement(By.cssSelector("table.list-grid-table tbody tr[data-link] td a")).click();
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.entity-form")));
        String listingUrl = browser.getCurrentUrl();
        String floor = field("marginFloorPrice").getAttribute("value");

        typeInto("marginFloorPrice", "99999.00");
        save();

        assertThat(browser.findElement(By.cssSelector("form.entity-form")).getText())
                .containsPattern("must not be above the Sku's price \\d+\\.\\d{2} \\(was 99999\\.00\\)");
        browser.get(listingUrl);
        assertThat(field("marginFloorPrice").getAttribute("value")).isEqualTo(floor);
    }

    @Test
    void theAuditLogsColumnsFitThePage() {
        openSection("Audit Log");

        List<WebElement> events = browser.findElements(By.cssSelector("table.coop-audit-events tr.coop-audit-event"));
        assertThat(events).as("the demo's seeding is audited").isNotEmpty();
        Number pageWidth = (Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.clientWidth;");
        for (WebElement header : browser.findElements(By.cssSelector("table.coop-audit-events thead th"))) {
            Number right = (Number) ((JavascriptExecutor) browser).executeScript(
                    "return arguments[0].getBoundingClientRect().right;", header);
            assertThat(right.doubleValue()).as("right edge of the '" + header.getText() + "' column")
                    .isLessThanOrEqualTo(pageWidth.doubleValue());
        }
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** Through the left navigation: expand "Cooperative Promotions", follow the section's link. */
    private void openSeller(String name) {
        openSection("Sellers");
        // the main grid links each row's first cell to the entity form
        browser.findElement(By.cssSelector("table.list-grid-table tbody")).findElement(By.linkText(name)).click();
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.entity-form")));
    }

    private List<WebElement> gridRows() {
        return browser.findElements(By.cssSelector("table.list-grid-table tbody tr[data-link]"));
    }

    private List<String> columnTitles() {
        return browser.findElements(By.cssSelector("table.list-grid-table .listgrid-title")).stream()
                .map(title -> title.getText().trim())
                .toList();
    }

    /** An entity-form input, by its property name. */
    private WebElement field(String property) {
        return browser.findElement(By.xpath("//form[contains(@class, 'entity-form')]//*[@name=\"fields['" + property
                + "'].value\"]"));
    }

    private List<WebElement> options(String property) {
        return browser.findElements(By.xpath("//form[contains(@class, 'entity-form')]//input[@type='radio' and @name=\"fields['"
                + property + "'].value\"]"));
    }

    private List<String> choices(String property) {
        return options(property).stream().map(option -> option.getAttribute("value")).toList();
    }

    private String chosen(String property) {
        return options(property).stream().filter(WebElement::isSelected).map(option -> option.getAttribute("value"))
                .findFirst().orElse(null);
    }

    private void choose(String property, String value) {
        WebElement option = options(property).stream().filter(o -> value.equals(o.getAttribute("value"))).findFirst()
                .orElseThrow(() -> new AssertionError("no choice " + value + " for " + property));
        ((JavascriptExecutor) browser).executeScript("arguments[0].click();", option);
    }

    private void typeInto(String property, String value) {
        WebElement input = field(property);
        input.clear();
        input.sendKeys(value);
    }

    /** Saves the entity form and waits for the answer page (the form again, saved or with its errors). */
    private void save() {
        WebElement form = browser.findElement(By.cssSelector("form.entity-form"));
        browser.findElement(By.cssSelector(".entity-form-actions button.submit-button")).click();
        waitUntilStale(form);
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.entity-form")));
    }

}
