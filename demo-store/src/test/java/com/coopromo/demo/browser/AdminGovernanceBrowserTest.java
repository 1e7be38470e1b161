package com.coopromo.demo.browser;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
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
 * The committee's screens in the whole demo store, driven by real headless Chromium: the seeded committee member
 * signs in, finds the campaign awaiting its vote in the Approval Queue and approves it, which reaches the standard
 * tier's quorum and approves the campaign; the same vote sent again from a page opened before is refused with the
 * governance service's reasons; the audit log lists the vote (banner uploads and their checks are in
 * {@link BannerUploadBrowserTest}). A plain seller sees none of it,
 * sees only its own seller in the admin, and is denied another seller's participation by URL. The admin saves a copy
 * template and fills it in (a placeholder left empty is refused by name), reuses an archived accepted banner in
 * another campaign as its next version, and changes a tier's appeal window on the Committee page. Last, the admin sets
 * the committee up anew on the Committee page: refused fields are listed in the form's order and named on their
 * fields with the typed values kept; the accepted set-up is shown with its seats per segment and as a seat change
 * (who, when, before and after); read-only staff see no set-up form.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdminGovernanceBrowserTest extends SignedInAdminTestBase {
    private static final String CAMPAIGN = "Clear Winter Stock";

    @Test
    @Order(1)
    void theMemberVotesAndTheCampaignIsApprovedAtQuorum() throws Exception {
        signIn("member", "member");

        // the committee's rotation: the member reviews this term
        openSection("Committee");
        WebElement current = browser.findElement(By.cssSelector("table.coop-rotation tr.coop-current-term"));
        assertThat(current.findElement(By.cssSelector(".coop-reviewer")).getText()).isEqualTo("member");

        // the queue lists the campaign awaiting the member's vote, with its deadline
        openSection("Approval Queue");
        List<WebElement> awaiting = browser.findElements(By.cssSelector("table.coop-awaiting tr.coop-awaiting-decision"));
        assertThat(awaiting).hasSize(1);
        assertThat(awaiting.get(0).getText()).contains(CAMPAIGN, "STANDARD", "REVIEWER", "1 of 3");
        assertThat(awaiting.get(0).findElement(By.cssSelector(".coop-deadline")).getText()).isNotBlank();
        clickAndWaitForNewPage(awaiting.get(0).findElement(By.cssSelector("a.coop-decision-link")));
        String decisionUrl = browser.getCurrentUrl();
        assertThat(text(".coop-campaign-state")).isEqualTo("IN_REVIEW");
        assertThat(text("#coop-brief .coop-theme-brief")).contains("Coats, boots and heaters");
        List<WebElement> votes = browser.findElements(By.cssSelector("table.coop-votes tr.coop-vote"));
        assertThat(votes).hasSize(1);
        assertThat(votes.get(0).getText()).contains("raj APPROVE Clearance prices checked against the margin floors");
        assertThat(text("#coop-assets")).contains("contrast 2.85:1 is below 4.5:1", "accepted");
        assertThat(browser.findElements(By.cssSelector("table.coop-participants tr.coop-participant"))).isNotEmpty();

        // a second tab keeps the page as it is now, vote form included
        String first = browser.getWindowHandle();
        browser.switchTo().newWindow(WindowType.TAB);
        browser.get(decisionUrl);
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.coop-vote-form")));
        String stale = browser.getWindowHandle();

        // the member approves with a comment: two approvals of three voters, the campaign is approved
        browser.switchTo().window(first);
        vote("APPROVE", "Honest clearance discounts and a readable banner.");
        assertThat(text(".coop-done")).contains("Your APPROVE vote was counted. The decision is APPROVED (2 approve, "
                + "0 reject, 0 abstain of 3 eligible); campaign 'Clear Winter Stock' is APPROVED.");
        assertThat(text(".coop-decision-status")).isEqualTo("APPROVED");
        assertThat(text(".coop-campaign-state")).isEqualTo("APPROVED");
        assertThat(text(".coop-no-vote")).startsWith("You voted APPROVE at");
        assertThat(browser.findElements(By.cssSelector("form.coop-vote-form"))).isEmpty();
        assertThat(stringValue("SELECT STATE FROM COOP_CAMPAIGN WHERE SLUG = ?", "clear-winter-stock")).isEqualTo("APPROVED");

        // the same vote from the page opened before is refused with the service's reasons, and changes nothing
        browser.switchTo().window(stale);
        vote("APPROVE", "again");
        String refusal = text(".coop-vote-refused");
        assertThat(refusal).contains("one vote each: member already voted APPROVE at");
        assertThat(refusal).contains("decision settled:").contains("was already APPROVED");
        assertThat(count("SELECT COUNT(*) FROM COOP_VOTE v JOIN COOP_DECISION d ON d.DECISION_ID = v.DECISION_ID"
                + " WHERE v.MEMBER_ID = ?", "member")).isEqualTo(1);
        browser.close();
        browser.switchTo().window(first);

        // nothing awaits the member any more
        openSection("Approval Queue");
        assertThat(text(".coop-nothing-awaiting")).isEqualTo("Nothing awaits your vote.");

        // the audit log lists the vote, newest first, filtered by actor and action
        openSection("Audit Log");
        browser.findElement(By.name("actor")).sendKeys("member");
        browser.findElement(By.name("action")).sendKeys("VOTE_CAST");
        clickAndWaitForNewPage(browser.findElement(By.cssSelector("button.coop-audit-apply")));
        List<WebElement> events = browser.findElements(By.cssSelector("table.coop-audit-events tr.coop-audit-event"));
        assertThat(events).hasSize(1);
        assertThat(events.get(0).getText()).contains("member", "COMMITTEE", "VOTE_CAST", "DECISION",
                "choice=APPROVE", "comment=Honest clearance discounts and a readable banner.");
        assertThat(text(".coop-audit-count")).startsWith("1 event(s)");
    }

    @Test
    @Order(3)
    void aPlainSellerHasNoWayIntoTheCommitteesDecisions() {
        signIn("seller", "seller");
        openSection("Committee");
        String menu = browser.findElement(By.id("sideMenu")).getText();
        assertThat(menu).contains("Campaigns", "Committee").doesNotContain("Approval Queue", "Audit Log", "Brand Guidelines");
        browser.get(store.baseUrl() + "/admin/coop-approvals");
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".coop-refusal")));
        assertThat(text(".coop-refusal")).isEqualTo("You may not view Approval Queue: that takes the permission "
                + "'View Committee Decisions'.");
    }

    @Test
    @Order(4)
    void aSellerSeesOnlyItsOwnSellerAndIsDeniedAnotherSellersParticipationByUrl() throws Exception {
        long mine = count("SELECT SELLER_ID FROM COOP_SELLER_ADMIN_USER WHERE ADMIN_LOGIN = ?", "seller");
        String myName = stringValue("SELECT NAME FROM COOP_SELLER WHERE SELLER_ID = ?", mine);
        long others = count("SELECT MIN(PARTICIPATION_ID) FROM COOP_PARTICIPATION WHERE SELLER_ID <> ?", mine);
        String otherName = stringValue("SELECT s.NAME FROM COOP_SELLER s JOIN COOP_PARTICIPATION p"
                + " ON p.SELLER_ID = s.SELLER_ID WHERE p.PARTICIPATION_ID = ?", others);
        long own = count("SELECT MIN(PARTICIPATION_ID) FROM COOP_PARTICIPATION WHERE SELLER_ID = ?", mine);
        signIn("seller", "seller");

        // another seller's participation by URL: a denial, none of its data
        browser.get(store.baseUrl() + "/admin/coop-participations/" + others);
        assertThat(text(".coop-refusal")).isEqualTo("This record belongs to another seller: you may only see and "
                + "change your own seller's records.");
        assertThat(browser.getPageSource()).doesNotContain(otherName);
        // nor through Broadleaf's route by entity class
        browser.get(store.baseUrl() + "/admin/" + "com.coopromo.participation.persistence.ParticipationImpl/" + others);
        assertThat(browser.getPageSource()).doesNotContain(otherName);

        // its own participation opens
        browser.get(store.baseUrl() + "/admin/coop-participations/" + own);
        assertThat(text("form.entity-form")).contains(myName);
        assertThat(browser.findElements(By.cssSelector(".coop-refusal"))).isEmpty();

        // the Sellers list holds its own record only; the Participations list only its own
        openSection("Sellers");
        List<WebElement> sellers = browser.findElements(By.cssSelector("table.list-grid-table tbody tr[data-link]"));
        assertThat(sellers).hasSize(1);
        assertThat(sellers.get(0).getText()).contains(myName);
        openSection("Participations");
        assertThat(browser.findElement(By.cssSelector("table.list-grid-table tbody")).getAttribute("data-totalrecords"))
                .isEqualTo(String.valueOf(count("SELECT COUNT(*) FROM COOP_PARTICIPATION WHERE SELLER_ID = ?", mine)));
        assertThat(browser.findElement(By.cssSelector("table.list-grid-table tbody")).getText()).doesNotContain(otherName);
    }

    @Test
    @Order(5)
    void theMemberSeesTheSellerItsSeatRepresents() throws Exception {
        long represented = count("SELECT SELLER_ID FROM COOP_SELLER_ADMIN_USER WHERE ADMIN_LOGIN = ?", "member");
        signIn("member", "member");
        openSection("Sellers");
        List<WebElement> sellers = browser.findElements(By.cssSelector("table.list-grid-table tbody tr[data-link]"));
        assertThat(sellers).hasSize(1);
        assertThat(sellers.get(0).getText())
                .contains(stringValue("SELECT NAME FROM COOP_SELLER WHERE SELLER_ID = ?", represented));
    }

    @Test
    @Order(6)
    void aCopyTemplateIsFilledInAndAPlaceholderLeftEmptyIsNamed() throws Exception {
        long campaignId = count("SELECT CAMPAIGN_ID FROM COOP_CAMPAIGN WHERE SLUG = ?", "clear-winter-stock");
        showAssetsOf(CAMPAIGN, "clear-winter-stock");

        // the admin saves a copy template with two placeholders
        fillId("coop-template-name", "Winter clearance line");
        new Select(browser.findElement(By.id("coop-template-kind"))).selectByValue("COPY_BLOCK");
        fillId("coop-template-text", "{{sellerName}} clears its winter stock: up to {{discount}} off coats and boots.");
        clickAndWaitForNewPage(browser.findElement(By.cssSelector("button.coop-template-save")));
        assertThat(text(".coop-template-done")).isEqualTo("Template 'Winter clearance line' is saved with the "
                + "placeholders [sellerName, discount].");

        // one placeholder left empty: refused, naming it, and nothing is stored
        template("Winter clearance line").findElement(By.cssSelector("input[name='ph.discount']")).sendKeys("40%");
        clickAndWaitForNewPage(template("Winter clearance line").findElement(By.cssSelector("button.coop-fill-submit")));
        assertThat(text(".coop-fill-refused")).isEqualTo("Not submitted. placeholders: no value for {{sellerName}}");
        assertThat(template("Winter clearance line").findElement(By.cssSelector("input[name='ph.discount']"))
                .getAttribute("value")).isEqualTo("40%");
        assertThat(count("SELECT COUNT(*) FROM COOP_ASSET WHERE CAMPAIGN_ID = ? AND KIND = 'COPY_BLOCK'", campaignId)).isZero();

        // every placeholder filled: the next copy version, with its checks
        template("Winter clearance line").findElement(By.cssSelector("input[name='ph.sellerName']")).sendKeys("North Outfitters");
        clickAndWaitForNewPage(template("Winter clearance line").findElement(By.cssSelector("button.coop-fill-submit")));
        assertThat(text(".coop-done")).startsWith("Version 1 of the copy block was submitted");
        WebElement copy = asset("Copy block of the campaign").findElement(By.cssSelector("tr.coop-version[data-version='1']"));
        assertThat(copy.getText()).contains("North Outfitters clears its winter stock: up to 40% off coats and boots.");
        assertThat(copy.findElements(By.cssSelector(".coop-check"))).isNotEmpty();
    }

    @Test
    @Order(7)
    void anArchivedAcceptedBannerIsReusedAsAnotherCampaignsNextVersion() throws Exception {
        long target = count("SELECT CAMPAIGN_ID FROM COOP_CAMPAIGN WHERE SLUG = ?", "holiday-flagship");
        long before = count("SELECT COUNT(*) FROM COOP_ASSET_VERSION v JOIN COOP_ASSET a ON a.ASSET_ID = v.ASSET_ID"
                + " WHERE a.KIND = 'BANNER' AND a.SELLER_ID IS NULL AND a.CAMPAIGN_ID = ?", target);
        showAssetsOf("Holiday Flagship", "holiday-flagship");

        // the archive lists Clear Winter Stock's accepted banner; reused for the campaign itself
        WebElement archived = browser.findElements(By.cssSelector("table.coop-archive tr.coop-archive-version")).stream()
                .filter(row -> row.getText().startsWith(CAMPAIGN + " Banner of the campaign"))
                .findFirst().orElseThrow(() -> new AssertionError("not in the archive: " + text("#coop-reuse")));
        assertThat(archived.getText()).contains("winter-clearance.png");
        clickAndWaitForNewPage(archived.findElement(By.cssSelector("button.coop-reuse")));

        long next = before + 1;
        assertThat(text(".coop-done")).startsWith("Reused: Version " + next + " of the banner was submitted");
        WebElement version = asset("Banner of the campaign")
                .findElement(By.cssSelector("tr.coop-version[data-version='" + next + "']"));
        assertThat(version.getText()).contains("winter-clearance.png", "admin");
        assertThat(version.findElements(By.cssSelector(".coop-check"))).isNotEmpty();
        assertThat(count("SELECT COUNT(*) FROM COOP_ASSET_VERSION v JOIN COOP_ASSET a ON a.ASSET_ID = v.ASSET_ID"
                + " WHERE a.KIND = 'BANNER' AND a.SELLER_ID IS NULL AND a.CAMPAIGN_ID = ?", target)).isEqualTo(next);
    }

    @Test
    @Order(8)
    void thePlatformAdminChangesATiersAppealWindow() {
        openSection("Committee");
        String tier = "LIGHTWEIGHT";
        String original = text("table.coop-rights tr.coop-tier[data-tier='" + tier + "'] .coop-appeal-window");

        // a deadline before the voting window closes is refused next to the field, and nothing changes
        String window = tierInput(tier, "votingWindow").getAttribute("value");
        fillTier(tier, "deadline", "1 hour");
        clickAndWaitForNewPage(tierForm(tier).findElement(By.cssSelector("button.coop-tier-save")));
        assertThat(text("#coop-tier-" + tier + "-deadline-error")).startsWith("deadline: must not come before the voting window closes");
        assertThat(tierInput(tier, "deadline").getAttribute("value")).isEqualTo("1 hour");

        // a new appeal window is saved and shown in the tier's row
        fillTier(tier, "deadline", window);
        fillTier(tier, "appealWindow", "9 days");
        clickAndWaitForNewPage(tierForm(tier).findElement(By.cssSelector("button.coop-tier-save")));
        assertThat(text(".coop-tier-done")).startsWith("The " + tier + " tier's rights and timings are saved");
        assertThat(text("table.coop-rights tr.coop-tier[data-tier='" + tier + "'] .coop-appeal-window")).isEqualTo("9 days");

        // the change is in the audit log
        openSection("Audit Log");
        browser.findElement(By.name("action")).sendKeys("TIER_RULES_CHANGED");
        clickAndWaitForNewPage(browser.findElement(By.cssSelector("button.coop-audit-apply")));
        assertThat(text("table.coop-audit-events")).contains("admin", "TIER_RULES_CHANGED", tier);

        // restored
        openSection("Committee");
        fillTier(tier, "appealWindow", original);
        clickAndWaitForNewPage(tierForm(tier).findElement(By.cssSelector("button.coop-tier-save")));
        assertThat(text("table.coop-rights tr.coop-tier[data-tier='" + tier + "'] .coop-appeal-window")).isEqualTo(original);
    }

    @Test
    @Order(9)
    void thePlatformAdminSetsTheCommitteeUpAndTheSeatChangeIsRecorded() {
        openSection("Committee");
        Select firstSeat = new Select(browser.findElement(By.id("coop-setup-represents-0")));
        String firstSeatValue = firstSeat.getFirstSelectedOption().getAttribute("value");
        String firstMember = browser.findElement(By.id("coop-setup-member-0")).getAttribute("value");
        assertThat(firstMember).as("the form starts from the committee in office").isNotEmpty();
        int changesBefore = browser.findElements(By.cssSelector("tr.coop-seat-change")).size();

        // every refusal named, in the form's field order, and what was typed is kept
        fillId("coop-setup-name", "");
        firstSeat.selectByValue("");
        fillId("coop-setup-zone", "Mars/Olympus");
        fillId("coop-setup-term", "forever");
        clickAndWaitForNewPage(browser.findElement(By.cssSelector("button.coop-setup-save")));
        assertThat(browser.findElements(By.cssSelector("ul.coop-setup-errors li"))).extracting(WebElement::getText)
                .containsExactly("name: is required",
                        "members: choose whom '" + firstMember + "' represents (a seller or the platform)",
                        "zone: must be a time zone like Europe/Paris or UTC (was 'Mars/Olympus')",
                        "termLength: must read like '4 weeks', '30 days' or '1 month', from 1 day to 12 months (was 'forever')");
        assertThat(text("#coop-setup-zone-error")).startsWith("zone: must be a time zone");
        assertThat(browser.findElement(By.id("coop-setup-zone")).getAttribute("value")).isEqualTo("Mars/Olympus");
        assertThat(browser.findElement(By.id("coop-setup-member-0")).getAttribute("value")).isEqualTo(firstMember);
        assertThat(browser.findElements(By.cssSelector("tr.coop-seat-change"))).as("nothing changed").hasSize(changesBefore);

        // the committee's own rules are the service's, named on the members
        fillId("coop-setup-name", "Demo committee, spring");
        new Select(browser.findElement(By.id("coop-setup-represents-0"))).selectByValue("PLATFORM");
        fillId("coop-setup-zone", "Europe/Paris");
        fillId("coop-setup-term", "2 weeks");
        clickAndWaitForNewPage(browser.findElement(By.cssSelector("button.coop-setup-save")));
        assertThat(text("#coop-setup-members-error")).startsWith("members: needs at least one SMALL seller member");

        new Select(browser.findElement(By.id("coop-setup-represents-0"))).selectByValue(firstSeatValue);
        clickAndWaitForNewPage(browser.findElement(By.cssSelector("button.coop-setup-save")));
        assertThat(text(".coop-setup-done")).startsWith("Committee 'Demo committee, spring' is in office with 4 members");
        assertThat(text(".coop-seats-per-segment")).isEqualTo("Seats: SMALL 1, MID 1, LARGE 1, PLATFORM 1");
        assertThat(browser.findElements(By.cssSelector("tr.coop-seat-change"))).hasSize(changesBefore + 1);
        WebElement change = browser.findElements(By.cssSelector("tr.coop-seat-change")).get(0);
        assertThat(change.findElement(By.cssSelector(".coop-seat-change-by")).getText()).isEqualTo("admin");
        assertThat(change.findElement(By.cssSelector(".coop-seat-change-after")).getText())
                .contains("name=Demo committee, spring", "terms=P14D", firstMember);

        signIn("staff", "staff");
        openSection("Committee");
        assertThat(browser.findElements(By.cssSelector("#coop-setup"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("tr.coop-seat-change"))).isNotEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------------

    private void vote(String choice, String comment) {
        browser.findElement(By.cssSelector("form.coop-vote-form input.coop-choice-" + choice)).click();
        WebElement box = browser.findElement(By.id("coop-vote-comment"));
        box.clear();
        box.sendKeys(comment);
        clickAndWaitForNewPage(browser.findElement(By.cssSelector("button.coop-vote-submit")));
    }

    private void fill(String field, String value) {
        WebElement input = browser.findElement(By.id("coop-asset-" + field));
        input.clear();
        input.sendKeys(value);
    }

    private void showAssetsOf(String campaign, String slug) throws SQLException {
        openSection("Campaign Assets");
        new Select(browser.findElement(By.id("coop-campaign"))).selectByVisibleText(campaign + " ("
                + stringValue("SELECT STATE FROM COOP_CAMPAIGN WHERE SLUG = ?", slug) + ")");
        clickAndWaitForNewPage(browser.findElement(By.cssSelector("form.coop-campaign-chooser button")));
    }

    private WebElement asset(String heading) {
        return browser.findElements(By.cssSelector(".coop-asset")).stream()
                .filter(asset -> asset.findElement(By.tagName("h5")).getText().equals(heading))
                .findFirst().orElseThrow(() -> new AssertionError("no asset '" + heading + "'"));
    }

    private WebElement template(String name) {
        return browser.findElement(By.cssSelector(".coop-template[data-template-name='" + name + "']"));
    }

    private WebElement tierForm(String tier) {
        return browser.findElement(By.cssSelector(".coop-tier-form-panel[data-tier='" + tier + "'] form.coop-tier-form"));
    }

    private WebElement tierInput(String tier, String field) {
        return browser.findElement(By.id("coop-tier-" + tier + "-" + field));
    }

    private void fillTier(String tier, String field, String value) {
        WebElement input = tierInput(tier, field);
        input.clear();
        input.sendKeys(value);
    }

    private void fillId(String id, String value) {
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

    private static String stringValue(String sql, Object parameter) throws SQLException {
        try (Connection connection = DriverManager.getConnection(store.services().property("coop.db.url"),
                store.services().property("coop.db.user"), store.services().property("coop.db.password"));
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).as(sql + " with " + parameter).isTrue();
                return rows.getString(1);
            }
        }
    }

    private static long count(String sql, Object parameter) throws SQLException {
        return Long.parseLong(stringValue(sql, parameter));
    }
}
