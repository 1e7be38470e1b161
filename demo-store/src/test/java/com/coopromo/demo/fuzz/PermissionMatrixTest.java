package com.coopromo.demo.fuzz;

import com.coopromo.demo.DemoStoreOptions;
import com.coopromo.demo.DemoStoreServer;
import com.coopromo.demo.fuzz.FuzzClient.Param;
import com.coopromo.demo.fuzz.FuzzClient.Response;
import com.coopromo.demo.seed.DemoGovernanceSeeder;
import com.coopromo.demo.seed.DemoMarketplaceSeeder;
import com.coopromo.infra.Ports;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The permission matrix on the real demo store (Broadleaf admin in Jetty, embedded PostgreSQL, the seeded demo and its
 * five demo logins): every module page and every module action, requested over HTTP by read-only staff, a seller, a
 * committee member, a promotion editor and the platform admin. Each request is either allowed (the page opens, the
 * action gets past the permission check to the screen's own rules) or refused with a 403 and one sentence naming the
 * action and the permission it takes, and the refused requests, all of them, leave the module's tables, the order
 * tables and the catalog's Skus exactly as they were.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PermissionMatrixTest {
    static final String ADMIN = "/admin";
    /** The five kinds of admin user, by their demo logins (password = login). */
    static final List<String> ROLES = List.of(DemoGovernanceSeeder.STAFF_LOGIN, DemoGovernanceSeeder.SELLER_LOGIN,
            DemoGovernanceSeeder.MEMBER_LOGIN, DemoGovernanceSeeder.EDITOR_LOGIN, DemoMarketplaceSeeder.ADMIN_LOGIN);
    /** The refusal sentence's shape; the action and permission follow. */
    static final String REFUSED = "You may not ";

    static Path dataDir;
    static DemoStoreServer store;
    static DatabaseChecksum checksum;
    static final Map<String, FuzzClient> clients = new LinkedHashMap<>();
    static final Map<String, String> ids = new LinkedHashMap<>();
    static final List<Probe> probes = new ArrayList<>();

    /**
     * One row of the matrix: a request, which roles (in {@link #ROLES} order: "Y" allowed, "-" refused, "s" allowed but
     * not sent, since it would remove what the other rows use) may make it, and the sentence a refused one reads (or,
     * when the role may not even view the section, the section's view sentence).
     */
    record Probe(String action, String method, String path, Function<String, List<Param>> params, String allowed,
                 String refusal, String viewRefusal) {
        boolean allows(String role) {
            return allowed.charAt(ROLES.indexOf(role)) != '-';
        }

        boolean sentWhenAllowed(String role) {
            return allowed.charAt(ROLES.indexOf(role)) == 'Y';
        }
    }

    @BeforeAll
    static void startStoreAndSignIn() throws Exception {
        dataDir = Files.createTempDirectory("coop-permission-matrix");
        store = new DemoStoreServer(DemoStoreOptions.parse(new String[0]).port(Ports.freePort()).dataDir(dataDir),
                System.out).start();
        checksum = new DatabaseChecksum(store.services().property("coop.db.url"));
        for (String login : ROLES) {
            FuzzClient client = new FuzzClient(login, store.baseUrl());
            EndpointFuzzTest.signIn(client, login, login);
            clients.put(login, client);
        }
        ids.put("draft", one("SELECT min(campaign_id) FROM coop_campaign WHERE state = 'DRAFT'"));
        ids.put("campaign", one("SELECT min(campaign_id) FROM coop_campaign"));
        ids.put("participation", one("SELECT min(participation_id) FROM coop_participation"));
        ids.put("decision", one("SELECT min(decision_id) FROM coop_decision"));
        ids.put("assetCampaign", one("SELECT min(campaign_id) FROM coop_asset"));
        ids.put("asset", one("SELECT min(asset_id) FROM coop_asset WHERE campaign_id = " + ids.get("assetCampaign")));
        ids.put("version", one("SELECT min(version_no) FROM coop_asset_version WHERE asset_id = " + ids.get("asset")));
        ids.put("mySeller", one("SELECT seller_id FROM coop_seller_admin_user WHERE admin_login = 'seller'"));
        placeAnOrderWithACampaignDiscount();
        ids.put("order", one("SELECT min(order_id) FROM coop_order_attribution"));
        ids.put("orderCampaign", one("SELECT min(campaign_id) FROM coop_order_attribution WHERE order_id = "
                + ids.get("order")));
        buildMatrix();
    }

    @AfterAll
    static void stopStore() throws IOException {
        if (store != null) {
            store.close();
            store = null;
        }
        if (dataDir != null) {
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    static void buildMatrix() {
        //                                      staff seller member editor admin
        view("Campaigns", "/coop-campaigns", "YYYYY", "View Campaigns");
        view("Calendar", "/coop-calendar", "YYYYY", "View Campaign Calendar");
        view("Sellers", "/coop-sellers", "YYYYY", "View Sellers");
        view("Seller Listings", "/coop-seller-listings", "YYYYY", "View Seller Listings");
        view("Participations", "/coop-participations", "YYYYY", "View Participations");
        view("Enrollments", "/coop-enrollments", "YYYYY", "View Enrollments");
        view("Theming Windows", "/coop-theming-windows", "Y--YY", "View Theming Windows");
        view("Approval Queue", "/coop-approvals", "Y-YYY", "View Committee Decisions");
        view("Committee", "/coop-committee", "YYYYY", "View Committee");
        view("Campaign Assets", "/coop-assets", "YYYYY", "View Campaign Assets");
        view("Brand Guidelines", "/coop-brand-guidelines", "Y--YY", "View Brand Guidelines");
        view("Audit Log", "/coop-audit-log", "Y-YYY", "View Audit Log");
        view("Pricing preview", "/coop-pricing-preview", "Y--YY", "Preview Campaign Pricing");
        view("Rewards", "/coop-rewards", "Y--YY", "View Multi-seller Rewards");
        view("Settlement", "/coop-settlement", "YY-YY", "View Settlement Statements");
        view("Campaign dashboard", "/coop-campaign-dashboard", "YY-YY", "View Campaign Dashboard");
        view("Campaign debriefs", "/coop-debriefs", "YY-YY", "View Campaign Debriefs");

        String[][] entitySections = {
                {"Campaigns", "/coop-campaigns", "Maintain Campaigns"},
                {"Sellers", "/coop-sellers", "Maintain Sellers"},
                {"Seller Listings", "/coop-seller-listings", "Maintain Seller Listings"},
                {"Participations", "/coop-participations", "Maintain Participations"},
                {"Enrollments", "/coop-enrollments", "Maintain Enrollments"},
                {"Theming Windows", "/coop-theming-windows", "Maintain Theming Windows"}};
        for (String[] s : entitySections) {
            String sentence = "You may not add, change or delete " + s[0] + ": that takes the permission '" + s[2] + "'.";
            probes.add(new Probe("open the add form of " + s[0], "GET", ADMIN + s[1] + "/add", role -> List.of(),
                    "---YY", sentence, viewSentence(s[0])));
        }
        probes.add(new Probe("save a campaign's form", "POST", ADMIN + "/coop-campaigns/" + ids.get("draft"),
                role -> campaignForm(role), "---YY",
                "You may not add, change or delete Campaigns: that takes the permission 'Maintain Campaigns'.", null));
        probes.add(new Probe("delete a campaign", "POST", ADMIN + "/coop-campaigns/" + ids.get("draft") + "/delete",
                role -> token(role), "---ss",
                "You may not add, change or delete Campaigns: that takes the permission 'Maintain Campaigns'.", null));

        String money = ADMIN + "/coop-campaigns/" + ids.get("orderCampaign") + "/money";
        probes.add(new Probe("view a campaign's money page", "GET", money, role -> List.of(), "YYYYY",
                viewSentence("Campaigns"), null));
        probes.add(new Probe("export a campaign's attribution", "GET", money + "/export", role -> List.of(), "YYYYY",
                viewSentence("Campaigns"), null));
        // the admin's cancellation is the money test's own (below), not the matrix's
        action("cancel a submitted order", money + "/orders/" + ids.get("order") + "/cancel", PermissionMatrixTest::token,
                "----s", "cancel submitted orders", "'Cancel Submitted Orders'", null);

        // linking is the login test's own (below)
        String logins = ADMIN + "/coop-sellers/" + ids.get("mySeller") + "/logins";
        action("link an admin login to a seller", logins + "/link", role -> with(role, "login", "staff"), "----s",
                "link admin logins to sellers", "'Link Admin Logins to Sellers'", null);
        action("unlink an admin login from a seller", logins + "/unlink", role -> with(role, "login", "seller"), "----s",
                "link admin logins to sellers", "'Link Admin Logins to Sellers'", null);

        // the seller community: a seller's hub choice and mentoring answers (pair 0 does not exist: the screen says so);
        // not sent as the admin, whose session would keep their messages for the seller's page the login test reads
        String community = ADMIN + "/coop-sellers/" + ids.get("mySeller");
        action("choose whether a seller's badges show on the hub", community + "/community/hub-badges",
                role -> with(role, "show", "true"), "-YYYs", "choose whether a seller's badges show on the hub",
                "'Maintain Sellers' or 'Answer Campaign Invitations'", null);
        action("accept a mentoring pair", community + "/mentoring/0/accept", PermissionMatrixTest::token, "-YYYs",
                "accept, decline or end mentoring pairs", "'Maintain Sellers' or 'Answer Campaign Invitations'", null);
        action("end a mentoring pair", community + "/mentoring/0/end", PermissionMatrixTest::token, "-YYYs",
                "accept, decline or end mentoring pairs", "'Maintain Sellers' or 'Answer Campaign Invitations'", null);

        action("set a campaign's early access period", ADMIN + "/coop-campaigns/" + ids.get("draft") + "/early-access",
                role -> with(role, "leadHours", "0"), "---Ys", "set a campaign's early access period",
                "'Maintain Campaigns'", null);

        // the admin's payout rules and dry runs are AdminSettlementBrowserTest's own
        String settlement = ADMIN + "/coop-settlement";
        action("set payout rules", settlement + "/rules", role -> with(role, "campaign", ids.get("draft")), "----s",
                "set payout rules", "'Set Payout Rules and Run Settlement'", "Settlement");
        action("run a settlement dry run", settlement + "/dry-run", role -> with(role, "campaign", ids.get("draft")),
                "----s", "run settlements", "'Set Payout Rules and Run Settlement'", "Settlement");

        // a draft campaign has no debrief: the allowed requests get past the permission check to that refusal
        String debriefs = ADMIN + "/coop-debriefs";
        action("write a debrief's lessons", debriefs + "/lessons", role -> with(role, "campaign", ids.get("draft"),
                "lessons", "matrix", "action", "save"), "----Y", "write and publish campaign debriefs",
                "'Write and Publish Campaign Debriefs'", "Campaign debriefs");
        action("answer a campaign's survey", debriefs + "/survey", role -> with(role, "campaign", ids.get("draft"),
                "assetClarity", "3", "messaging", "3", "fairness", "3"), "-Y--Y", "answer campaign feedback surveys",
                "'Answer Campaign Surveys'", "Campaign debriefs");
        action("start a campaign from a debrief", debriefs + "/clone", role -> with(role, "campaign", ids.get("draft"),
                "cloneName", "Matrix debrief clone " + role, "cloneSlug", "matrix-debrief-clone-" + role,
                "cloneStartsAt", "2031-03-01 09:00"), "---YY", "clone campaigns", "'Maintain Campaigns'",
                "Campaign debriefs");

        String campaign = ADMIN + "/coop-campaigns/" + ids.get("draft");
        action("move a campaign (submit)", campaign + "/lifecycle", role -> with(role, "action", "SUBMIT"), "--YYY",
                "move campaigns through their lifecycle", "'Maintain Campaigns', 'Take Part in Committee Decisions' or "
                        + "'Overrule Committee Decisions'", null);
        action("clone a campaign", campaign + "/clone", role -> with(role, "cloneName", "Matrix clone " + role,
                        "cloneSlug", "matrix-clone-" + role, "cloneStartsAt", "2031-03-01 09:00"), "---YY",
                "clone campaigns", "'Maintain Campaigns'", null);
        String participation = ADMIN + "/coop-participations/" + ids.get("participation");
        action("accept a participation", participation + "/accept", PermissionMatrixTest::token, "-YYYY",
                "accept or decline participations", "'Maintain Participations' or 'Answer Campaign Invitations'", null);
        action("decline a participation", participation + "/decline", PermissionMatrixTest::token, "-YYYY",
                "accept or decline participations", "'Maintain Participations' or 'Answer Campaign Invitations'", null);
        action("open a participation dispute", participation + "/dispute", role -> with(role, "reason", "matrix " + role),
                "-YYYY", "open participation disputes", "'Maintain Participations' or 'Answer Campaign Invitations'",
                null);
        action("request an adjustment", participation + "/adjustment", role -> with(role, "kind", "PAUSE_LISTING",
                "listing", "0", "reason", "matrix"), "-YYYY", "request adjustments to live campaigns",
                "'Maintain Participations' or 'Answer Campaign Invitations'", null);

        String assets = ADMIN + "/coop-assets";
        String onCampaign = ids.get("assetCampaign");
        action("submit an asset", assets + "/submit", role -> with(role, "campaign", onCampaign, "kind", "HEADLINE"),
                "---YY", "submit campaign assets", "'Maintain Campaign Assets'", null);
        action("accept an asset version", assets + "/" + ids.get("asset") + "/versions/" + ids.get("version") + "/accept",
                role -> with(role, "campaign", onCampaign), "---YY", "accept campaign assets",
                "'Maintain Campaign Assets'", null);
        action("reuse an asset", assets + "/reuse", role -> with(role, "campaign", onCampaign, "source", "1"), "---YY",
                "reuse campaign assets", "'Maintain Campaign Assets'", null);
        action("write a copy template", assets + "/templates", role -> with(role, "campaign", onCampaign, "name",
                "matrix " + role, "kind", "HEADLINE", "text", "Hello {{campaign}}"), "---YY", "write copy templates",
                "'Maintain Campaign Assets'", null);
        action("fill a copy template", assets + "/templates/1/fill", role -> with(role, "campaign", onCampaign), "---YY",
                "submit campaign assets", "'Maintain Campaign Assets'", null);
        action("change the brand guidelines", ADMIN + "/coop-brand-guidelines", role -> with(role, "bannedWords",
                "free"), "---YY", "change the brand guidelines", "'Maintain Brand Guidelines'", "Brand Guidelines");

        String decision = ADMIN + "/coop-approvals/" + ids.get("decision");
        action("vote", decision + "/vote", role -> with(role, "choice", "APPROVE"), "--Y-Y",
                "vote in committee decisions", "'Take Part in Committee Decisions'", "Approval Queue");
        action("appeal", decision + "/appeal", role -> with(role, "reason", "matrix"), "--Y-Y",
                "appeal committee decisions", "'Take Part in Committee Decisions'", "Approval Queue");
        action("overrule as the platform admin", decision + "/overrule", role -> with(role, "as", "PLATFORM_ADMIN",
                        "outcome", "APPROVED", "reason", "matrix"), "----Y",
                "overrule committee decisions as the platform admin", "'Overrule Committee Decisions'",
                "Approval Queue");
        action("change a tier's rights and timings", ADMIN + "/coop-committee/tiers/STANDARD",
                role -> with(role, "votingWindow", "3 days"), "----Y", "set up the committee",
                "'Set Up the Committee'", null);
        // the admin's request gets past the check and is refused by the form (no name): the committee stays
        action("set the committee up (members, seats, terms)", ADMIN + "/coop-committee/setup",
                role -> with(role, "name", "", "memberId", "x", "represents", "PLATFORM", "firstDay", "2026-01-05",
                        "zone", "UTC", "termLength", "4 weeks"), "----Y", "set up the committee", "'Set Up the Committee'", null);
        // a proposal on a draft campaign is refused by the settlement rules (draft rules are saved directly)
        action("propose payout rules to the committee", ADMIN + "/coop-settlement/rules",
                role -> with(role, "campaign", ids.get("draft"), "action", "propose", "reason", "more pool"), "----Y",
                "set payout rules", "'Set Payout Rules and Run Settlement'", "Settlement");
    }

    static final Map<String, String> VIEW_PERMISSIONS = new LinkedHashMap<>();

    static void view(String section, String url, String allowed, String permission) {
        VIEW_PERMISSIONS.put(section, permission);
        probes.add(new Probe("view " + section, "GET", ADMIN + url, role -> List.of(), allowed, viewSentence(section),
                null));
    }

    static String viewSentence(String section) {
        return "You may not view " + section + ": that takes the permission '" + VIEW_PERMISSIONS.get(section) + "'.";
    }

    static void action(String name, String path, Function<String, List<Param>> params, String allowed, String label,
                       String permissions, String viewedSection) {
        probes.add(new Probe(name, "POST", path, params, allowed, "You may not " + label + ": that takes the permission "
                + permissions + ".", viewedSection == null ? null : viewSentence(viewedSection)));
    }

    @Test
    @Order(1)
    void everyRefusedRequestIsOneSentenceNamingTheActionAndPermissionAndChangesNothing() {
        Map<String, String> before = checksum.take();
        SoftAssertions softly = new SoftAssertions();
        int refused = 0;
        for (Probe probe : probes) {
            for (String role : ROLES) {
                if (probe.allows(role)) {
                    continue;
                }
                refused++;
                Response r = send(probe, role);
                String body = unescaped(r.body());
                String where = role + " -> " + probe.action() + " (" + probe.method() + " " + probe.path() + ")";
                softly.assertThat(r.status()).as(where + ": status").isEqualTo(403);
                String sentence = body.contains(probe.refusal()) ? probe.refusal()
                        : probe.viewRefusal() != null && body.contains(probe.viewRefusal()) ? probe.viewRefusal() : null;
                softly.assertThat(sentence).as(where + ": names the action and the permission; the page reads: "
                        + excerpt(body)).isNotNull();
                softly.assertThat(body).as(where).doesNotContain("Exception", "at org.", "at com.");
            }
        }
        softly.assertThat(EndpointFuzzTest.changed(before, checksum.take()))
                .as("tables changed by the " + refused + " refused requests").isEmpty();
        softly.assertAll();
        assertThat(refused).as("the matrix refuses something for every kind of user but the admin").isGreaterThan(40);
    }

    @Test
    @Order(2)
    void everyAllowedRequestGetsPastThePermissionCheck() {
        SoftAssertions softly = new SoftAssertions();
        for (Probe probe : probes) {
            for (String role : ROLES) {
                if (!probe.sentWhenAllowed(role)) {
                    continue;
                }
                Response r = send(probe, role);
                String body = unescaped(r.body());
                String where = role + " -> " + probe.action() + " (" + probe.method() + " " + probe.path() + ")";
                softly.assertThat(body).as(where + ": not refused for a permission").doesNotContain("that takes the "
                        + "permission");
                if (probe.method().equals("GET")) {
                    softly.assertThat(r.status()).as(where + ": the page opens").isEqualTo(200);
                } else {
                    softly.assertThat(r.status()).as(where + ": the screen answers (its own rules may still say no)")
                            .isLessThan(500);
                }
            }
        }
        softly.assertAll();
    }

    /** The platform admin may do everything in the matrix; every other kind of user is refused something. */
    @Test
    @Order(3)
    void theMatrixGivesThePlatformAdminEveryActionAndEveryOtherKindOfUserLess() {
        for (Probe probe : probes) {
            assertThat(probe.allows(DemoMarketplaceSeeder.ADMIN_LOGIN)).as(probe.action()).isTrue();
        }
        for (String role : ROLES.subList(0, 4)) {
            assertThat(probes.stream().filter(p -> !p.allows(role)).count()).as(role + " is refused something")
                    .isPositive();
        }
    }

    /**
     * The money page: the admin sees the budget, held, consumed and left, the order's attribution rows with a link to
     * the order and a CSV of them; a seller sees only its own rows and no totals. Cancelling the submitted order from
     * there refunds its platform part to the budget, reverses its rows, marks the order cancelled and is audited; a
     * second cancel is refused with its reason and changes nothing.
     */
    @Test
    @Order(4)
    void theMoneyPageShowsTheCampaignsMoneyAndCancelsASubmittedOrderOnce() {
        FuzzClient admin = clients.get(DemoMarketplaceSeeder.ADMIN_LOGIN);
        String campaignId = ids.get("orderCampaign");
        String orderId = ids.get("order");
        String money = ADMIN + "/coop-campaigns/" + campaignId + "/money";
        String platformPart = one("SELECT sum(platform_part) FROM coop_order_attribution WHERE order_id = " + orderId
                + " AND campaign_id = " + campaignId);
        String consumedBefore = one("SELECT consumed FROM coop_campaign_budget WHERE campaign_id = " + campaignId);
        String orderNumber = one("SELECT order_number FROM blc_order WHERE order_id = " + orderId);

        Response page = admin.get(money, List.of());
        assertThat(page.status()).isEqualTo(200);
        String body = unescaped(page.body());
        assertThat(body).contains("coop-money-totals", "coop-money-consumed\">" + consumedBefore,
                "href=\"/admin/order/" + orderId + "\"", ">" + orderNumber + "</a>", "coop-cancel-order");

        Response csv = admin.get(money + "/export", List.of());
        assertThat(csv.status()).isEqualTo(200);
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).startsWith("campaign_id,order_id,order_number,order_status");
        assertThat(lines).hasSize(1 + Integer.parseInt(one("SELECT count(*) FROM coop_order_attribution WHERE "
                + "campaign_id = " + campaignId)));
        assertThat(lines.get(1)).startsWith(campaignId + "," + orderId + "," + orderNumber + ",SUBMITTED,");

        String mySeller = one("SELECT seller_id FROM coop_seller_admin_user WHERE admin_login = 'seller'");
        Response sellerCsv = clients.get(DemoGovernanceSeeder.SELLER_LOGIN).get(money + "/export", List.of());
        assertThat(sellerCsv.status()).isEqualTo(200);
        sellerCsv.body().lines().skip(1).forEach(line -> assertThat(line.split(",")[5]).as(line).isEqualTo(mySeller));
        assertThat(clients.get(DemoGovernanceSeeder.SELLER_LOGIN).get(money, List.of()).body())
                .doesNotContain("coop-money-totals", "coop-cancel-order");

        Response cancelled = admin.post(money + "/orders/" + orderId + "/cancel", token(DemoMarketplaceSeeder.ADMIN_LOGIN));
        assertThat(cancelled.status()).isEqualTo(302);
        assertThat(unescaped(admin.follow(money).body())).contains("Order " + orderNumber + " was cancelled: refunded "
                + platformPart + " of campaign budget");
        assertThat(one("SELECT order_status FROM blc_order WHERE order_id = " + orderId)).isEqualTo("CANCELLED");
        assertThat(one("SELECT count(*) FROM coop_order_attribution WHERE order_id = " + orderId
                + " AND state <> 'REVERSED'")).isEqualTo("0");
        assertThat(new java.math.BigDecimal(one("SELECT consumed FROM coop_campaign_budget WHERE campaign_id = "
                + campaignId))).isEqualByComparingTo(new java.math.BigDecimal(consumedBefore)
                .subtract(new java.math.BigDecimal(platformPart)));
        assertThat(one("SELECT count(*) FROM coop_audit_event WHERE action = 'ORDER_CANCELLED' AND entity_id = '"
                + orderId + "'")).isEqualTo("1");

        Map<String, String> before = checksum.take();
        admin.post(money + "/orders/" + orderId + "/cancel", token(DemoMarketplaceSeeder.ADMIN_LOGIN));
        assertThat(unescaped(admin.follow(money).body())).contains("Order " + orderNumber + " is cancelled already.");
        assertThat(EndpointFuzzTest.changed(before, checksum.take())).isEmpty();
    }

    /**
     * Sellers → the seller: the platform admin links an admin login to the seller and unlinks it again, both audited;
     * a platform admin's login and a login that is no admin user are refused with their reason and change nothing.
     */
    @Test
    @Order(5)
    void thePlatformAdminLinksAndUnlinksAdminLoginsOnASellersPage() {
        FuzzClient admin = clients.get(DemoMarketplaceSeeder.ADMIN_LOGIN);
        String seller = ADMIN + "/coop-sellers/" + ids.get("mySeller");
        String name = one("SELECT name FROM coop_seller WHERE seller_id = " + ids.get("mySeller"));
        assertThat(unescaped(admin.get(seller, List.of()).body())).contains("coop-seller-logins", ">seller</span>",
                "coop-link-form");

        admin.post(seller + "/logins/link", with(DemoMarketplaceSeeder.ADMIN_LOGIN, "login", "editor"));
        assertThat(unescaped(admin.follow(seller).body())).contains("'editor' now acts for " + name + ".",
                ">editor</span>");
        assertThat(one("SELECT seller_id FROM coop_seller_admin_user WHERE admin_login = 'editor'"))
                .isEqualTo(ids.get("mySeller"));
        assertThat(one("SELECT count(*) FROM coop_audit_event WHERE action = 'SELLER_USER_LINKED' AND after_state = "
                + "'login=editor'")).isEqualTo("1");

        Map<String, String> before = checksum.take();
        admin.post(seller + "/logins/link", with(DemoMarketplaceSeeder.ADMIN_LOGIN, "login", "admin"));
        assertThat(unescaped(admin.follow(seller).body()))
                .contains("login: 'admin' is a platform admin (ROLE_ADMIN), who acts for no seller.");
        admin.post(seller + "/logins/link", with(DemoMarketplaceSeeder.ADMIN_LOGIN, "login", "nobody-here"));
        assertThat(unescaped(admin.follow(seller).body())).contains("login: there is no admin user 'nobody-here'");
        assertThat(EndpointFuzzTest.changed(before, checksum.take())).isEmpty();

        admin.post(seller + "/logins/unlink", with(DemoMarketplaceSeeder.ADMIN_LOGIN, "login", "editor"));
        assertThat(unescaped(admin.follow(seller).body())).contains("'editor' no longer acts for " + name + ".")
                .doesNotContain(">editor</span>");
        assertThat(one("SELECT count(*) FROM coop_seller_admin_user WHERE admin_login = 'editor'")).isEqualTo("0");
        assertThat(one("SELECT count(*) FROM coop_audit_event WHERE action = 'SELLER_USER_UNLINKED' AND before_state = "
                + "'login=editor'")).isEqualTo("1");
    }

    /**
     * A participation's page asks the committee: the admin opens a dispute about it and requests a listing's pause
     * (each opens a committee decision); a dispute without a reason and an adjustment of a listing the participation
     * did not enroll are refused with their sentence and open nothing.
     */
    @Test
    @Order(6)
    void aParticipationsPageOpensADisputeAndAnAdjustmentRequest() {
        // a session of its own: the matrix's requests left their messages waiting in the other one
        FuzzClient admin = new FuzzClient("admin-committee", store.baseUrl());
        EndpointFuzzTest.signIn(admin, DemoMarketplaceSeeder.ADMIN_LOGIN, DemoMarketplaceSeeder.ADMIN_PASSWORD);
        String participationId = one("SELECT min(p.participation_id) FROM coop_participation p JOIN coop_enrollment e "
                + "ON e.participation_id = p.participation_id JOIN coop_campaign c ON c.campaign_id = p.campaign_id "
                + "WHERE c.state = 'LIVE'");
        String listingId = one("SELECT min(listing_id) FROM coop_enrollment WHERE participation_id = " + participationId);
        String page = ADMIN + "/coop-participations/" + participationId;
        assertThat(admin.get(page, List.of()).body()).contains("coop-dispute-form", "coop-adjustment-form");
        String disputes = "SELECT count(*) FROM coop_decision WHERE kind = 'PARTICIPATION_DISPUTE' AND subject_id = "
                + participationId;
        String adjustments = "SELECT count(*) FROM coop_decision WHERE kind = 'ADJUSTMENT_REQUEST'";
        long disputesBefore = Long.parseLong(one(disputes));
        long adjustmentsBefore = Long.parseLong(one(adjustments));

        Map<String, String> before = checksum.take();
        admin.post(page + "/dispute", withToken(admin, "reason", " "));
        assertThat(unescaped(admin.follow(page).body())).contains("The dispute was not opened: reason");
        admin.post(page + "/adjustment", withToken(admin, "kind", "PAUSE_LISTING", "listing", "999999",
                "reason", "stock"));
        assertThat(unescaped(admin.follow(page).body())).contains("The adjustment was not requested: listing: choose "
                + "one of this participation's enrolled listings");
        assertThat(EndpointFuzzTest.changed(before, checksum.take())).isEmpty();

        admin.post(page + "/dispute", withToken(admin, "reason", "late deliveries"));
        assertThat(unescaped(admin.follow(page).body())).containsPattern("Dispute #\\d+ was put to the committee");
        assertThat(Long.parseLong(one(disputes))).isEqualTo(disputesBefore + 1);

        admin.post(page + "/adjustment", withToken(admin, "kind", "PAUSE_LISTING", "listing", listingId,
                "reason", "out of stock"));
        assertThat(unescaped(admin.follow(page).body()))
                .containsPattern("Adjustment request #\\d+ \\(PAUSE_LISTING\\) was put to the committee");
        assertThat(Long.parseLong(one(adjustments))).isEqualTo(adjustmentsBefore + 1);
    }

    /** A buyer orders one unit of a product the home page shows with a live campaign's deal. */
    static void placeAnOrderWithACampaignDiscount() {
        FuzzClient buyer = new FuzzClient("buyer", store.baseUrl());
        java.util.regex.Matcher tile = java.util.regex.Pattern.compile("<li[^>]*\\bdeal\\b[^>]*>")
                .matcher(buyer.follow("/").body());
        assertThat(tile.find()).as("the home page shows a deal").isTrue();
        java.util.regex.Matcher product = java.util.regex.Pattern.compile("data-product-id=\"(\\d+)\"")
                .matcher(tile.group());
        assertThat(product.find()).as(tile.group()).isTrue();
        EndpointFuzzTest.addToCart(buyer, product.group(1));
        String total = HtmlForms.postForms(buyer.follow("/cart").body()).stream()
                .filter(f -> f.action().endsWith("/checkout")).findFirst().orElseThrow().fields().stream()
                .filter(p -> p.name().equals("expectedTotal")).findFirst().orElseThrow().value();
        Response placed = buyer.post("/checkout", List.of(new Param("expectedTotal", total),
                new Param("csrfToken", buyer.token("", "/"))));
        assertThat(placed.location()).as("the order is placed").contains("/orders/");
    }

    static Response send(Probe probe, String role) {
        FuzzClient client = clients.get(role);
        return probe.method().equals("GET") ? client.get(probe.path(), probe.params().apply(role))
                : client.post(probe.path(), probe.params().apply(role));
    }

    static List<Param> token(String role) {
        return List.of(new Param("csrfToken", clients.get(role).token(ADMIN, ADMIN + "/coop-campaigns")));
    }

    static List<Param> withToken(FuzzClient client, String... namesAndValues) {
        List<Param> params = new ArrayList<>();
        params.add(new Param("csrfToken", client.token(ADMIN, ADMIN + "/coop-campaigns")));
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            params.add(new Param(namesAndValues[i], namesAndValues[i + 1]));
        }
        return params;
    }

    static List<Param> with(String role, String... namesAndValues) {
        List<Param> params = new ArrayList<>(token(role));
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            params.add(new Param(namesAndValues[i], namesAndValues[i + 1]));
        }
        return params;
    }

    /** The draft campaign's entity form as the admin's page has it, sent with the role's own form token. */
    static List<Param> campaignForm(String role) {
        List<Param> form = EndpointFuzzTest.entityForm(clients.get(DemoMarketplaceSeeder.ADMIN_LOGIN),
                ADMIN + "/coop-campaigns/" + ids.get("draft"));
        List<Param> params = new ArrayList<>(token(role));
        form.stream().filter(p -> !p.name().equals("csrfToken")).forEach(params::add);
        return params;
    }

    static String unescaped(String html) {
        return html.replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&").replace("&#x27;", "'");
    }

    static String excerpt(String body) {
        String text = body.replaceAll("(?s)<script.*?</script>", " ").replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
        int at = text.indexOf(REFUSED);
        return at >= 0 ? text.substring(at, Math.min(text.length(), at + 300))
                : text.substring(0, Math.min(text.length(), 300));
    }

    static String one(String sql) {
        try (Connection c = DriverManager.getConnection(store.services().property("coop.db.url"));
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            String value = rs.getString(1);
            assertThat(value).as(sql).isNotNull();
            return value;
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
