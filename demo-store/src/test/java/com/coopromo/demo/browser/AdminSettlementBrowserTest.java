package com.coopromo.demo.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Settlement section in the whole demo store, driven by real headless Chromium: the admin sets a campaign's payout
 * rules (a refused field shown on the field, a preview, a save), runs a dry run and reads its reconciled statements;
 * the demo seller signs in and sees its own statement and nobody else's. On the live campaign, new rules are proposed
 * to the committee, change nothing until the decision passes, and become the next version, naming the decision.
 */
class AdminSettlementBrowserTest extends SignedInAdminTestBase {

    @Test
    void theAdminSetsRulesAndRunsADryRunAndTheSellerSeesOnlyItsOwnStatement() throws Exception {
        long mine = number("SELECT SELLER_ID FROM COOP_SELLER_ADMIN_USER WHERE ADMIN_LOGIN = ?", "seller");
        String myName = string("SELECT NAME FROM COOP_SELLER WHERE SELLER_ID = ?", mine);
        long other = number("SELECT MIN(SELLER_ID) FROM COOP_SELLER WHERE SELLER_ID <> ?", mine);
        String otherName = string("SELECT NAME FROM COOP_SELLER WHERE SELLER_ID = ?", other);
        // a campaign still in preparation (rules may be set), with attributed lines of both sellers: 100.00 each before
        // a 20.00 discount the platform funds 8.00 of; one of the other seller's orders was cancelled
        long campaignId = number("SELECT MIN(CAMPAIGN_ID) FROM COOP_CAMPAIGN WHERE STATE IN ('DRAFT', 'SUBMITTED', 'IN_REVIEW') AND 0 < ?", 1);
        String campaignName = string("SELECT NAME FROM COOP_CAMPAIGN WHERE CAMPAIGN_ID = ?", campaignId);
        attribute(900000001L, campaignId, mine, "ACTIVE");
        attribute(900000002L, campaignId, mine, "ACTIVE");
        attribute(900000003L, campaignId, other, "ACTIVE");
        attribute(900000004L, campaignId, other, "REVERSED");

        openSection("Settlement");
        new Select(browser.findElement(By.id("coop-campaign"))).selectByVisibleText(
                browser.findElements(By.cssSelector("#coop-campaign option")).stream()
                        .filter(o -> o.getText().startsWith(campaignName + " (")).findFirst().get().getText());
        clickAndWaitForNewPage(browser.findElement(By.cssSelector("button.coop-show-campaign")));

        // a refused field is named on the field
        fill("coop-pool", "-5");
        fill("coop-sales-tiers", "100:1, 50:2");
        clickAndWaitForNewPage(browser.findElement(By.cssSelector("button.coop-save-rules")));
        List<WebElement> errors = browser.findElements(By.cssSelector(".coop-field-error"));
        assertThat(errors).extracting(WebElement::getText).containsExactly("pool: must be 0 or more (was -5)",
                "salesTiers: tier 2 (50:2) must have a higher threshold and more points than the tier before it");

        // preview with today's figures, then save
        fill("coop-pool", "300.00");
        fill("coop-sales-tiers", "100:1, 150:2");
        fill("coop-traffic-tiers", "");
        fill("coop-cap", "100");
        fill("coop-exponent", "1");
        fill("coop-boost", "0");
        fill("coop-minimum", "0");
        clickAndWaitForNewPage(browser.findElement(By.cssSelector("button.coop-preview")));
        assertThat(text(".coop-preview-result")).contains("With today's figures, these sellers would earn:", myName, otherName);
        clickAndWaitForNewPage(browser.findElement(By.cssSelector("button.coop-save-rules")));
        assertThat(text(".coop-done")).isEqualTo("Payout rules saved as version 1.");

        // dry run: my seller's net sales 2 x (80.00 + 8.00) = 176.00 reach tier 2 (2 points); the other's 88.00 none
        clickAndWaitForNewPage(browser.findElement(By.cssSelector("button.coop-dry-run")));
        // the lines were written straight into the attribution table, with no Broadleaf order behind them: the
        // reconciliation agrees with the attribution rows and the pool, and shows the orders' 320.00 missing
        assertThat(text(".coop-done")).startsWith("Dry run ").endsWith("bonus 300.00 of 300.00, NOT reconciled: see the report.");
        for (WebElement row : browser.findElements(By.cssSelector("table.coop-reconciliation tbody tr"))) {
            String difference = row.findElement(By.cssSelector("td.coop-difference")).getText();
            if (row.getText().startsWith("Paid by shoppers (order line totals)")) {
                assertThat(difference).isEqualTo("320.00");
            } else {
                assertThat(difference).as(row.getText()).isIn("0", "0.00");
            }
        }
        assertThat(browser.findElements(By.cssSelector("table.coop-reconciliation tbody tr"))).hasSize(7);
        assertThat(text("table.coop-statements")).contains(myName, otherName);
        String runUrl = browser.getCurrentUrl();
        assertThat(runUrl).contains("/admin/coop-settlement?run=");
        String run = runUrl.substring(runUrl.indexOf("run=") + 4);

        // the seller: its own statement, nobody else's
        signIn("seller", "seller");
        openSection("Settlement");
        browser.get(store.baseUrl() + "/admin/coop-settlement?run=" + run);
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".coop-statement")));
        assertThat(browser.findElements(By.cssSelector("tr.coop-statement-row"))).hasSize(1);
        assertThat(text(".coop-statement h4")).isEqualTo("Statement of " + myName);
        assertThat(text(".coop-gross")).isEqualTo("200.00");
        assertThat(text(".coop-bonus")).isEqualTo("300.00");
        assertThat(text(".coop-net")).isEqualTo("476.00");
        assertThat(text(".coop-bonus-rule")).startsWith("Bonus: sales tier 2 (net sales 176.00 reached 150, 2 pt)");
        assertThat(browser.getPageSource()).doesNotContain(otherName);
        assertThat(browser.findElements(By.cssSelector("button.coop-dry-run"))).isEmpty();

        browser.get(store.baseUrl() + "/admin/coop-settlement?run=" + run + "&seller=" + other);
        assertThat(text(".coop-refusal")).isEqualTo("seller: this statement belongs to another seller; you may only see your own.");
        assertThat(browser.getPageSource()).doesNotContain(otherName);
    }

    @Test
    void onALiveCampaignNewRulesAreProposedToTheCommitteeAndApplyOnlyWhenTheDecisionPasses() throws Exception {
        long campaignId = number("SELECT MIN(CAMPAIGN_ID) FROM COOP_CAMPAIGN WHERE STATE = 'LIVE' AND 0 < ?", 1);
        long versionsBefore = number("SELECT COUNT(*) FROM COOP_PAYOUT_RULES WHERE CAMPAIGN_ID = ?", campaignId);

        openSection("Settlement");
        browser.get(store.baseUrl() + "/admin/coop-settlement?campaign=" + campaignId);
        assertThat(text(".coop-rules-locked")).isEqualTo("Campaign " + campaignId + " is live, so its payout rules change"
                + " only through a committee adjustment, not by a direct edit.");
        assertThat(browser.findElements(By.cssSelector("button.coop-save-rules"))).isEmpty();

        // every field checked as for a direct save, and the committee needs a reason
        fill("coop-pool", "777.00");
        fill("coop-sales-tiers", "100:1");
        fill("coop-traffic-tiers", "");
        fill("coop-cap", "100");
        fill("coop-exponent", "1");
        fill("coop-boost", "0");
        fill("coop-minimum", "0");
        clickAndWaitForNewPage(browser.findElement(By.cssSelector("button.coop-propose-rules")));
        assertThat(browser.findElements(By.cssSelector(".coop-field-error"))).extracting(WebElement::getText)
                .containsExactly("reason: is required");
        assertThat(browser.findElement(By.id("coop-pool")).getAttribute("value")).as("the typed rules are kept").isEqualTo("777.00");

        fill("coop-rules-reason", "the platform doubles the pool for the last week");
        clickAndWaitForNewPage(browser.findElement(By.cssSelector("button.coop-propose-rules")));
        String done = text(".coop-done");
        assertThat(done).startsWith("The new payout rules were put to the committee as decision #")
                .endsWith("; the rules in force stay until it is approved.");
        long decisionId = Long.parseLong(done.substring(done.indexOf('#') + 1, done.indexOf(';')));
        assertThat(text(".coop-rules-pending")).contains("decision #" + decisionId);
        assertThat(browser.findElements(By.cssSelector("button.coop-propose-rules"))).as("one proposal at a time").isEmpty();
        assertThat(number("SELECT COUNT(*) FROM COOP_PAYOUT_RULES WHERE CAMPAIGN_ID = ?", campaignId))
                .as("proposing changes no rules").isEqualTo(versionsBefore);

        // the committee's page shows both rule sets; the platform admin overrules with a reason
        browser.get(store.baseUrl() + "/admin/coop-approvals/" + decisionId);
        assertThat(text(".coop-rules-proposed")).startsWith("Proposed payout rules: pool 777.00, sales tiers 100:1");
        browser.findElement(By.cssSelector(".coop-overrule-form textarea[name=reason]")).sendKeys("the committee is away this week");
        new Select(browser.findElement(By.cssSelector(".coop-overrule-form select[name=outcome]"))).selectByValue("APPROVED");
        clickAndWaitForNewPage(browser.findElement(By.cssSelector("button.coop-overrule-submit")));
        assertThat(text(".coop-decision-status")).isEqualTo("APPROVED");

        assertThat(number("SELECT COUNT(*) FROM COOP_PAYOUT_RULES WHERE CAMPAIGN_ID = ?", campaignId)).isEqualTo(versionsBefore + 1);
        assertThat(number("SELECT ADJUSTMENT_DECISION_ID FROM COOP_PAYOUT_RULES WHERE CAMPAIGN_ID = ?"
                + " ORDER BY VERSION DESC LIMIT 1", campaignId)).isEqualTo(decisionId);
        browser.get(store.baseUrl() + "/admin/coop-settlement?campaign=" + campaignId);
        WebElement newest = waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr.coop-rules-version")));
        assertThat(newest.getText()).contains("777.00", "LIVE", "committee decision #" + decisionId);
        assertThat(text(".coop-rules-proposal-status")).isEqualTo("APPLIED as version " + (versionsBefore + 1));
    }

    private void attribute(long id, long campaignId, long sellerId, String state) throws SQLException {
        try (Connection c = connect();
             PreparedStatement ps = c.prepareStatement("INSERT INTO COOP_ORDER_ATTRIBUTION (ATTRIBUTION_ID, ORDER_ID,"
                     + " ORDER_ITEM_ID, CAMPAIGN_ID, SELLER_ID, LISTING_ID, SKU_ID, QUANTITY, DISCOUNT, PLATFORM_PART,"
                     + " SELLER_PART, LINE_TOTAL, STATE, CREATED_AT, UPDATED_AT)"
                     + " VALUES (?, ?, ?, ?, ?, 1, 1, 1, 20.00, 8.00, 12.00, 80.00, ?, now() - interval '1 hour', now() - interval '1 hour')")) {
            ps.setLong(1, id);
            ps.setLong(2, id);
            ps.setLong(3, id);
            ps.setLong(4, campaignId);
            ps.setLong(5, sellerId);
            ps.setString(6, state);
            ps.executeUpdate();
        }
    }

    private void fill(String id, String value) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    private void clickAndWaitForNewPage(WebElement target) {
        WebElement page = browser.findElement(By.tagName("html"));
        target.click();
        waitUntilStale(page);
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.main")));
    }

    private String text(String css) {
        return waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css))).getText().trim();
    }

    private static long number(String sql, Object parameter) throws SQLException {
        return Long.parseLong(string(sql, parameter));
    }

    private static String string(String sql, Object parameter) throws SQLException {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
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
