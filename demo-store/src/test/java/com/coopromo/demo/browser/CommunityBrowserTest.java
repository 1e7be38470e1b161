package com.coopromo.demo.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Chromium, on the demo store: the mentoring pair the demo proposes is shown on both sellers' pages; each seller,
 * signed in with a login acting for it, accepts its side on its own page; the pair turns active only after the second
 * acceptance, and then the experienced seller's page shows the "Mentor" badge it has just earned. Each step is an
 * audit row.
 */
class CommunityBrowserTest extends SignedInAdminTestBase {

    @Test
    void aProposedMentoringPairIsAcceptedByBothSellersAndTheMentorBadgeAppears() throws Exception {
        String pair = one("SELECT min(pair_id) FROM coop_mentoring WHERE state = 'PROPOSED'");
        assertThat(pair).as("the demo proposes a mentoring pair").isNotNull();
        String newcomer = one("SELECT newcomer_id FROM coop_mentoring WHERE pair_id = " + pair);
        String mentor = one("SELECT mentor_id FROM coop_mentoring WHERE pair_id = " + pair);

        // the platform admin sees the proposal on both pages, and the experienced seller has no Mentor badge yet
        openSeller(newcomer);
        assertThat(pairRow(pair).findElement(By.cssSelector(".coop-pair-state")).getText()).isEqualTo("PROPOSED");
        openSeller(mentor);
        assertThat(pairRow(pair).findElement(By.cssSelector(".coop-pair-state")).getText()).isEqualTo("PROPOSED");
        assertThat(badgeLabels()).doesNotContain("Mentor");

        // the newcomer accepts on its own page
        actAs(newcomer);
        clickInPair(pair, ".coop-pair-accept button");
        assertThat(done()).isEqualTo("You accepted mentoring pair " + pair
                + "; it becomes active once the other side accepts too.");
        assertThat(pairRow(pair).findElement(By.cssSelector(".coop-pair-state")).getText()).isEqualTo("PROPOSED");
        assertThat(pairRow(pair).findElements(By.cssSelector(".coop-pair-accept"))).as("accepted already").isEmpty();

        // then the experienced seller on its own: the pair is active, and its Mentor badge is on the page
        actAs(mentor);
        assertThat(badgeLabels()).doesNotContain("Mentor");
        clickInPair(pair, ".coop-pair-accept button");
        assertThat(done()).isEqualTo("Mentoring pair " + pair + " is active: both sides accepted.");
        assertThat(pairRow(pair).findElement(By.cssSelector(".coop-pair-state")).getText()).isEqualTo("ACTIVE");
        assertThat(badgeLabels()).contains("Mentor");
        assertThat(pairRow(pair).findElements(By.cssSelector(".coop-pair-end button"))).hasSize(1);

        assertThat(one("SELECT count(*) FROM coop_audit_event WHERE entity_type = 'MENTORING_PAIR' AND entity_id = '"
                + pair + "'")).as("proposed, accepted, accepted").isEqualTo("3");
        assertThat(one("SELECT count(*) FROM coop_seller_badge WHERE kind = 'MENTOR' AND seller_id = " + mentor))
                .isEqualTo("1");
    }

    /** The platform admin links the demo's "seller" login to the seller; then that login signs in on its page. */
    private void actAs(String sellerId) {
        signIn("admin", "admin");
        openSeller(sellerId);
        browser.findElement(By.id("coop-link-login")).sendKeys("seller");
        WebElement link = browser.findElement(By.cssSelector("button.coop-link"));
        link.click();
        waitUntilStale(link);
        assertThat(waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".coop-login-done"))).getText())
                .startsWith("'seller' now acts for ");
        signIn("seller", "seller");
        openSeller(sellerId);
    }

    private void openSeller(String sellerId) {
        browser.get(store.baseUrl() + "/admin/coop-sellers/" + sellerId);
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("coop-seller-community")));
    }

    private WebElement pairRow(String pair) {
        return waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr.coop-pair[data-pair='" + pair + "']")));
    }

    private void clickInPair(String pair, String button) {
        WebElement b = pairRow(pair).findElement(By.cssSelector(button));
        b.click();
        waitUntilStale(b);
    }

    private String done() {
        return waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".coop-community-done"))).getText();
    }

    private List<String> badgeLabels() {
        return browser.findElements(By.cssSelector(".coop-badge-label")).stream().map(WebElement::getText)
                .collect(Collectors.toList());
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
