package com.coopromo.demo.browser;

import com.coopromo.demo.seed.DemoGovernanceSeeder;
import com.coopromo.seller.service.SellerAccounts;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Campaign dashboard in the whole demo store, driven by real headless Chromium: the seeded event history of the
 * live campaign drawn as key figures, charts and tables; a CSV download holding what the table shows; a seller's
 * view with its own row only (on screen, in the JSON and in the CSV); and a shopper's click and purchase in the
 * storefront on the admin's open dashboard within 5 seconds.
 */
class CampaignDashboardBrowserTest extends SignedInAdminTestBase {
    private static final String LIVE = "Back to School";

    @Test
    void theLiveCampaignsHistoryIsDrawnAsKeyFiguresChartsAndTables() throws IOException {
        openSection("Campaign dashboard");
        assertThat(browser.getCurrentUrl()).endsWith("/admin/coop-campaign-dashboard");
        assertThat(new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("coop-dashboard-campaign")))
                .getFirstSelectedOption().getText()).isEqualTo(LIVE + " (LIVE)");
        awaitFigures(browser);

        Map<String, String> kpis = kpis(browser);
        assertThat(kpis.keySet()).contains("Impressions", "Clicks", "Click-through %", "Add-to-cart %", "Conversion %",
                "Orders", "Units", "Revenue gross", "Revenue net", "Discount spent (platform)", "Discount spent (sellers)",
                "Average order value", "New buyers", "Returning buyers");
        assertThat(Long.parseLong(kpis.get("Impressions"))).as("seeded impressions").isGreaterThan(100);
        assertThat(Long.parseLong(kpis.get("Orders"))).as("seeded orders").isGreaterThan(0);

        for (String chart : List.of("traffic", "sales")) {
            WebElement drawn = browser.findElement(By.cssSelector("[data-chart='" + chart + "']"));
            assertThat(drawn.getAttribute("data-drawn")).isEqualTo("true");
            assertThat(drawn.findElements(By.tagName("canvas"))).as("ECharts' canvas of " + chart).isNotEmpty();
        }
        List<List<String>> sellers = rows(browser, "sellers");
        assertThat(sellers.size()).as("the live campaign's sellers").isGreaterThanOrEqualTo(3);
        assertThat(rows(browser, "segments")).extracting(r -> r.get(0)).contains("SMALL", "MID", "LARGE");
        assertThat(rows(browser, "targets")).extracting(r -> r.get(0) + ": " + r.get(4))
                .allMatch(t -> t.endsWith("On track") || t.endsWith("Behind"));
        assertThat(browser.findElement(By.cssSelector(".coop-dropped-count")).getText()).matches("\\d+");

        // the daily reports of the campaign's finished days, kept and downloadable
        List<WebElement> reports = browser.findElements(By.cssSelector("li.coop-report a"));
        assertThat(reports).as("daily reports of the live campaign").isNotEmpty();
        assertThat(reports.get(0).getText()).matches("campaign-\\d+-\\d{4}-\\d{2}-\\d{2}\\.csv");
        List<CSVRecord> report = csv(fetch(browser, reports.get(0).getAttribute("href")));
        assertThat(report.get(1).get(0)).isEqualTo("Campaign");
        assertThat(report.get(1).get(2)).isEqualTo(LIVE);
        assertThat(report.subList(2, report.size())).extracting(r -> r.get(0)).containsOnly("Seller").hasSizeGreaterThan(1);

        browser.get(store.baseUrl() + "/admin/coop-campaign-dashboard?from=2026-13-01");
        assertThat(browser.findElement(By.cssSelector(".coop-page-error")).getText())
                .isEqualTo("from: '2026-13-01' is not a date as yyyy-MM-dd (e.g. 2026-09-01).");
    }

    @Test
    void aTablesCsvDownloadHoldsWhatTheTableShows() throws IOException {
        openSection("Campaign dashboard");
        awaitFigures(browser);
        List<List<String>> shown = rows(browser, "sellers");
        String href = browser.findElements(By.cssSelector("a.coop-export")).stream()
                .map(a -> a.getAttribute("href")).filter(h -> h.contains("table=sellers")).findFirst().orElseThrow();
        List<CSVRecord> csv = csv(fetch(browser, href));
        assertThat(csv.get(0).values()).startsWith("Seller id", "Seller", "Segment", "Impressions", "Clicks");
        assertThat(csv.subList(1, csv.size())).extracting(r -> r.get(0) + " " + r.get(1))
                .containsExactlyElementsOf(shown.stream().map(r -> r.get(0) + " " + r.get(1)).collect(Collectors.toList()));

        String kpiHref = href.replace("table=sellers", "table=kpis");
        assertThat(csv(fetch(browser, kpiHref))).extracting(r -> r.get(0))
                .contains("Figure", "Impressions", "Revenue net", "Average order value");
        browser.get(href.replace("table=sellers", "table=nope"));
        assertThat(browser.findElement(By.cssSelector(".coop-error-sentence")).getText())
                .isEqualTo("table: 'nope' is not one of [kpis, series, sellers, segments, targets].");
    }

    @Test
    void aSellerSeesTheCampaignTotalsAndOnlyItsOwnRow() throws IOException {
        long own = store.adminContext().getBean("coopSellerAccounts", SellerAccounts.class)
                .sellerOf(DemoGovernanceSeeder.SELLER_LOGIN);
        signIn(DemoGovernanceSeeder.SELLER_LOGIN, DemoGovernanceSeeder.SELLER_PASSWORD);
        openSection("Campaign dashboard");
        awaitFigures(browser);
        assertThat(Long.parseLong(kpis(browser).get("Impressions"))).as("the campaign's totals").isGreaterThan(0);
        List<List<String>> sellers = rows(browser, "sellers");
        assertThat(sellers).extracting(r -> r.get(0)).containsExactly(Long.toString(own));
        assertThat(browser.findElements(By.cssSelector("table[data-table='segments']"))).isEmpty();

        // what the server sends the seller, not only what the page draws
        String dataUrl = browser.findElement(By.cssSelector(".coop-dashboard-body")).getAttribute("data-url");
        String json = fetch(browser, dataUrl.startsWith("http") ? dataUrl : store.baseUrl() + dataUrl);
        assertThat(json).contains("\"sellerView\":true").contains("\"segments\":{\"header\"");
        assertThat(json.replaceAll("\\s", "")).contains("\"segments\":{\"header\":[\"Segment\",\"Listings%\",\"Exposure%\",\"Sales%\",\"Discount%\"],\"rows\":[]}");
        String href = browser.findElements(By.cssSelector("a.coop-export")).stream()
                .map(a -> a.getAttribute("href")).filter(h -> h.contains("table=sellers")).findFirst().orElseThrow();
        List<CSVRecord> csv = csv(fetch(browser, href));
        assertThat(csv).hasSize(2);
        assertThat(csv.get(1).get(0)).isEqualTo(Long.toString(own));

        // its copy of a daily report: the campaign's totals and its own line
        List<WebElement> reports = browser.findElements(By.cssSelector("li.coop-report a"));
        assertThat(reports).isNotEmpty();
        assertThat(csv(fetch(browser, reports.get(0).getAttribute("href")))).extracting(r -> r.get(0) + " " + r.get(1))
                .containsExactly("Row Seller id", "Campaign ", "Seller " + own);

        // a campaign the seller does not take part in is refused, naming the field
        String other = fetch(browser, store.baseUrl() + "/admin/coop-campaign-dashboard/data?campaign=999999");
        assertThat(other).isEqualTo("{\"error\":\"campaign: there is no campaign 999999 that your seller takes part in.\"}");
    }

    @Test
    void aClickAndAPurchaseInTheStorefrontAreOnTheOpenDashboardWithinFiveSeconds() {
        openSection("Campaign dashboard");
        awaitFigures(browser);
        Map<String, String> before = kpis(browser);

        WebDriver shopper = Browser.start();
        try {
            shopper.get(store.baseUrl() + "/");
            WebElement deal = shopper.findElement(By.cssSelector("li.product.deal"));
            String name = deal.findElement(By.cssSelector(".product-name")).getText();
            deal.findElement(By.cssSelector("a.product-link")).click();
            new WebDriverWait(shopper, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main.product-page")));
            assertThat(shopper.findElement(By.cssSelector("h2.product-name")).getText()).isEqualTo(name);
            assertThat(shopper.findElement(By.cssSelector(".campaign-badge")).getText()).startsWith(LIVE);
            assertThat(shopper.findElement(By.cssSelector(".campaign-price")).getText()).startsWith("Campaign price $");
            long clickedAt = System.nanoTime();
            awaitKpiAbove("Clicks", Long.parseLong(before.get("Clicks")), clickedAt);

            shopper.findElement(By.cssSelector(".add-to-cart button")).click();
            new WebDriverWait(shopper, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("button.place-order")));
            shopper.findElement(By.cssSelector("button.place-order")).click();
            new WebDriverWait(shopper, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".order-number")));
            long orderedAt = System.nanoTime();
            awaitKpiAbove("Orders", Long.parseLong(before.get("Orders")), orderedAt);
            assertThat(Long.parseLong(kpis(browser).get("Impressions"))).as("the home page's tiles were counted")
                    .isGreaterThan(Long.parseLong(before.get("Impressions")));

            // a reload of the product page is the same click
            long clicks = Long.parseLong(kpis(browser).get("Clicks"));
            shopper.navigate().back();
            shopper.navigate().back();
            shopper.navigate().refresh();
            int polls = Integer.parseInt(browser.findElement(By.cssSelector(".coop-dashboard-body")).getAttribute("data-polls"));
            waitUntil((ExpectedCondition<Boolean>) d -> Integer.parseInt(d.findElement(By.cssSelector(".coop-dashboard-body")).getAttribute("data-polls")) >= polls + 2);
            assertThat(Long.parseLong(kpis(browser).get("Clicks"))).isEqualTo(clicks);
        } finally {
            shopper.quit();
        }
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** Waits until the KPI exceeds {@code before}, at most 5 s after {@code since} (System.nanoTime()). */
    private void awaitKpiAbove(String kpi, long before, long since) {
        try {
            new WebDriverWait(browser, Duration.ofMillis(5000)).pollingEvery(Duration.ofMillis(100)).until(
                    (ExpectedCondition<Boolean>) d -> Long.parseLong(kpis(d).get(kpi)) > before);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(kpi + " still " + kpis(browser).get(kpi) + " (was " + before + ") "
                    + (System.nanoTime() - since) / 1_000_000 + " ms later", e);
        }
        assertThat((System.nanoTime() - since) / 1_000_000).as(kpi + " on screen after ms").isLessThanOrEqualTo(5000);
    }

    private void awaitFigures(WebDriver driver) {
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".coop-dashboard-body[data-polls]")));
        assertThat(driver.findElement(By.cssSelector(".coop-dashboard-error")).isDisplayed()).isFalse();
    }

    /** The key figures as the page shows them, read at once (the page may refresh them between two reads). */
    @SuppressWarnings("unchecked")
    private static Map<String, String> kpis(WebDriver driver) {
        return (Map<String, String>) ((JavascriptExecutor) driver).executeScript(
                "var shown = {};"
                        + "document.querySelectorAll('.coop-kpi').forEach(function (k) {"
                        + "  shown[k.getAttribute('data-kpi')] = k.querySelector('.coop-kpi-value').textContent; });"
                        + "return shown;");
    }

    /** A table's rows as the page shows them, read at once. */
    @SuppressWarnings("unchecked")
    private static List<List<String>> rows(WebDriver driver, String table) {
        return (List<List<String>>) ((JavascriptExecutor) driver).executeScript(
                "return Array.prototype.map.call(document.querySelectorAll("
                        + "\"table[data-table='\" + arguments[0] + \"'] tbody tr.coop-row\"), function (tr) {"
                        + "  return Array.prototype.map.call(tr.querySelectorAll('td'), function (td) { return td.textContent; });"
                        + "});", table);
    }

    /** The body of a GET made by the page itself (with its session). */
    private static String fetch(WebDriver driver, String url) {
        Object body = ((JavascriptExecutor) driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) { return r.text(); })"
                        + ".then(done, function (e) { done('fetch failed: ' + e); });", url);
        return String.valueOf(body);
    }

    private static List<CSVRecord> csv(String text) throws IOException {
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180)) {
            return parser.getRecords();
        }
    }
}
