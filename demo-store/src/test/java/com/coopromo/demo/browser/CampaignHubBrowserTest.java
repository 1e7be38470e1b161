package com.coopromo.demo.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The themed hub in the whole demo store, in real headless Chromium: a shopper goes from the home page to the
 * campaigns and into the live campaign's hub, picks a seller from the facets (by keyboard), sees the grid and its
 * count narrow to that seller while the other sellers' counts stay, opens the shared address in another browser and
 * sees the same, goes back, adds a product from the grid and finds the hub's campaign price in the cart. An unknown
 * or not-live campaign is a 404 page.
 */
class CampaignHubBrowserTest extends StoreBrowserTestBase {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void aShopperFiltersTheHubBySellerSharesTheAddressAndBuysAtTheHubsPrice() {
        // home -> campaigns -> the live campaign's hub
        browser.get(store.baseUrl() + "/");
        click(browser.findElement(By.linkText("See all campaigns")));
        waitFor(browser, ExpectedConditions.urlMatches("/campaigns$"));
        WebElement live = browser.findElement(By.cssSelector("li.campaign-card.live"));
        assertThat(live.findElement(By.cssSelector(".campaign-when")).getText()).startsWith("Live now, until ");
        click(live.findElement(By.cssSelector(".campaign-name a")));
        waitFor(browser, ExpectedConditions.urlMatches("/campaigns/back-to-school$"));
        assertThat(browser.findElement(By.cssSelector("h2.campaign-name")).getText()).isEqualTo("Back to School");
        assertThat(browser.findElements(By.cssSelector("li.campaign-seller"))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(browser.findElement(By.cssSelector("li.campaign-seller .seller-shipping")).getText()).startsWith("\u00b7 Ships in ");

        long allCount = resultCount();
        Map<String, Long> sellersBefore = facetCounts("seller");
        assertThat(sellersBefore).hasSizeGreaterThanOrEqualTo(2);
        assertThat(sellersBefore.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(allCount);
        assertThat(tiles()).hasSize((int) Math.min(allCount, 24));
        // every grid tile carries the campaign's badge and a campaign price below the price before discount
        for (WebElement tile : tiles()) {
            assertThat(tile.findElement(By.cssSelector(".campaign-badge")).getText()).startsWith("Back to School: cooperative discount");
            assertThat(money(tile, ".campaign-price .amount")).isLessThan(money(tile, ".price"));
        }

        // pick a seller with the keyboard: the count and the grid narrow to that seller
        String seller = sellersBefore.keySet().iterator().next();
        WebElement sellerLink = facetLink("seller", seller);
        assertThat(sellerLink.getAttribute("aria-current")).isNull();
        sellerLink.sendKeys(Keys.ENTER);
        waitFor(browser, ExpectedConditions.urlContains("seller="));
        String shared = browser.getCurrentUrl();
        assertThat(resultCount()).isEqualTo(sellersBefore.get(seller)).isLessThan(allCount);
        assertThat(facetLink("seller", seller).getAttribute("aria-current")).isEqualTo("true");
        assertThat(facetCounts("seller")).as("the other sellers' counts stay (multi-select)").isEqualTo(sellersBefore);
        List<String> filteredIds = tileIds();
        for (WebElement tile : tiles()) {
            assertThat(tile.findElement(By.cssSelector(".seller")).getText()).isEqualTo("Sold by " + seller);
        }

        // the shared address shows the same in another browser; reloading shows the same
        WebDriver friend = Browser.start();
        try {
            friend.get(shared);
            assertThat(friend.findElement(By.cssSelector(".result-count")).getText()).isEqualTo(String.valueOf(sellersBefore.get(seller)));
            assertThat(friend.findElements(By.cssSelector(".hub-grid li.product")).stream()
                    .map(tile -> tile.getAttribute("data-product-id")).collect(Collectors.toList())).isEqualTo(filteredIds);
        } finally {
            friend.quit();
        }
        browser.navigate().refresh();
        assertThat(resultCount()).isEqualTo(sellersBefore.get(seller));
        assertThat(tileIds()).isEqualTo(filteredIds);

        // the back button returns to the whole campaign
        browser.navigate().back();
        waitFor(browser, ExpectedConditions.urlMatches("/campaigns/back-to-school$"));
        assertThat(resultCount()).isEqualTo(allCount);
        browser.navigate().forward();
        waitFor(browser, ExpectedConditions.urlContains("seller="));

        // and a price range on top: the grid narrows to the count the range showed, every tile's price inside it
        Map<String, Long> prices = facetCounts("price");
        String range = prices.entrySet().stream().filter(price -> price.getValue() > 0).findFirst()
                .orElseThrow(() -> new AssertionError("no price range with products: " + prices)).getKey();
        facetLink("price", range).sendKeys(Keys.ENTER);
        waitFor(browser, ExpectedConditions.urlContains("price="));
        assertThat(resultCount()).isEqualTo(prices.get(range));
        assertThat(facetCounts("price")).as("the other ranges' counts stay (multi-select)").isEqualTo(prices);
        for (WebElement tile : tiles()) {
            assertThat(tile.findElement(By.cssSelector(".seller")).getText()).isEqualTo("Sold by " + seller);
        }
        browser.navigate().back();
        waitFor(browser, ExpectedConditions.not(ExpectedConditions.urlContains("price=")));

        // add the first product from the grid: the cart charges the hub's campaign price
        WebElement tile = tiles().get(0);
        String productName = tile.findElement(By.cssSelector(".product-name")).getText();
        String hubPrice = tile.findElement(By.cssSelector(".campaign-price .amount")).getText();
        click(tile.findElement(By.cssSelector(".add-to-cart button")));
        waitFor(browser, ExpectedConditions.urlMatches("/cart$"));
        WebElement line = browser.findElement(By.cssSelector("tr.cart-line"));
        assertThat(line.findElement(By.cssSelector(".line-product")).getText()).isEqualTo(productName);
        assertThat(line.findElement(By.cssSelector(".discount.campaign"))).isNotNull();
        assertThat(line.findElement(By.cssSelector(".line-total")).getText()).isEqualTo(hubPrice);
        assertThat(browser.findElement(By.cssSelector(".totals .total")).getText()).isEqualTo(hubPrice);
    }

    @Test
    void aShopperWhoBuysFromThreeSellersSeesTheProgressAndThenTheRewardCode() {
        String hub = store.baseUrl() + "/campaigns/back-to-school";
        browser.get(hub);
        assertThat(browser.findElement(By.cssSelector(".coop-reward-label")).getText()).isEqualTo("0 of 3 sellers");
        List<String> sellerHrefs = browser.findElements(By.cssSelector(".facet[data-facet='seller'] a.facet-value")).stream()
                .map(link -> link.getAttribute("href")).collect(Collectors.toList());
        assertThat(sellerHrefs).hasSizeGreaterThanOrEqualTo(3);

        for (int bought = 1; bought <= 3; bought++) {
            // one in-stock deal of the next seller, ordered on its own
            browser.get(sellerHrefs.get(bought - 1) + "&inStock=true");
            click(tiles().get(0).findElement(By.cssSelector(".add-to-cart button")));
            waitFor(browser, ExpectedConditions.urlMatches("/cart$"));
            browser.findElement(By.cssSelector("button.place-order")).click();
            waitFor(browser, ExpectedConditions.urlMatches("/orders/[^/]+$"));

            browser.get(hub);
            WebElement progress = browser.findElement(By.cssSelector(".coop-reward-progress"));
            assertThat(progress.findElement(By.cssSelector(".coop-reward-label")).getText())
                    .isEqualTo(bought + " of 3 sellers");
            if (bought < 3) {
                assertThat(progress.findElements(By.cssSelector(".coop-reward-code"))).isEmpty();
            }
        }
        String code = browser.findElement(By.cssSelector(".coop-reward-code")).getText();
        assertThat(code).matches("COOP-[A-Z0-9]{12}");
        browser.get(store.baseUrl() + "/cart");
        assertThat(browser.findElement(By.cssSelector(".coop-reward-progress .coop-reward-code")).getText())
                .as("the cart shows the same code").isEqualTo(code);
    }

    @Test
    void theCartOffersOtherSellersOfTheCampaignToCompleteTheSet() {
        browser.get(store.baseUrl() + "/campaigns/back-to-school?inStock=true");
        WebElement first = tiles().get(0);
        String firstSeller = first.findElement(By.cssSelector(".seller span")).getText();
        String hubWithStock = browser.getCurrentUrl();
        browser.get(store.baseUrl() + "/products/" + first.getAttribute("data-product-id"));
        List<String> productPageSellers = browser.findElements(By.cssSelector(".complete-the-set li.suggestion .seller span"))
                .stream().map(WebElement::getText).collect(Collectors.toList());
        assertThat(productPageSellers).as("the product page's suggestions").hasSizeBetween(2, 4).doesNotContain(firstSeller);
        browser.get(hubWithStock);
        first = tiles().get(0);
        click(first.findElement(By.cssSelector(".add-to-cart button")));
        waitFor(browser, ExpectedConditions.urlMatches("/cart$"));

        List<WebElement> suggestions = browser.findElements(By.cssSelector(".complete-the-set li.suggestion"));
        assertThat(suggestions).hasSizeBetween(2, 4);
        List<String> sellers = suggestions.stream()
                .map(tile -> tile.findElement(By.cssSelector(".seller span")).getText()).collect(Collectors.toList());
        assertThat(sellers).as("never the cart's own seller").doesNotContain(firstSeller);
        assertThat(sellers.get(0)).as("each seller once before any twice").isNotEqualTo(sellers.get(1));
        for (WebElement tile : suggestions) {
            assertThat(tile.findElement(By.cssSelector(".campaign-badge")).getText()).startsWith("Back to School");
            assertThat(tile.findElement(By.cssSelector(".suggestion-reason")).getText()).isNotEmpty();
        }

        click(suggestions.get(0).findElement(By.cssSelector(".add-to-cart button")));
        waitFor(browser, ExpectedConditions.urlMatches("/cart$"));
        List<String> lineSellers = browser.findElements(By.cssSelector(".line-seller span")).stream()
                .map(WebElement::getText).collect(Collectors.toList());
        assertThat(lineSellers).containsExactlyInAnyOrder(firstSeller, sellers.get(0));
        assertThat(browser.findElements(By.cssSelector(".complete-the-set li.suggestion .seller span")).stream()
                .map(WebElement::getText)).as("now neither seller in the cart is suggested")
                .doesNotContain(firstSeller, sellers.get(0));
    }

    @Test
    void anUnknownOrNotLiveCampaignIsANotFoundPage() throws IOException {
        for (String slug : new String[]{"no-such-campaign", "clear-winter-stock"}) {
            assertThat(status("/campaigns/" + slug)).isEqualTo(404);
            browser.get(store.baseUrl() + "/campaigns/" + slug);
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Not found");
            assertThat(browser.findElement(By.tagName("body")).getText())
                    .contains("There is no campaign running at this address; see all campaigns at /campaigns.")
                    .doesNotContain("Exception");
        }
        // the campaign that is only in review is not listed either
        browser.get(store.baseUrl() + "/campaigns");
        assertThat(browser.findElements(By.cssSelector("li.campaign-card[data-slug='clear-winter-stock']"))).isEmpty();
    }

    @Test
    void theStorefrontPagesHaveNoSeriousAccessibilityViolations() throws IOException {
        String hub = "/campaigns/back-to-school";
        Map<String, String> violations = new LinkedHashMap<>();
        for (String path : new String[]{"/", "/campaigns", hub, hub + "?seller=desk-nook&segment=SMALL", "/cart",
                "/campaigns/no-such-campaign"}) {
            browser.get(store.baseUrl() + path);
            violations.put(path, seriousAxeViolations());
        }
        // the cart with a campaign line in it
        browser.get(store.baseUrl() + hub);
        browser.findElements(By.cssSelector(".hub-grid li.product .add-to-cart button")).get(0).click();
        waitFor(browser, ExpectedConditions.urlMatches("/cart$"));
        violations.put("/cart (one line)", seriousAxeViolations());
        assertThat(violations).as("axe-core's serious and critical violations per page")
                .allSatisfy((path, found) -> assertThat(found).as(path).isEqualTo("[]"));
    }

    /** Runs axe-core (vendored, src/test/resources/axe) on the page: its serious and critical violations, as JSON. */
    private String seriousAxeViolations() throws IOException {
        String axe;
        try (java.io.InputStream in = CampaignHubBrowserTest.class.getResourceAsStream("/axe/axe.min.js")) {
            axe = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) browser;
        browser.manage().timeouts().scriptTimeout(WAIT);
        js.executeScript(axe);
        Object found = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
                + "  done(JSON.stringify(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
                + "    .map(function (v) { return v.id + ' (' + v.impact + '): ' + v.help + ' at '"
                + "      + v.nodes.map(function (n) { return n.target.join(' '); }).join(', '); })));"
                + "}).catch(function (e) { done('axe failed: ' + e); });");
        return String.valueOf(found);
    }

    private static int status(String path) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) new URL(store.baseUrl() + path).openConnection();
        try {
            return connection.getResponseCode();
        } finally {
            connection.disconnect();
        }
    }

    private long resultCount() {
        return Long.parseLong(browser.findElement(By.cssSelector(".result-count")).getText());
    }

    private List<WebElement> tiles() {
        return browser.findElements(By.cssSelector(".hub-grid li.product"));
    }

    private List<String> tileIds() {
        return tiles().stream().map(tile -> tile.getAttribute("data-product-id")).collect(Collectors.toList());
    }

    /** Facet value label → count, as the facet lists them. */
    private Map<String, Long> facetCounts(String facet) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (WebElement value : browser.findElements(By.cssSelector(".facet[data-facet='" + facet + "'] a.facet-value"))) {
            counts.put(value.findElement(By.cssSelector(".facet-label")).getText(), Long.parseLong(value.getAttribute("data-count")));
        }
        return counts;
    }

    private WebElement facetLink(String facet, String label) {
        return browser.findElements(By.cssSelector(".facet[data-facet='" + facet + "'] a.facet-value")).stream()
                .filter(value -> value.findElement(By.cssSelector(".facet-label")).getText().equals(label))
                .findFirst().orElseThrow(() -> new AssertionError("no " + facet + " facet value " + label));
    }

    private static java.math.BigDecimal money(WebElement tile, String css) {
        return new java.math.BigDecimal(tile.findElement(By.cssSelector(css)).getText().replace("$", "").replace(",", ""));
    }

    private void click(WebElement element) {
        element.click();
    }

    private static <T> T waitFor(WebDriver driver, ExpectedCondition<T> condition) {
        try {
            return new WebDriverWait(driver, WAIT).until(condition);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("gave up waiting at " + driver.getCurrentUrl() + "; the page reads:\n"
                    + driver.findElement(By.tagName("body")).getText(), e);
        }
    }
}
