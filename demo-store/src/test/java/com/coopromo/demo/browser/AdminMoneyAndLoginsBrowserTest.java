package com.coopromo.demo.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Chromium, on the demo store: a shopper orders a campaign deal; the platform admin opens the campaign, follows
 * "Budget, spend and orders", sees the order's attribution row linked to the order and the CSV export, and cancels the
 * order there (the row turns REVERSED, the order CANCELLED, the button goes). On a seller's page the admin links an
 * admin login to the seller and unlinks it. Read-only staff see why they cannot move a campaign, and no clone form.
 */
class AdminMoneyAndLoginsBrowserTest extends SignedInAdminTestBase {

    @Test
    void theAdminSeesACampaignsMoneyAndCancelsASubmittedOrderThere() throws Exception {
        WebDriver shopper = Browser.start();
        String orderNumber;
        try {
            shopper.get(store.baseUrl() + "/");
            shopper.findElement(By.cssSelector("li.product.deal .add-to-cart button")).click();
            new WebDriverWait(shopper, WAIT).until(ExpectedConditions.urlMatches("/cart$"));
            shopper.findElement(By.cssSelector("button.place-order")).click();
            new WebDriverWait(shopper, WAIT).until(ExpectedConditions.urlMatches("/orders/[^/]+$"));
            orderNumber = shopper.findElement(By.cssSelector(".order-number")).getText();
        } finally {
            shopper.quit();
        }
        String orderId = one("SELECT order_id FROM blc_order WHERE order_number = '" + orderNumber + "'");
        String campaignId = one("SELECT min(campaign_id) FROM coop_order_attribution WHERE order_id = " + orderId);

        browser.get(store.baseUrl() + "/admin/coop-campaigns/" + campaignId);
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.coop-money-link"))).click();
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".coop-campaign-money")));
        assertThat(browser.findElement(By.cssSelector(".coop-money-budget")).getText()).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector(".coop-money-consumed")).getText())
                .isEqualTo(one("SELECT consumed FROM coop_campaign_budget WHERE campaign_id = " + campaignId));
        assertThat(browser.findElement(By.cssSelector("a.coop-money-csv")).getAttribute("href"))
                .endsWith("/admin/coop-campaigns/" + campaignId + "/money/export");
        WebElement row = orderRow(orderNumber);
        assertThat(row.findElement(By.cssSelector("a.coop-money-order")).getAttribute("href"))
                .endsWith("/admin/order/" + orderId);
        assertThat(row.findElement(By.cssSelector(".coop-money-order-status")).getText()).isEqualTo("SUBMITTED");

        WebElement button = row.findElement(By.cssSelector("button.coop-cancel-order-button"));
        button.click();
        waitUntilStale(button);
        assertThat(waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".coop-cancel-done"))).getText())
                .startsWith("Order " + orderNumber + " was cancelled: refunded ");
        row = orderRow(orderNumber);
        assertThat(row.findElement(By.cssSelector(".coop-money-order-status")).getText()).isEqualTo("CANCELLED");
        assertThat(row.findElement(By.cssSelector(".coop-money-row-state")).getText()).isEqualTo("REVERSED");
        assertThat(row.findElements(By.cssSelector("button.coop-cancel-order-button"))).isEmpty();
        assertThat(one("SELECT order_status FROM blc_order WHERE order_id = " + orderId)).isEqualTo("CANCELLED");
    }

    @Test
    void theAdminLinksAndUnlinksALoginOnASellersPage() throws Exception {
        String sellerId = one("SELECT seller_id FROM coop_seller_admin_user WHERE admin_login = 'seller'");
        browser.get(store.baseUrl() + "/admin/coop-sellers/" + sellerId);
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("coop-seller-logins")));
        assertThat(loginNames()).contains("seller");

        browser.findElement(By.id("coop-link-login")).sendKeys("staff");
        WebElement link = browser.findElement(By.cssSelector("button.coop-link"));
        link.click();
        waitUntilStale(link);
        assertThat(waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".coop-login-done"))).getText())
                .startsWith("'staff' now acts for ");
        assertThat(loginNames()).contains("seller", "staff");

        browser.findElement(By.id("coop-link-login")).sendKeys("admin");
        link = browser.findElement(By.cssSelector("button.coop-link"));
        link.click();
        waitUntilStale(link);
        assertThat(waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".coop-login-refused"))).getText())
                .isEqualTo("login: 'admin' is a platform admin (ROLE_ADMIN), who acts for no seller.");

        WebElement staff = browser.findElements(By.cssSelector("li.coop-login")).stream()
                .filter(li -> li.findElement(By.cssSelector(".coop-login-name")).getText().equals("staff"))
                .findFirst().orElseThrow();
        WebElement unlink = staff.findElement(By.cssSelector("button.coop-unlink"));
        unlink.click();
        waitUntilStale(unlink);
        assertThat(waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".coop-login-done"))).getText())
                .startsWith("'staff' no longer acts for ");
        assertThat(loginNames()).contains("seller").doesNotContain("staff");
    }

    @Test
    void readOnlyStaffSeeWhyTheyCannotMoveACampaign() throws Exception {
        signIn("staff", "staff");
        browser.get(store.baseUrl() + "/admin/coop-campaigns/" + one("SELECT min(campaign_id) FROM coop_campaign"));
        assertThat(waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".coop-read-only-campaign")))
                .getText()).isEqualTo("You may not move campaigns through their lifecycle: that takes the permission "
                + "'Maintain Campaigns', 'Take Part in Committee Decisions' or 'Overrule Committee Decisions'.");
        assertThat(browser.findElements(By.cssSelector("button.coop-action"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector(".coop-clone-form"))).isEmpty();
    }

    private WebElement orderRow(String orderNumber) {
        return waitUntil(driver -> driver.findElements(By.cssSelector("tr.coop-money-row")).stream()
                .filter(tr -> tr.findElement(By.cssSelector("a.coop-money-order")).getText().equals(orderNumber))
                .findFirst().orElse(null));
    }

    private java.util.List<String> loginNames() {
        return browser.findElements(By.cssSelector(".coop-login-name")).stream().map(WebElement::getText).toList();
    }

    private static String one(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(store.services().property("coop.db.url"),
                store.services().property("coop.db.user"), store.services().property("coop.db.password"));
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).as(sql).isTrue();
            return rs.getString(1);
        }
    }
}
