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
 * The Campaign debriefs section in the whole demo store, driven by real headless Chromium: the demo seller answers the
 * ended campaign's survey (a refused field named on the field, then once, and not twice), the admin reads the
 * figures and the anonymised summary, is refused publishing without lessons, publishes, and the published debrief
 * shows its frozen figures and the lessons, with no form left; the lessons library finds it; a new campaign started
 * from the debrief shows the lessons it carries.
 */
class AdminDebriefBrowserTest extends SignedInAdminTestBase {

    @Test
    void aSellerAnswersTheSurveyAndTheAdminPublishesTheDebrief() throws Exception {
        long ended = number("SELECT MIN(CAMPAIGN_ID) FROM COOP_CAMPAIGN WHERE STATE = 'ENDED' AND 0 < ?", 1);
        String name = string("SELECT NAME FROM COOP_CAMPAIGN WHERE CAMPAIGN_ID = ?", ended);
        long mine = number("SELECT SELLER_ID FROM COOP_SELLER_ADMIN_USER WHERE ADMIN_LOGIN = ?", "seller");
        String myName = string("SELECT NAME FROM COOP_SELLER WHERE SELLER_ID = ?", mine);
        if (number("SELECT count(*) FROM COOP_PARTICIPATION WHERE CAMPAIGN_ID = ? AND STATE = 'ACCEPTED' AND SELLER_ID = "
                + mine, ended) == 0) {
            // the demo seller took part in the live campaign only: let it have taken part in the ended one too
            try (Connection c = connect(); PreparedStatement ps = c.prepareStatement("INSERT INTO COOP_PARTICIPATION"
                    + " (PARTICIPATION_ID, CAMPAIGN_ID, SELLER_ID, STATE, CREATED_AT, UPDATED_AT)"
                    + " VALUES (910000001, ?, ?, 'ACCEPTED', now() - interval '70 days', now() - interval '70 days')")) {
                ps.setLong(1, ended);
                ps.setLong(2, mine);
                ps.executeUpdate();
            }
        }

        // the seller: a refused field on its field, then the answer, once
        signIn("seller", "seller");
        openSection("Campaign debriefs");
        chooseCampaign(name);
        assertThat(text(".coop-debrief-title")).isEqualTo(name + " — draft debrief");
        assertThat(browser.findElements(By.cssSelector("button.coop-publish-debrief"))).isEmpty();
        new Select(browser.findElement(By.id("coop-survey-assetClarity"))).selectByValue("4");
        new Select(browser.findElement(By.id("coop-survey-fairness"))).selectByValue("2");
        browser.findElement(By.id("coop-survey-comment")).sendKeys("The banner sizes came late.");
        clickAndWaitForNewPage(browser.findElement(By.cssSelector("button.coop-answer-survey")));
        assertThat(browser.findElements(By.cssSelector(".coop-field-error"))).extracting(WebElement::getText)
                .containsExactly("messaging: give messaging a score from 1 to 5.");
        assertThat(new Select(browser.findElement(By.id("coop-survey-assetClarity"))).getFirstSelectedOption().getText())
                .as("what was typed is kept").isEqualTo("4");
        new Select(browser.findElement(By.id("coop-survey-messaging"))).selectByValue("5");
        clickAndWaitForNewPage(browser.findElement(By.cssSelector("button.coop-answer-survey")));
        assertThat(text(".coop-done")).isEqualTo("Thank you: your answer is recorded and shown only within the summary.");
        assertThat(text(".coop-survey-answered")).isEqualTo("Your seller has answered this survey.");
        assertThat(browser.findElements(By.cssSelector("form.coop-survey-form"))).isEmpty();
        assertThat(text(".coop-survey-count")).isEqualTo("1 seller(s) answered.");

        // the admin: figures, the anonymised summary, lessons required, publish
        signIn("admin", "admin");
        openSection("Campaign debriefs");
        chooseCampaign(name);
        assertThat(browser.findElements(By.cssSelector("table.coop-funnel tbody tr"))).hasSize(5);
        assertThat(text("table.coop-funnel")).contains("Hub/tile impression", "Product click", "Add to cart",
                "Checkout started", "Order");
        assertThat(browser.findElements(By.cssSelector("table.coop-listings tbody tr"))).as("the demo's event history")
                .isNotEmpty();
        assertThat(text("table.coop-money")).contains("Budget (platform-funded discount)", "Payout pool");
        assertThat(text(".coop-outcome")).startsWith("Outcome: ");
        assertThat(text("table.coop-survey")).contains("Asset clarity 4.00", "Messaging 5.00", "Fairness 2.00");
        assertThat(text(".coop-survey-comments")).isEqualTo("The banner sizes came late.")
                .doesNotContain(myName);
        clickAndWaitForNewPage(browser.findElement(By.cssSelector("button.coop-publish-debrief")));
        assertThat(browser.findElements(By.cssSelector(".coop-field-error"))).extracting(WebElement::getText)
                .containsExactly("lessons: write the lessons the campaign taught before publishing its debrief.");
        String funnel = text("table.coop-funnel");
        browser.findElement(By.id("coop-lessons")).sendKeys("Send the banner sizes with the invitation.");
        clickAndWaitForNewPage(browser.findElement(By.cssSelector("button.coop-publish-debrief")));
        assertThat(text(".coop-done")).isEqualTo("The debrief is published: its figures are frozen as they are now.");
        assertThat(text(".coop-debrief-title")).isEqualTo(name + " — published debrief");
        assertThat(text(".coop-debrief-state")).startsWith("Published by admin on ");
        assertThat(text(".coop-lessons-text")).isEqualTo("Send the banner sizes with the invitation.");
        assertThat(browser.findElements(By.cssSelector("form.coop-lessons-form"))).isEmpty();
        assertThat(text("table.coop-funnel")).isEqualTo(funnel);
        assertThat(number("SELECT count(*) FROM COOP_DEBRIEF WHERE STATE = 'PUBLISHED' AND CAMPAIGN_ID = ?", ended)).isEqualTo(1);

        // the lessons library finds it by text and filters (Elasticsearch, through the published debrief's change event)
        clickAndWaitForNewPage(browser.findElement(By.cssSelector("a.coop-library-link")));
        browser.findElement(By.id("coop-library-q")).sendKeys("banner sizes");
        new Select(browser.findElement(By.id("coop-library-tier"))).selectByValue("LIGHTWEIGHT");
        clickAndWaitForNewPage(browser.findElement(By.cssSelector("button.coop-library-search")));
        assertThat(text(".coop-library-count")).isEqualTo("1 published debrief(s) found.");
        assertThat(text(".coop-hit-link")).isEqualTo(name);
        assertThat(text(".coop-hit-lessons")).isEqualTo("Send the banner sizes with the invitation.");
        new Select(browser.findElement(By.id("coop-library-tier"))).selectByValue("FLAGSHIP");
        clickAndWaitForNewPage(browser.findElement(By.cssSelector("button.coop-library-search")));
        assertThat(text(".coop-library-count")).isEqualTo("0 published debrief(s) found.");
        browser.get(store.baseUrl() + "/admin/coop-debriefs/library?q=banner");
        clickAndWaitForNewPage(waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.coop-hit-link"))));
        assertThat(text(".coop-debrief-title")).isEqualTo(name + " — published debrief");

        // start a new campaign from the published debrief: a refused start on its field, then the clone, whose page
        // shows the lessons it carries
        browser.findElement(By.id("coop-clone-name")).sendKeys("Spring Garden Again");
        browser.findElement(By.id("coop-clone-slug")).sendKeys("spring-garden-again");
        browser.findElement(By.id("coop-clone-startsAt")).sendKeys("next spring");
        clickAndWaitForNewPage(browser.findElement(By.cssSelector("button.coop-clone-from-debrief-button")));
        assertThat(browser.findElements(By.cssSelector(".coop-field-error"))).extracting(WebElement::getText)
                .containsExactly("startsAt: give the new start as yyyy-MM-dd HH:mm, e.g. 2027-03-01 09:00 (was \"next spring\").");
        WebElement start = browser.findElement(By.id("coop-clone-startsAt"));
        start.clear();
        start.sendKeys("2031-04-01 09:00");
        clickAndWaitForNewPage(browser.findElement(By.cssSelector("button.coop-clone-from-debrief-button")));
        assertThat(browser.getCurrentUrl()).contains("/admin/coop-campaigns/");
        assertThat(text(".coop-clone-done")).startsWith("Started from the debrief of campaign " + ended + " as a new DRAFT: "
                + "Spring Garden Again");
        assertThat(text(".coop-carried-from")).startsWith("Started from the published debrief of " + name
                + " (campaign " + ended + "; targets ");
        assertThat(text(".coop-carried-text")).isEqualTo("Send the banner sizes with the invitation.");
        assertThat(number("SELECT count(*) FROM COOP_CAMPAIGN WHERE SLUG = 'spring-garden-again' AND CLONED_FROM_ID = ?",
                ended)).isEqualTo(1);
        browser.get(store.baseUrl() + "/admin/coop-debriefs?campaign=" + ended);
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.main")));

        // the seller reads the published debrief: the survey is closed
        signIn("seller", "seller");
        browser.get(store.baseUrl() + "/admin/coop-debriefs?campaign=" + ended);
        assertThat(text(".coop-debrief-title")).isEqualTo(name + " — published debrief");
        assertThat(browser.findElements(By.cssSelector("form.coop-survey-form"))).isEmpty();
        List<WebElement> sellerRows = browser.findElements(By.cssSelector("table.coop-sellers tbody tr"));
        assertThat(sellerRows.size()).as("a seller sees its own row only").isLessThanOrEqualTo(1);
    }

    private void chooseCampaign(String name) {
        new Select(browser.findElement(By.id("coop-debrief-campaign"))).selectByVisibleText(
                browser.findElements(By.cssSelector("#coop-debrief-campaign option")).stream()
                        .filter(o -> o.getText().startsWith(name + " (")).findFirst().get().getText());
        clickAndWaitForNewPage(browser.findElement(By.cssSelector("button.coop-show-debrief")));
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
