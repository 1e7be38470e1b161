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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Campaigns in Broadleaf's admin, in the whole demo store driven by real headless Chromium: a campaign is created
 * through the Campaigns section's form (bad input first, refused field by field, then saved as a DRAFT), a seeded
 * seller is invited and accepted, a listing is enrolled (a discount the policies refuse first, with every rule and
 * reason), the campaign is submitted and reviewed from its page, and the calendar shows the seeded conflict.
 * <p>
 * Broadleaf's to-one lookups (campaign, seller, participation, listing) are its own modal widgets over list grids
 * of up to 2,400 rows; the test fills their hidden id inputs directly, as the widget does on a row click.
 */
class AdminCampaignsBrowserTest extends SignedInAdminTestBase {
    /** The admin's date-picker display format; its script turns it into Broadleaf's "yyyy.MM.dd HH:mm:ss" on submit. */
    private static final DateTimeFormatter ADMIN_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy HH:mm:ss");
    /** The campaign page's "Clone as template" start format. */
    private static final DateTimeFormatter CLONE_START = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** From demo-seed/sellers.txt: a SMALL seller in GOOD standing. */
    private static final String SELLER = "Sprout Seed Co.";
    /** The seeder's zone (DemoCampaignSeeder.ZONE). */
    private static final ZoneId DEMO_ZONE = ZoneId.of("America/New_York");

    @Test
    void aCampaignGoesFromTheFormThroughSellersAndEnrollmentToReview() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 6);
        LocalDateTime start = LocalDate.now(DEMO_ZONE).plusDays(150).atTime(9, 0);

        // 1. the add form refuses bad input on its fields, and saves nothing
        openSection("Campaigns");
        openAddForm();
        fillCampaign("Autumn Makers " + unique, "autumn-makers-" + unique, "Mars/Olympus", start, "20", "10");
        submitModal();
        String errors = modalText();
        assertThat(errors).contains("unknown time zone 'Mars/Olympus' (use an IANA name like Europe/Paris)");
        assertThat(errors).contains("the discount cap must not be below the minimum viable discount (10 < 20)");
        assertThat(count("SELECT COUNT(*) FROM COOP_CAMPAIGN WHERE SLUG = ?", "autumn-makers-" + unique)).isZero();
        // the errors are listed in the form's field order (time zone before the discounts), one entry per field, no
        // template text; the radio choices made are still there and still chosen
        assertThat(chosenIn(modalForm(), "objective")).isEqualTo("SEASONAL_TRAFFIC");
        assertThat(chosenIn(modalForm(), "tier")).isEqualTo("LIGHTWEIGHT");
        assertThat(chosenIn(modalForm(), "stackingPolicy")).isEqualTo("BEST_OF");
        assertThat(errors).doesNotContain("[[", "__${");
        assertThat(errors.indexOf("unknown time zone 'Mars/Olympus'"))
                .isLessThan(errors.indexOf("the discount cap must not be below the minimum viable discount"));
        choose(modalForm(), "objective", "CLEAR_SURPLUS_STOCK");

        // 2. fixed, it is saved as a draft and its page shows the lifecycle
        typeInto(modalForm(), "timeZone", "America/New_York");
        typeInto(modalForm(), "minDiscountPercent", "5");
        typeInto(modalForm(), "maxDiscountPercent", "60");
        submitModal();
        waitUntil(ExpectedConditions.urlMatches("/admin/coop-campaigns/\\d+$"));
        long campaignId = idIn(browser.getCurrentUrl());
        assertThat(string("SELECT OBJECTIVE || ' ' || TIER || ' ' || STACKING_POLICY FROM COOP_CAMPAIGN WHERE CAMPAIGN_ID = ?",
                campaignId)).as("the choices made, not defaults").isEqualTo("CLEAR_SURPLUS_STOCK LIGHTWEIGHT BEST_OF");
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("coop-lifecycle")));
        assertThat(text(".coop-state")).isEqualTo("DRAFT");
        assertThat(actionButtons()).containsExactlyInAnyOrder("SUBMIT", "CANCEL");

        // 3. inviting a seller to a campaign whose enrollment closed is refused naming the deadline
        long sellerId = longValue("SELECT SELLER_ID FROM COOP_SELLER WHERE NAME = ?", SELLER);
        long backToSchool = longValue("SELECT CAMPAIGN_ID FROM COOP_CAMPAIGN WHERE SLUG = ?", "back-to-school");
        openSection("Participations");
        openAddForm();
        setHidden(modalForm(), "campaign", backToSchool);
        setHidden(modalForm(), "seller", sellerId);
        submitModal();
        assertThat(modalText()).contains("enrollmentDeadline: enrollment for 'Back to School' closed at");

        // 4. invited to the new campaign, then accepted, with the banner it has submitted
        setHidden(modalForm(), "campaign", campaignId);
        submitModal();
        waitUntil(ExpectedConditions.urlMatches("/admin/coop-participations/\\d+$"));
        long participationId = idIn(browser.getCurrentUrl());
        assertThat(text("#coop-participation .coop-state")).isEqualTo("INVITED");
        clickAndWaitForNewPage(By.cssSelector("button.coop-accept"));
        assertThat(text("#coop-participation .coop-state")).isEqualTo("ACCEPTED");
        typeInto(browser.findElement(By.cssSelector("form.entity-form")), "submittedAssets", "BANNER");
        save();
        assertThat(field(browser.findElement(By.cssSelector("form.entity-form")), "submittedAssets")
                .getAttribute("value")).isEqualTo("BANNER");

        // 5. an enrollment the policies refuse shows every failed rule with its reason; a fair one is saved
        long listingId = longValue("SELECT l.LISTING_ID FROM COOP_SELLER_LISTING l JOIN BLC_SKU s ON s.SKU_ID = l.SKU_ID"
                + " WHERE l.SELLER_ID = ? ORDER BY l.MARGIN_FLOOR_PRICE / COALESCE(s.SALE_PRICE, s.RETAIL_PRICE), l.LISTING_ID"
                + " LIMIT 1", sellerId);
        openSection("Enrollments");
        openAddForm();
        setHidden(modalForm(), "participation", participationId);
        setHidden(modalForm(), "listing", listingId);
        typeInto(modalForm(), "discountPercent", "95");
        submitModal();
        String refusal = modalText();
        assertThat(refusal).contains("discount range: discount 95% is outside the campaign's range");
        assertThat(refusal).containsPattern("margin floor: a 95% discount takes the price from \\d+\\.\\d{2} to "
                + "\\d+\\.\\d{2}, below the margin floor \\d+\\.\\d{2}");
        assertThat(count("SELECT COUNT(*) FROM COOP_ENROLLMENT WHERE PARTICIPATION_ID = ?", participationId)).isZero();
        typeInto(modalForm(), "discountPercent", "5");
        submitModal();
        waitUntil(ExpectedConditions.urlMatches("/admin/coop-enrollments/\\d+$"));
        assertThat(count("SELECT COUNT(*) FROM COOP_ENROLLMENT WHERE PARTICIPATION_ID = ?", participationId)).isEqualTo(1);
        assertThat(browser.findElement(By.cssSelector("form.entity-form")).getText())
                .as("the enrollment names its campaign and seller, not their ids")
                .contains("Autumn Makers " + unique + " / " + SELLER);

        // 6. submitted from its page; a refused move shows why; the history records who did what in which role
        browser.get(store.baseUrl() + "/admin/coop-campaigns/" + campaignId);
        act("SUBMIT", "ready for review");
        assertThat(text(".coop-state")).isEqualTo("SUBMITTED");
        act("START_REVIEW", "");
        assertThat(text(".coop-state")).isEqualTo("IN_REVIEW");
        act("REJECT", "");
        assertThat(text(".coop-lifecycle-refused")).isEqualTo("REJECT needs a reason");
        assertThat(text(".coop-state")).isEqualTo("IN_REVIEW");
        List<String> history = browser.findElements(By.cssSelector("table.coop-history tbody tr")).stream()
                .map(WebElement::getText).toList();
        assertThat(history).hasSize(2);
        assertThat(history.get(0)).contains("DRAFT SUBMITTED SUBMIT admin ORGANIZER ready for review");
        // the admin holds no committee office: it starts the review as the platform admin it is
        assertThat(history.get(1)).contains("SUBMITTED IN_REVIEW START_REVIEW admin PLATFORM_ADMIN");
    }

    @Test
    void aStandardCampaignInReviewIsApprovedOnlyByTheCommitteeAndTheAdminIsToldWhy() throws Exception {
        long campaignId = longValue("SELECT CAMPAIGN_ID FROM COOP_CAMPAIGN WHERE SLUG = ?", "clear-winter-stock");
        long decisionId = longValue("SELECT DECISION_ID FROM COOP_DECISION WHERE CAMPAIGN_ID = ?", campaignId);
        long transitions = count("SELECT COUNT(*) FROM COOP_CAMPAIGN_TRANSITION WHERE CAMPAIGN_ID = ?", campaignId);
        browser.get(store.baseUrl() + "/admin/coop-campaigns/" + campaignId);
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("coop-lifecycle")));

        // the platform admin may cancel it, but approving or rejecting it is the committee's: one sentence says whose
        assertThat(text(".coop-state")).isEqualTo("IN_REVIEW");
        assertThat(actionButtons()).containsExactly("CANCEL");
        assertThat(text(".coop-why-not")).isEqualTo("Approval is up to the committee: decision #" + decisionId
                + ", 1 of 2 votes to approve.");
        assertThat(browser.findElement(By.cssSelector(".coop-pending-decision a")).getAttribute("href"))
                .endsWith("/admin/coop-approvals/" + decisionId);

        // an APPROVE posted anyway (a page kept from before, a hand-made request) is refused and changes nothing
        ((JavascriptExecutor) browser).executeScript("var b = document.createElement('button'); b.type = 'submit';"
                + " b.name = 'action'; b.value = 'APPROVE'; b.className = 'coop-forged';"
                + " document.querySelector('form.coop-lifecycle-form').appendChild(b);");
        clickAndWaitForNewPage(By.cssSelector("form.coop-lifecycle-form button.coop-forged"));
        assertThat(text(".coop-lifecycle-refused")).isEqualTo("'Clear Winter Stock' is waiting for the committee's "
                + "decision (decision #" + decisionId + ", 1 of 2 votes to approve)");
        assertThat(text(".coop-state")).isEqualTo("IN_REVIEW");
        assertThat(count("SELECT COUNT(*) FROM COOP_CAMPAIGN_TRANSITION WHERE CAMPAIGN_ID = ?", campaignId))
                .isEqualTo(transitions);
        assertThat(count("SELECT COUNT(*) FROM COOP_CAMPAIGN WHERE CAMPAIGN_ID = ? AND STATE = 'IN_REVIEW'", campaignId))
                .isEqualTo(1);

        // the live campaign was approved by the committee's vote when it was seeded, not by one reviewer
        long live = longValue("SELECT CAMPAIGN_ID FROM COOP_CAMPAIGN WHERE SLUG = ?", "back-to-school");
        assertThat(count("SELECT COUNT(*) FROM COOP_CAMPAIGN_TRANSITION WHERE CAMPAIGN_ID = ? AND ACTION = 'APPROVE'"
                + " AND ACTOR_ROLE = 'COMMITTEE'", live)).isEqualTo(1);
    }

    @Test
    void anEndedCampaignIsClonedAsATemplateWithoutItsParticipants() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 6);
        String name = "Spring Garden Again " + unique;
        String slug = "spring-garden-again-" + unique;
        String start = LocalDate.now(DEMO_ZONE).plusDays(200).atTime(9, 0).format(CLONE_START);
        long source = longValue("SELECT CAMPAIGN_ID FROM COOP_CAMPAIGN WHERE SLUG = ?", "spring-garden-test");
        browser.get(store.baseUrl() + "/admin/coop-campaigns/" + source);
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("coop-lifecycle")));
        assertThat(text(".coop-state")).isEqualTo("ENDED");
        assertThat(browser.findElements(By.cssSelector("table.coop-participants tr.coop-participant"))).isNotEmpty();
        String brief = field(browser.findElement(By.cssSelector("form.entity-form")), "themeBrief").getAttribute("value");
        assertThat(brief).isEqualTo("Trying garden tools and seeds as a new category with a few small sellers.");

        // 1. a start not in the hinted format is refused naming the field
        cloneAs(name, slug, "01/03/2027 9am");
        assertThat(text(".coop-clone-starts-at-error"))
                .contains("New start: '01/03/2027 9am' is not a date and time as yyyy-MM-dd HH:mm");
        assertThat(browser.getCurrentUrl()).endsWith("/admin/coop-campaigns/" + source);

        // 2. a missing name and a slug in use are refused, each by its field; nothing is saved, the input stays
        cloneAs("", "back-to-school", start);
        assertThat(text(".coop-clone-slug-error"))
                .contains("New URL slug: 'back-to-school' is already used by campaign 'Back to School'");
        assertThat(text(".coop-clone-name-error")).startsWith("New name:");
        assertThat(browser.findElements(By.cssSelector(".coop-clone-starts-at-error"))).isEmpty();
        assertThat(browser.findElement(By.id("coop-clone-slug")).getAttribute("value")).isEqualTo("back-to-school");
        assertThat(browser.findElement(By.id("coop-clone-starts-at")).getAttribute("value")).isEqualTo(start);
        assertThat(count("SELECT COUNT(*) FROM COOP_CAMPAIGN WHERE CLONED_FROM_ID = ?", source)).isZero();

        // 3. valid: the new draft's page, with the source's brief and no participants
        cloneAs(name, slug, start);
        waitUntil(ExpectedConditions.urlMatches("/admin/coop-campaigns/\\d+$"));
        long cloneId = idIn(browser.getCurrentUrl());
        assertThat(cloneId).isNotEqualTo(source);
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("coop-lifecycle")));
        assertThat(text(".coop-state")).isEqualTo("DRAFT");
        assertThat(text(".coop-clone-done")).contains(name);
        WebElement form = browser.findElement(By.cssSelector("form.entity-form"));
        assertThat(field(form, "name").getAttribute("value")).isEqualTo(name);
        assertThat(field(form, "slug").getAttribute("value")).isEqualTo(slug);
        assertThat(field(form, "themeBrief").getAttribute("value")).isEqualTo(brief);
        assertThat(text(".coop-no-participants")).isEqualTo("No participants.");
        assertThat(browser.findElements(By.cssSelector("table.coop-participants tr.coop-participant"))).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM COOP_PARTICIPATION WHERE CAMPAIGN_ID = ?", cloneId)).isZero();
        assertThat(longValue("SELECT CAMPAIGN_ID FROM COOP_CAMPAIGN WHERE CLONED_FROM_ID = ?", source)).isEqualTo(cloneId);
        assertThat(longValue("SELECT CAMPAIGN_ID FROM COOP_CAMPAIGN WHERE SLUG = ?", slug)).isEqualTo(cloneId);
    }

    @Test
    void theCalendarShowsTheSeededConflictOfTheHolidayFlagship() {
        openSection("Calendar");
        assertThat(browser.getCurrentUrl()).endsWith("/admin/coop-calendar");
        assertThat(browser.findElements(By.cssSelector("table.coop-grid td.coop-day"))).hasSizeBetween(28, 31);

        // the seeded draft starts 15 days from now
        YearMonth month = YearMonth.from(LocalDate.now(DEMO_ZONE).plusDays(15));
        browser.get(store.baseUrl() + "/admin/coop-calendar?month=" + month + "&zone=" + DEMO_ZONE);
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.coop-grid")));
        assertThat(text(".coop-month-title")).startsWith(month.toString());
        List<String> conflicts = browser.findElements(By.cssSelector("table.coop-conflicts tr.coop-conflict")).stream()
                .map(WebElement::getText).toList();
        assertThat(conflicts).anyMatch(conflict -> conflict.contains("Holiday Flagship"));
        assertThat(browser.findElements(By.cssSelector(".coop-day-campaign.coop-in-conflict")))
                .extracting(WebElement::getText)
                .anyMatch(cell -> cell.contains("Holiday Flagship (DRAFT)"));

        browser.findElement(By.cssSelector("a.coop-next")).click();
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".coop-month-title"),
                month.plusMonths(1).toString()));
    }

    // ---------------------------------------------------------------------------------------------------------------

    private void fillCampaign(String name, String slug, String zone, LocalDateTime start, String min, String max) {
        WebElement form = modalForm();
        typeInto(form, "name", name);
        typeInto(form, "slug", slug);
        typeInto(form, "themeBrief", "Handmade autumn goods from small workshops.");
        choose(form, "objective", "SEASONAL_TRAFFIC");
        choose(form, "tier", "LIGHTWEIGHT");
        choose(form, "stackingPolicy", "BEST_OF");
        typeInto(form, "timeZone", zone);
        setValue(form, "startsAt", start.format(ADMIN_DATE));
        setValue(form, "endsAt", start.plusDays(14).format(ADMIN_DATE));
        setValue(form, "enrollmentDeadline", start.minusDays(10).format(ADMIN_DATE));
        setValue(form, "assetDeadline", start.minusDays(10).format(ADMIN_DATE));
        typeInto(form, "minDiscountPercent", min);
        typeInto(form, "maxDiscountPercent", max);
        typeInto(form, "budget", "5000");
        typeInto(form, "platformFundingPercent", "40");
        typeInto(form, "minSellers", "1");
        typeInto(form, "maxSellerSharePercent", "50");
        typeInto(form, "minUnitsInStock", "1");
    }

    /** Through the left navigation: expand "Cooperative Promotions", follow the section's link. */
    private void openAddForm() {
        waitUntil(ExpectedConditions.elementToBeClickable(By.cssSelector("button.add-main-entity"))).click();
        waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal form.modal-add-entity-form")));
    }

    private WebElement modalForm() {
        return browser.findElement(By.cssSelector(".modal form.modal-add-entity-form"));
    }

    /**
     * Saves the modal's form and waits for the answer: Broadleaf's script swaps in the form's fields with their errors,
     * or follows the redirect to the new entity's page.
     */
    private void submitModal() {
        WebElement fields = browser.findElement(By.cssSelector(".modal .modal-body .tabs-content"));
        browser.findElement(By.cssSelector(".modal button.submit-button")).click();
        waitUntilStale(fields);
        waitUntil(driver -> !driver.getCurrentUrl().matches(".*/coop-[a-z-]+$")
                || !driver.findElements(By.cssSelector(".modal .modal-body .tabs-content")).isEmpty());
    }

    /** The add modal's text, with the errors Broadleaf puts above its fields. */
    private String modalText() {
        return browser.findElement(By.cssSelector(".modal .modal-body")).getText();
    }

    /** Saves the main entity form and waits for the answer page. */
    private void save() {
        WebElement form = browser.findElement(By.cssSelector("form.entity-form"));
        browser.findElement(By.cssSelector(".entity-form-actions button.submit-button")).click();
        waitUntilStale(form);
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.entity-form")));
    }

    private void act(String action, String reason) {
        WebElement reasonInput = browser.findElement(By.cssSelector("form.coop-lifecycle-form input[name=reason]"));
        reasonInput.clear();
        reasonInput.sendKeys(reason);
        clickAndWaitForNewPage(By.cssSelector("form.coop-lifecycle-form button[value=" + action + "]"));
    }

    /** Fills the campaign page's "Clone as template" form and submits it. */
    private void cloneAs(String name, String slug, String start) {
        for (String[] input : new String[][] {{"coop-clone-name", name}, {"coop-clone-slug", slug},
                {"coop-clone-starts-at", start}}) {
            WebElement field = browser.findElement(By.id(input[0]));
            field.clear();
            field.sendKeys(input[1]);
        }
        clickAndWaitForNewPage(By.cssSelector("form.coop-clone-form button.coop-clone-submit"));
    }

    private void clickAndWaitForNewPage(By button) {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(button).click();
        waitUntilStale(page);
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.main")));
    }

    private List<String> actionButtons() {
        return browser.findElements(By.cssSelector("form.coop-lifecycle-form button.coop-action")).stream()
                .map(button -> button.getAttribute("value")).toList();
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText().trim();
    }

    /** An entity-form input, by its property name. */
    private static WebElement field(WebElement form, String property) {
        return form.findElement(By.xpath(".//*[@name=\"fields['" + property + "'].value\"]"));
    }

    private static void typeInto(WebElement form, String property, String value) {
        WebElement input = field(form, property);
        input.clear();
        input.sendKeys(value);
    }

    /** A Broadleaf enumeration with few values renders as radio buttons. */
    private void choose(WebElement form, String property, String value) {
        WebElement option = form.findElement(By.xpath(".//*[@name=\"fields['" + property + "'].value\" and @value='"
                + value + "']"));
        if ("select".equals(option.getTagName())) {
            new org.openqa.selenium.support.ui.Select(option).selectByValue(value);
        } else if ("option".equals(option.getTagName())) {
            option.click();
        } else {
            ((JavascriptExecutor) browser).executeScript("arguments[0].click();", option);
        }
    }

    /** The value of the chosen radio button (or selected option) of an enumeration field; null when none is. */
    private static String chosenIn(WebElement form, String property) {
        List<WebElement> inputs = form.findElements(By.xpath(".//*[@name=\"fields['" + property + "'].value\"]"));
        if (inputs.isEmpty()) {
            String html = form.getAttribute("innerHTML").replaceAll("\\s+", " ");
            int at = html.toLowerCase().indexOf(property.toLowerCase());
            System.out.println("no choices of " + property + " on the form: "
                    + (at < 0 ? "(not mentioned)" : html.substring(Math.max(0, at - 600), Math.min(html.length(), at + 600))));
        }
        assertThat(inputs).as("the choices of " + property + " are on the form").isNotEmpty();
        for (WebElement input : inputs) {
            if ("select".equals(input.getTagName())) {
                return new org.openqa.selenium.support.ui.Select(input).getFirstSelectedOption().getAttribute("value");
            }
            if (input.isSelected()) {
                return input.getAttribute("value");
            }
        }
        return null;
    }

    /** Date fields carry a date-picker widget; the value is set as the widget would. */
    private void setValue(WebElement form, String property, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", field(form, property), value);
    }

    private void setHidden(WebElement form, String property, long id) {
        setValue(form, property, Long.toString(id));
    }

    private static long idIn(String url) {
        Matcher matcher = Pattern.compile("/(\\d+)$").matcher(url);
        assertThat(matcher.find()).as("an id at the end of " + url).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    // ---- reading the demo's database, to pick seeded rows by name -------------------------------------------------

    private static long longValue(String sql, Object parameter) throws SQLException {
        try (Connection connection = DriverManager.getConnection(store.services().property("coop.db.url"),
                store.services().property("coop.db.user"), store.services().property("coop.db.password"));
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).as(sql + " with " + parameter).isTrue();
                return rows.getLong(1);
            }
        }
    }

    private static String string(String sql, Object parameter) throws SQLException {
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
        return longValue(sql, parameter);
    }
}
