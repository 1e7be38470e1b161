package com.coopromo.demo.fuzz;

import com.coopromo.admin.install.CoopAdminMenu;
import com.coopromo.demo.DemoStoreOptions;
import com.coopromo.demo.DemoStoreServer;
import com.coopromo.demo.fuzz.FuzzClient.Param;
import com.coopromo.demo.fuzz.FuzzClient.Response;
import com.coopromo.infra.Ports;
import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.broadleafcommerce.openadmin.server.security.domain.AdminRole;
import org.broadleafcommerce.openadmin.server.security.domain.AdminUser;
import org.broadleafcommerce.openadmin.server.security.service.AdminSecurityService;
import org.broadleafcommerce.openadmin.web.controller.entity.AdminBasicEntityController;
import org.broadleafcommerce.openadmin.web.controller.entity.AdminBasicOperationsController;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.core.MethodParameter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.io.IOException;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import org.assertj.core.api.SoftAssertions;

/**
 * Walks every endpoint of the module's admin screens and of the storefront, found from the controllers' request
 * mappings (so a new endpoint is walked without touching this test), as anonymous, shopper, seller, committee member,
 * read-only staff and platform admin, with bad input: unknown, negative, zero, huge and non-numeric ids and numbers,
 * extreme and impossible dates, unknown enum values, missing and wrong form tokens, over-long and odd text. No answer
 * may be a server error or show a stack trace, and the requests that must be refused change nothing in the module's
 * tables, the order tables or the catalog's Skus.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EndpointFuzzTest {
    static final String ADMIN = "/admin";
    static final String SITE = "";
    static final String STAFF_LOGIN = "fuzz-staff";
    static final String TEN_THOUSAND = "x".repeat(10_000);
    static final List<String> ADMIN_ROLES = List.of("anonymous", "seller", "member", "staff", "admin");
    static final List<String> SITE_ROLES = List.of("anonymous", "shopper", "buyer");

    static final List<String> BAD_NUMBERS = List.of("-1", "abc", "99999999999999999999", "100000000000000000000000000",
            "1e400");
    static final List<String> BAD_PATH_IDS = List.of("999999", "-1", "0", "abc", "99999999999999999999");
    static final List<String> BAD_DAYS = List.of("99999-12-31", "0000-01-01", "+99999-12-31 00:00", "2026-02-30 25:61",
            "abc");
    static final List<String> BAD_ADMIN_DATES = List.of("99999.12.31 00:00:00", "0000.01.01 00:00:00",
            "2026.02.30 25:61:00", "abc");
    static final List<String> BAD_CHOICES = List.of("NOPE", "-1");
    static final List<String> BAD_DURATIONS = List.of("-1 days", "abc", "99999999999999 days");
    /** Values that a form may legitimately accept as text: only no server error and no stack trace are required. */
    static final List<String> ODD_TEXT = List.of("", TEN_THOUSAND, "<script>alert(1)</script>", "\u0000");

    static final Pattern NUMERIC_NAME = Pattern.compile("(?i).*(id|ids|index|page|terms|quantity|width|height|kb|count|"
            + "total|ballots|approvals|rejections|number|seller|campaign|source|category|no)$");
    static final Pattern DATE_NAME = Pattern.compile("(?i)(from|to|at|month|day|date|.*At)$");
    static final Pattern CHOICE_NAME = Pattern.compile("(?i)(action|choice|outcome|kind|as|tier|stepTarget)");
    static final Pattern DURATION_NAME = Pattern.compile("(?i)(votingWindow|deadline|appealWindow|stepAfter)");
    static final Pattern ENTITY_FIELD = Pattern.compile("fields\\['([^']+)'\\]\\.value");
    static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?\\}");
    static final Pattern STACK_TRACE = Pattern.compile("Exception|at org\\.|at com\\.|Caused by");
    /** Form fields that carry the page's bookkeeping, not input. */
    static final Set<String> BOOKKEEPING = Set.of("csrfToken", "sectionCrumbs", "mainEntityName");

    static Path dataDir;
    static DemoStoreServer store;
    static Map<String, FuzzClient> clients = new LinkedHashMap<>();
    static List<Endpoint> endpoints;
    static Map<String, String> validIds = new LinkedHashMap<>();
    static String placedOrderNumber;
    static DatabaseChecksum checksum;
    static final Queue problems = new Queue();
    static final Map<String, Integer> answered = new java.util.concurrent.ConcurrentHashMap<>();

    /** One endpoint: a request mapping of a module controller (or of Broadleaf's generic admin one, for a module entity). */
    record Endpoint(String app, String pattern, String method, HandlerMethod handler) {
        String key() {
            return method + " " + app + pattern;
        }

        List<String> variables() {
            List<String> names = new ArrayList<>();
            Matcher m = PATH_VARIABLE.matcher(pattern);
            while (m.find()) {
                names.add(m.group(1));
            }
            return names;
        }
    }

    /** One request of the walk. */
    record Probe(String role, Endpoint endpoint, String method, String path, List<Param> params, String token,
                 String what) {
    }

    static final class Queue extends ConcurrentLinkedQueue<String> {
    }

    @BeforeAll
    static void startStoreAndSignIn() throws Exception {
        dataDir = Files.createTempDirectory("coop-fuzz");
        store = new DemoStoreServer(DemoStoreOptions.parse(new String[0]).port(Ports.freePort()).dataDir(dataDir),
                System.out).start();
        checksum = new DatabaseChecksum(store.services().property("coop.db.url"));
        createReadOnlyStaff();
        String base = store.baseUrl();
        clients.put("anonymous", new FuzzClient("anonymous", base));
        clients.put("shopper", new FuzzClient("shopper", base));
        for (String[] login : new String[][] {{"seller", "seller"}, {"member", "member"}, {"staff", STAFF_LOGIN},
                {"admin", "admin"}}) {
            FuzzClient client = new FuzzClient(login[0], base);
            signIn(client, login[1], login[1].equals(STAFF_LOGIN) ? STAFF_LOGIN : login[1]);
            clients.put(login[0], client);
        }
        placedOrderNumber = placeAnOrderAndKeepACart();
        readValidIds();
        endpoints = enumerateEndpoints();
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

    @Test
    @Order(1)
    void theWalkCoversEveryEndpointOfTheModulesControllers() {
        Set<String> keys = endpoints.stream().map(Endpoint::key).collect(Collectors.toSet());
        // a sample from each kind of controller: if enumeration broke, these would be missing
        assertThat(keys).contains("POST /admin/coop-campaigns/{id}/lifecycle", "POST /admin/coop-campaigns/{id}/clone",
                "GET /admin/coop-sellers/{id}", "POST /admin/coop-sellers/{id}/delete", "GET /admin/coop-audit-log",
                "POST /admin/coop-approvals/{id}/vote", "POST /admin/coop-assets/templates/{templateId}/fill",
                "GET /admin/coop-theming-windows/{id}", "GET /admin/com.coopromo.seller.persistence.Seller/{id}",
                "POST /cart/add", "POST /cart/update", "POST /checkout", "GET /orders/{orderNumber}", "GET /");
        for (CoopAdminMenu.Section section : CoopAdminMenu.SECTIONS) {
            assertThat(keys).as("the walk covers the section %s", section.url)
                    .anyMatch(key -> key.startsWith("GET /admin" + section.url));
        }
        // every controller class of the module's admin screens answers at least one walked endpoint
        Set<Class<?>> walked = endpoints.stream().map(e -> e.handler().getBeanType()).collect(Collectors.toSet());
        for (Object controller : store.adminDispatcherContext().getBeansWithAnnotation(
                org.springframework.stereotype.Controller.class).values()) {
            if (controller.getClass().getName().startsWith("com.coopromo.")) {
                assertThat(walked).as("walked controllers").contains(controller.getClass());
            }
        }
        assertThat(endpoints.size()).isGreaterThan(100);
    }

    // --- what a person sees (before the walk, which changes data) ---------------------------------------------------

    @Test
    @Order(1)
    void aStaleFormTokenOnAddToCartSendsTheShopperBackToThePageWithTheCartKept() {
        FuzzClient shopper = clients.get("shopper");
        String cartBefore = cartLines(shopper);
        assertThat(cartBefore).isNotEmpty();

        Response refused = shopper.post("/cart/add", List.of(new Param("productId", validIds.get("product")),
                new Param("quantity", "1"), new Param("csrfToken", "STALE-TOKEN")), store.baseUrl() + "/?page=2");

        assertThat(refused.status()).isEqualTo(303);
        assertThat(refused.location()).isEqualTo("/?page=2");
        assertThat(shopper.get("/?page=2", List.of()).body()).contains("Your session expired, please try again.");
        assertThat(cartLines(shopper)).isEqualTo(cartBefore);

        // a session that expired: a new one, no token at all, no page it came from -> the cart page
        FuzzClient expired = new FuzzClient("expired", store.baseUrl());
        Response again = expired.post("/cart/add", List.of(new Param("productId", validIds.get("product"))), null);
        assertThat(again.status()).isEqualTo(303);
        assertThat(again.location()).isEqualTo("/cart");
        assertThat(expired.get("/cart", List.of()).body()).contains("Your session expired, please try again.");
    }

    @Test
    @Order(1)
    void unknownPagesAndBadParametersShowTheStoresErrorPageWithTheRightStatusAndAWayHome() {
        FuzzClient anonymous = clients.get("anonymous");
        assertErrorPage(anonymous.get("/no-such-page", List.of()), 404, "There is no such page or record here", "/");
        assertErrorPage(anonymous.get("/", List.of(new Param("page", "100000000"))), 404,
                "There is no page 100000000 of products; the first page is 1.", "/");
        assertErrorPage(anonymous.get("/", List.of(new Param("page", "abc"))), 400,
                "page: must be a whole number (was &#39;abc&#39;).", "/");
        assertErrorPage(anonymous.get("/", List.of(new Param("category", "999999"))), 404,
                "There is no department 999999 in this store.", "/");
    }

    @Test
    @Order(1)
    void theAdminAnswersUnknownRecordsBadGridParametersAndStaleFormsWithItsErrorPage() {
        FuzzClient admin = clients.get("admin");
        assertErrorPage(admin.get(ADMIN + "/coop-sellers/999999", List.of()), 404,
                "There is no record 999999 here; it may have been removed.", ADMIN + "/");
        assertErrorPage(admin.get(ADMIN + "/coop-sellers", List.of(new Param("startIndex", "-5"))), 400,
                "startIndex: must be a whole number from 0 (was &#39;-5&#39;).", ADMIN + "/");
        assertErrorPage(admin.get(ADMIN + "/org.example.NoSuchEntity", List.of()), 404,
                "There is no such page in the admin.", ADMIN + "/");
        String sellerPage = ADMIN + "/coop-sellers/" + validIds.get("coop-sellers");
        Response stale = admin.post(sellerPage + "/delete", List.of(new Param("csrfToken", "STALE")),
                store.baseUrl() + sellerPage);
        assertErrorPage(stale, 403, "Your session expired, please try again.", sellerPage);
    }

    @Test
    @Order(1)
    void aBudgetTheDatabaseCannotHoldAndANegativeSellerLimitAreRefusedOnTheirFields() {
        FuzzClient admin = clients.get("admin");
        Map<String, String> before = checksum.take();

        String campaign = ADMIN + "/coop-campaigns/" + draftCampaignId();
        Response budget = admin.post(campaign, replaced(entityForm(admin, campaign), "fields['budget'].value",
                "100000000000000000000000000"));
        assertThat(budget.status()).isEqualTo(200);
        assertThat(fieldError(budget.body(), "budget"))
                .contains("must be at most 99,999,999,999,999,999.99 (was 100000000000000000000000000)");

        String seller = ADMIN + "/coop-sellers/" + validIds.get("coop-sellers");
        Response limit = admin.post(seller, replaced(entityForm(admin, seller), "fields['maxConcurrentCampaigns'].value",
                "-1"));
        assertThat(limit.status()).isEqualTo(200);
        assertThat(fieldError(limit.body(), "maxConcurrentCampaigns"))
                .contains("must be a whole number from 1 to 100 (was -1)");

        assertThat(changed(before, checksum.take())).isEmpty();
    }


    static void assertErrorPage(Response r, int status, String sentence, String backHref) {
        assertThat(r.status()).as("status").isEqualTo(status);
        assertThat(r.body()).contains("coop-error-page").contains(sentence)
                .contains("href=\"" + backHref + "\"").doesNotContain("Exception", "at org.", "at com.", "Caused by");
    }

    /** The cart's lines as the cart page lists them (product, quantity). */
    static String cartLines(FuzzClient client) {
        return HtmlForms.postForms(client.get("/cart", List.of()).body()).stream()
                .filter(f -> f.action().endsWith("/cart/update"))
                .map(f -> f.fields().stream().filter(p -> !p.name().equals("csrfToken"))
                        .map(p -> p.name() + "=" + p.value()).collect(Collectors.joining(",")))
                .collect(Collectors.joining(";"));
    }

    static List<Param> entityForm(FuzzClient client, String page) {
        Response r = client.get(page, List.of());
        assertThat(r.status()).as(page).isEqualTo(200);
        return HtmlForms.postForms(r.body()).stream().filter(f -> f.action().endsWith(page)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity form on " + page)).fields();
    }

    /** The error Broadleaf's entity form shows with a field (its error element comes just before the input). */
    static String fieldError(String html, String field) {
        int input = html.indexOf("name=\"fields[&#39;" + field + "&#39;].value\"");
        int span = input < 0 ? -1 : html.lastIndexOf("<span class=\"error\"", input);
        if (span < 0 || html.substring(span, input).contains("name=\"fields[")) {
            return "";
        }
        int end = html.indexOf("</span>", span);
        return HtmlForms.unescape(html.substring(html.indexOf('>', span) + 1, end).replaceAll("<[^>]+>", " ")).trim();
    }

    static String draftCampaignId() {
        try (Connection c = DriverManager.getConnection(store.services().property("coop.db.url"));
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT min(campaign_id) FROM coop_campaign WHERE state = 'DRAFT'")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    @Order(2)
    void refusedRequestsAnswerWithoutServerErrorsOrStackTracesAndChangeNothing() throws Exception {
        Map<String, List<Param>> forms = scrapeForms();
        Map<String, String> before = checksum.take();
        List<Probe> reads = new ArrayList<>();
        Map<String, List<Probe>> writes = new LinkedHashMap<>();
        for (Endpoint endpoint : endpoints) {
            List<Probe> probes = mustBeRefused(endpoint, forms);
            if (endpoint.method().equals("GET")) {
                reads.addAll(probes);
            } else {
                writes.put(endpoint.key(), probes);
            }
        }
        answered.clear();
        problems.clear();
        run(reads);
        Map<String, String> changes = new LinkedHashMap<>();
        Map<String, String> after = checksum.take();
        if (!changed(before, after).isEmpty()) {
            changes.put("GET requests", changed(before, after).toString());
        }
        // each endpoint's refused writes at once, then the tables: a change names the endpoint that made it
        for (Map.Entry<String, List<Probe>> endpoint : writes.entrySet()) {
            run(endpoint.getValue());
            Map<String, String> now = checksum.take();
            if (!changed(after, now).isEmpty()) {
                changes.put(endpoint.getKey(), changed(after, now).toString());
            }
            after = now;
        }
        int count = reads.size() + writes.values().stream().mapToInt(List::size).sum();
        System.out.println("fuzz: " + count + " refused requests, statuses " + new java.util.TreeMap<>(answered));
        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(problems).as("answers with a server error or a stack trace (%d requests)", count).isEmpty();
            softly.assertThat(changes).as("tables changed by requests that must be refused, by endpoint").isEmpty();
        });
    }

    @Test
    @Order(3)
    void oddTextIsAnsweredWithoutServerErrorsOrStackTraces() throws Exception {
        Map<String, List<Param>> forms = scrapeForms();
        List<Probe> probes = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            probes.addAll(oddText(endpoint, forms));
        }
        answered.clear();
        problems.clear();
        run(probes);
        assertThat(problems).as("answers with a server error or a stack trace (%d requests)", probes.size()).isEmpty();
        System.out.println("fuzz: " + probes.size() + " odd-text requests, statuses " + new java.util.TreeMap<>(answered));
    }

    // --- the walk --------------------------------------------------------------------------------------------------

    /** The requests to an endpoint that must be refused (or, for a GET, change nothing). */
    static List<Probe> mustBeRefused(Endpoint e, Map<String, List<Param>> forms) {
        List<Probe> probes = new ArrayList<>();
        boolean site = e.app().equals(SITE);
        List<String> roles = site ? SITE_ROLES : ADMIN_ROLES;
        String fuzzer = site ? "shopper" : "admin";
        String validPath = validPath(e, forms);
        List<Param> plausible = plausibleParams(e, forms);
        if (e.method().equals("GET")) {
            for (String role : roles) {
                probes.add(new Probe(role, e, "GET", validPath, List.of(), "none", "as shown"));
                if (!role.equals(fuzzer) && !e.variables().isEmpty()) {
                    probes.add(new Probe(role, e, "GET", withVariable(e, validPath, e.variables().get(0), "999999"),
                            List.of(), "none", "unknown id"));
                }
            }
            probes.addAll(pathFuzz(e, fuzzer, validPath, List.of(), "none"));
            for (Map.Entry<String, List<String>> param : paramFuzz(e, plausible, true).entrySet()) {
                for (String value : param.getValue()) {
                    probes.add(new Probe(fuzzer, e, "GET", validPath, List.of(new Param(param.getKey(), value)), "none",
                            param.getKey() + "=" + shown(value)));
                }
            }
            return probes;
        }
        for (String role : roles) {
            probes.add(new Probe(role, e, "POST", validPath, plausible, "missing", "no form token"));
            if (role.equals(fuzzer) || role.equals("seller")) {
                probes.add(new Probe(role, e, "POST", validPath, plausible, "wrong", "wrong form token"));
            }
        }
        if (!site) {
            probes.add(new Probe("staff", e, "POST", validPath, plausible, "valid", "read-only staff"));
        }
        probes.addAll(pathFuzz(e, fuzzer, validPath, plausible, "valid"));
        for (Map.Entry<String, List<String>> param : paramFuzz(e, plausible, true).entrySet()) {
            for (String value : param.getValue()) {
                probes.add(new Probe(fuzzer, e, "POST", validPath, replaced(plausible, param.getKey(), value), "valid",
                        param.getKey() + "=" + shown(value)));
            }
        }
        return probes;
    }

    /** Requests whose odd text a form may accept: POSTs with each text field replaced. */
    static List<Probe> oddText(Endpoint e, Map<String, List<Param>> forms) {
        if (!e.method().equals("POST")) {
            return List.of();
        }
        String fuzzer = e.app().equals(SITE) ? "shopper" : "admin";
        String validPath = validPath(e, forms);
        List<Param> plausible = plausibleParams(e, forms);
        List<Probe> probes = new ArrayList<>();
        for (Map.Entry<String, List<String>> param : paramFuzz(e, plausible, false).entrySet()) {
            for (String value : param.getValue()) {
                probes.add(new Probe(fuzzer, e, "POST", validPath, replaced(plausible, param.getKey(), value), "valid",
                        param.getKey() + "=" + shown(value)));
            }
        }
        return probes;
    }

    static List<Probe> pathFuzz(Endpoint e, String role, String validPath, List<Param> params, String token) {
        List<Probe> probes = new ArrayList<>();
        List<String> variables = e.variables();
        for (String variable : variables) {
            List<String> values = new ArrayList<>(variable.equals("tier") || variable.equals("collectionField")
                    ? List.of("NOPE", "-1", "x".repeat(300)) : BAD_PATH_IDS);
            if (variable.equals(variables.get(0))) {
                values.add(TEN_THOUSAND);
            }
            for (String value : values) {
                probes.add(new Probe(role, e, e.method(), withVariable(e, validPath, variable, value), params, token,
                        variable + "=" + shown(value)));
            }
        }
        return probes;
    }

    /**
     * Bad values per parameter: {@code refused} asks for the values every such field must refuse (malformed or out of
     * range numbers and dates, unknown choices), otherwise for odd text a text field may accept.
     */
    static Map<String, List<String>> paramFuzz(Endpoint e, List<Param> plausible, boolean refused) {
        Map<String, Class<?>> names = new LinkedHashMap<>();
        for (MethodParameter parameter : e.handler().getMethodParameters()) {
            RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
            if (annotation != null && !annotation.value().isEmpty()) {
                names.put(annotation.value(), parameter.getParameterType());
            }
        }
        for (Param p : plausible) {
            names.putIfAbsent(p.name(), String.class);
        }
        boolean list = !e.pattern().contains("{") || e.pattern().endsWith("/select") || e.pattern().endsWith("/typeahead");
        if (e.method().equals("GET") && list && e.app().equals(ADMIN)) {
            names.putIfAbsent("startIndex", Integer.class);
            names.putIfAbsent("maxIndex", Integer.class);
        }
        if (e.method().equals("GET") && !list && e.app().equals(ADMIN) && e.pattern().contains("/{id}")) {
            names.putIfAbsent("requestingEntityId", Long.class);
        }
        if (e.pattern().endsWith("/select") || e.pattern().endsWith("/typeahead")) {
            names.putIfAbsent("requestingEntityId", Long.class);
            names.putIfAbsent("query", String.class);
        }
        String entityType = plausible.stream().filter(p -> p.name().equals("entityType")).map(Param::value)
                .findFirst().orElse(null);
        Map<String, List<String>> fuzz = new LinkedHashMap<>();
        for (Map.Entry<String, Class<?>> name : names.entrySet()) {
            String field = name.getKey();
            if (BOOKKEEPING.contains(field)) {
                continue;
            }
            if (e.pattern().endsWith("/delete") && ENTITY_FIELD.matcher(field).matches()) {
                continue; // a delete ignores the record's field values: a "bad" one would not stop it
            }
            if (ENTITY_FIELD.matcher(field).matches() && scrapedHidden.getOrDefault(e.key(), Set.of()).contains(field)) {
                continue; // a read-only field: Broadleaf ignores what is sent for it
            }
            Kind kind = kind(field, name.getValue(), entityType);
            List<String> values = new ArrayList<>(refused ? kind.refused : kind.odd);
            if (refused && e.method().equals("GET")) {
                values.addAll(kind.odd); // a GET changes nothing, whatever text it carries
            }
            if (!values.isEmpty()) {
                fuzz.put(field, values);
            }
        }
        return fuzz;
    }

    enum Kind {
        NUMBER(BAD_NUMBERS, List.of()),
        DAY(BAD_DAYS, List.of()),
        ADMIN_DATE(BAD_ADMIN_DATES, List.of()),
        CHOICE(BAD_CHOICES, List.of()),
        DURATION(BAD_DURATIONS, List.of()),
        TEXT(List.of(), ODD_TEXT);

        final List<String> refused;
        final List<String> odd;

        Kind(List<String> refused, List<String> odd) {
            this.refused = refused;
            this.odd = odd;
        }
    }

    /** What a field holds: from the entity's property type for Broadleaf's entity forms, else from its name or type. */
    static Kind kind(String field, Class<?> declared, String entityType) {
        Matcher entityField = ENTITY_FIELD.matcher(field);
        if (entityField.matches() && entityType != null) {
            Class<?> type = propertyType(entityType, entityField.group(1));
            if (type == null || type == String.class || type == Boolean.class || type == boolean.class) {
                return Kind.TEXT;
            }
            if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
                return Kind.NUMBER;
            }
            if (Date.class.isAssignableFrom(type)) {
                return Kind.ADMIN_DATE;
            }
            if (type.isEnum()) {
                return Kind.CHOICE;
            }
            return type.getName().startsWith("com.coopromo.") ? Kind.NUMBER : Kind.TEXT; // a lookup: the row's id
        }
        if (field.equals("id")) {
            return Kind.NUMBER;
        }
        if (declared == long.class || declared == Long.class || declared == int.class || declared == Integer.class
                || declared == BigDecimal.class || NUMERIC_NAME.matcher(field).matches()) {
            return Kind.NUMBER;
        }
        if (DURATION_NAME.matcher(field).matches()) {
            return Kind.DURATION;
        }
        if (CHOICE_NAME.matcher(field).matches()) {
            return Kind.CHOICE;
        }
        if (DATE_NAME.matcher(field).matches()) {
            return Kind.DAY;
        }
        return Kind.TEXT;
    }

    static Class<?> propertyType(String className, String property) {
        try {
            for (Class<?> c = Class.forName(className); c != null; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (f.getName().equals(property)) {
                        return f.getType();
                    }
                }
            }
        } catch (ClassNotFoundException e) {
            return null;
        }
        return null;
    }

    // --- running ---------------------------------------------------------------------------------------------------

    static void run(List<Probe> probes) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Probe probe : probes) {
                done.add(pool.submit(() -> check(probe)));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    static void check(Probe probe) {
        FuzzClient client = clients.get(probe.role());
        List<Param> params = new ArrayList<>(probe.params());
        params.removeIf(p -> p.name().equals("csrfToken"));
        String app = probe.endpoint().app();
        if (probe.method().equals("POST")) {
            if (probe.token().equals("valid")) {
                params.add(new Param("csrfToken", client.token(app, "/")));
            } else if (probe.token().equals("wrong")) {
                params.add(new Param("csrfToken", "WRONG-TOKEN-0000"));
            }
        }
        Response r = probe.method().equals("GET") ? client.get(probe.path(), params) : client.post(probe.path(), params);
        if (r.status() == -1) {
            if (probe.path().length() > 8192) {
                answered.merge("4xx", 1, Integer::sum); // Jetty refuses a URI over 8 KB and closes the connection
            } else {
                problems.add(probe.role() + " " + probe.method() + " " + shown(probe.path()) + " [" + probe.what()
                        + "] -> " + r.body());
            }
            return;
        }
        answered.merge(r.status() / 100 + "xx", 1, Integer::sum);
        Matcher stack = STACK_TRACE.matcher(r.body());
        if (r.status() >= 500 || stack.find()) {
            String excerpt = r.body().length() > 0 && stack.find(0)
                    ? r.body().substring(Math.max(0, stack.start() - 80), Math.min(r.body().length(), stack.end() + 120))
                    .replaceAll("\\s+", " ") : "";
            problems.add(probe.role() + " " + probe.method() + " " + shown(probe.path()) + " [" + probe.what() + ", token "
                    + probe.token() + "] -> " + r.status() + (excerpt.isEmpty() ? "" : ": ..." + excerpt + "..."));
        }
    }

    // --- request building ------------------------------------------------------------------------------------------

    /** The endpoint's path with valid values: a form's action on a page when one posts there, else from the data. */
    static String validPath(Endpoint e, Map<String, List<Param>> forms) {
        String fromForm = formActionFor(e, forms);
        if (fromForm != null) {
            return fromForm;
        }
        String path = e.app() + e.pattern();
        Matcher m = PATH_VARIABLE.matcher(path);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(validValue(e, m.group(1))));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    static String validValue(Endpoint e, String variable) {
        switch (variable) {
            case "orderNumber":
                return placedOrderNumber;
            case "tier":
                return "STANDARD";
            case "versionNo":
                return "1";
            case "collectionField":
                return lookupField(e.pattern().substring(1).split("/")[0]);
            case "collectionItemId":
                return "1";
            case "assetId":
                return validIds.getOrDefault("coop-assets", "999999");
            case "templateId":
                return validIds.getOrDefault("coop-copy-templates", "999999");
            default:
                String section = e.pattern().substring(1).split("/")[0];
                return validIds.getOrDefault(section, "999999");
        }
    }

    /** The module's mapped class for a ceiling entity (by the module's naming, {@code Seller} -> {@code SellerImpl}). */
    static String mappedClass(String ceiling) {
        try {
            Class<?> type = Class.forName(ceiling);
            return type.isInterface() ? Class.forName(ceiling + "Impl").getName() : ceiling;
        } catch (ClassNotFoundException e) {
            return ceiling;
        }
    }

    /** A lookup field of the entity (a listing's seller), or a name no entity has. */
    static String lookupField(String className) {
        try {
            for (Class<?> c = Class.forName(mappedClass(className)); c != null; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (f.isAnnotationPresent(org.broadleafcommerce.common.presentation.AdminPresentationToOneLookup.class)) {
                        return f.getName();
                    }
                }
            }
        } catch (ClassNotFoundException e) {
            // not a class: a section key
        }
        return "nope";
    }

    static String withVariable(Endpoint e, String validPath, String variable, String value) {
        Map<String, String> values = new AntPathMatcher().extractUriTemplateVariables(e.app() + e.pattern(), validPath);
        String path = e.app() + e.pattern();
        Matcher m = PATH_VARIABLE.matcher(path);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String v = m.group(1).equals(variable) ? value : values.getOrDefault(m.group(1), validValue(e, m.group(1)));
            m.appendReplacement(sb, Matcher.quoteReplacement(java.net.URLEncoder.encode(v,
                    java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20")));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** What a page's form sends to this endpoint, or the endpoint's declared parameters with plausible values. */
    static List<Param> plausibleParams(Endpoint e, Map<String, List<Param>> forms) {
        List<Param> fromForm = forms.get(e.key());
        if (fromForm == null && e.pattern().endsWith("/{id}/delete")) {
            fromForm = forms.get("POST " + e.app() + e.pattern().substring(0, e.pattern().length() - "/delete".length()));
        }
        if (fromForm != null) {
            // a form the page leaves empty (clone, reason) gets what a person would type: refusals must not rest on it
            return fromForm.stream().map(p -> p.value().isEmpty() && plausibleValue(p.name()) != null
                    ? new Param(p.name(), plausibleValue(p.name())) : p).toList();
        }
        List<Param> params = new ArrayList<>();
        for (MethodParameter parameter : e.handler().getMethodParameters()) {
            RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
            if (annotation != null && !annotation.value().isEmpty()) {
                String value = plausibleValue(annotation.value());
                params.add(new Param(annotation.value(), value == null ? "A reason the walk gives" : value));
            }
        }
        return params;
    }

    static String plausibleValue(String name) {
        switch (name) {
            case "action":
                return "SUBMIT";
            case "choice":
                return "APPROVE";
            case "outcome":
                return "APPROVED";
            case "as":
                return "PLATFORM_ADMIN";
            case "campaign":
            case "source":
                return validIds.getOrDefault("coop-campaigns", "1");
            case "cloneStartsAt":
                return "2030-03-01 09:00";
            case "cloneName":
                return "Fuzzed clone";
            case "cloneSlug":
                return "fuzzed-clone";
            case "quantity":
                return "1";
            case "productId":
                return validIds.getOrDefault("product", "1");
            case "orderItemId":
                return validIds.getOrDefault("orderItem", "1");
            case "reason":
            case "comment":
                return "A reason the walk gives";
            default:
                return null;
        }
    }

    static List<Param> replaced(List<Param> params, String name, String value) {
        List<Param> result = new ArrayList<>();
        boolean found = false;
        for (Param p : params) {
            if (p.name().equals(name) && !found) {
                result.add(new Param(name, value));
                found = true;
            } else if (!p.name().equals(name)) {
                result.add(p);
            }
        }
        if (!found) {
            result.add(new Param(name, value));
        }
        return result;
    }

    /**
     * The POST forms on the pages the walk opens (as the platform admin for the admin, as the shopper for the store),
     * by the endpoint each posts to: what a browser would send there.
     */
    static Map<String, List<Param>> scrapeForms() {
        Map<String, List<Param>> forms = new LinkedHashMap<>();
        Map<String, String> actions = new LinkedHashMap<>();
        Map<String, Set<String>> hidden = new LinkedHashMap<>();
        for (Endpoint e : endpoints) {
            if (!e.method().equals("GET") || e.pattern().contains("collectionField")) {
                continue;
            }
            FuzzClient client = clients.get(e.app().equals(SITE) ? "shopper" : "admin");
            Response page = client.get(validPath(e, Map.of()), List.of());
            if (page.status() != 200) {
                continue;
            }
            for (HtmlForms.Form form : HtmlForms.postForms(page.body())) {
                String action = java.net.URI.create(form.action()).getRawPath();
                Endpoint target = endpointFor(action);
                if (target != null && !forms.containsKey(target.key())) {
                    forms.put(target.key(), form.fields());
                    actions.put(target.key(), action);
                    hidden.put(target.key(), form.hidden());
                }
            }
        }
        scrapedActions = actions;
        scrapedHidden = hidden;
        return forms;
    }

    static Map<String, String> scrapedActions = Map.of();
    static Map<String, Set<String>> scrapedHidden = Map.of();

    static String formActionFor(Endpoint e, Map<String, List<Param>> forms) {
        return forms.isEmpty() ? null : scrapedActions.get(e.key());
    }

    static Endpoint endpointFor(String action) {
        AntPathMatcher matcher = new AntPathMatcher();
        Comparator<String> specific = matcher.getPatternComparator(action);
        return endpoints.stream()
                .filter(e -> e.method().equals("POST") && matcher.match(e.app() + e.pattern(), action))
                .min((a, b) -> specific.compare(a.app() + a.pattern(), b.app() + b.pattern()))
                .orElse(null);
    }

    static String shown(String value) {
        String oneLine = value.replace("\u0000", "\\0");
        return oneLine.length() > 160 ? oneLine.substring(0, 120) + "...(" + oneLine.length() + " chars)" : oneLine;
    }

    static Map<String, String> changed(Map<String, String> before, Map<String, String> after) {
        Map<String, String> changed = new LinkedHashMap<>();
        for (String table : after.keySet()) {
            if (!after.get(table).equals(before.get(table))) {
                changed.put(table, before.get(table) + " -> " + after.get(table));
            }
        }
        return changed;
    }

    // --- enumeration -----------------------------------------------------------------------------------------------

    /**
     * Every request mapping of the module's controllers (the admin's screens, inherited Broadleaf mappings included,
     * and the storefront's pages), plus Broadleaf's generic entity mappings for the module's sections that have no
     * controller of their own and for the module's entities by class name.
     */
    static List<Endpoint> enumerateEndpoints() {
        Set<Endpoint> found = new LinkedHashSet<>();
        List<Endpoint> generic = new ArrayList<>();
        collect(store.adminDispatcherContext(), ADMIN, found, generic);
        collect(store.siteDispatcherContext(), SITE, found, generic);
        Set<String> withController = found.stream().filter(e -> e.app().equals(ADMIN))
                .map(e -> e.pattern().split("/")[1]).collect(Collectors.toSet());
        Set<String> sectionKeys = new LinkedHashSet<>();
        Set<String> classNames = new LinkedHashSet<>();
        for (CoopAdminMenu.Section section : CoopAdminMenu.SECTIONS) {
            String key = section.url.substring(1);
            if (!withController.contains(key)) {
                sectionKeys.add(key);
            }
            classNames.add(section.ceilingEntity);
        }
        for (Endpoint e : generic) {
            if (e.pattern().startsWith("/{owningClass")) {
                // the lookup pop-ups of the module's entity forms (a listing's seller, ...), by the entity's class
                for (String className : classNames) {
                    found.add(new Endpoint(ADMIN, e.pattern().replace("{owningClass:.*}", mappedClass(className)),
                            e.method(), e.handler()));
                }
                continue;
            }
            for (String key : sectionKeys) {
                found.add(new Endpoint(ADMIN, e.pattern().replace("{sectionKey:.+}", key), e.method(), e.handler()));
            }
            if (!e.pattern().contains("collectionField")) {
                for (String className : classNames) {
                    found.add(new Endpoint(ADMIN, e.pattern().replace("{sectionKey:.+}", className), e.method(),
                            e.handler()));
                }
            }
        }
        List<Endpoint> all = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>();
        for (Endpoint e : found) {
            if (keys.add(e.key())) {
                all.add(e);
            }
        }
        return all;
    }

    static void collect(WebApplicationContext context, String app, Set<Endpoint> found, List<Endpoint> generic) {
        for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
                HandlerMethod handler = entry.getValue();
                Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
                List<String> verbs = methods.isEmpty() ? List.of("GET", "POST")
                        : methods.stream().map(Enum::name).filter(m -> m.equals("GET") || m.equals("POST")).toList();
                for (String pattern : entry.getKey().getPatternsCondition().getPatterns()) {
                    for (String verb : verbs) {
                        Endpoint endpoint = new Endpoint(app, pattern, verb, handler);
                        if (handler.getBeanType().getName().startsWith("com.coopromo.")) {
                            found.add(endpoint);
                        } else if ((handler.getBeanType() == AdminBasicEntityController.class
                                && pattern.startsWith("/{sectionKey:.+}"))
                                || (handler.getBeanType() == AdminBasicOperationsController.class
                                && pattern.startsWith("/{owningClass:.*}"))) {
                            generic.add(endpoint);
                        }
                    }
                }
            }
        }
    }

    // --- set-up ----------------------------------------------------------------------------------------------------

    /** An admin login whose only role may view the module's sections, not change them. */
    static void createReadOnlyStaff() {
        WebApplicationContext admin = store.adminContext();
        AdminSecurityService security = admin.getBean("blAdminSecurityService", AdminSecurityService.class);
        EntityConfiguration entities = admin.getBean("blEntityConfiguration", EntityConfiguration.class);
        new TransactionTemplate(admin.getBean("blTransactionManager", PlatformTransactionManager.class)).execute(status -> {
            AdminRole role = security.readAllAdminRoles().stream()
                    .filter(r -> r.getName().equals(CoopAdminMenu.ROLE_PROMOTION_MANAGER)).findFirst().orElseThrow();
            AdminUser user = entities.createEntityInstance(AdminUser.class.getName(), AdminUser.class);
            user.setLogin(STAFF_LOGIN);
            user.setName("Read-only staff");
            user.setEmail(STAFF_LOGIN + "@coop-demo.example");
            user.setActiveStatusFlag(Boolean.TRUE);
            user.setUnencodedPassword(STAFF_LOGIN);
            user.getAllRoles().add(role);
            security.saveAdminUser(user);
            return null;
        });
    }

    static void signIn(FuzzClient client, String login, String password) {
        String token = client.token(ADMIN, ADMIN + "/login"); // the session keeps its token when the user signs in
        Response r = client.post(ADMIN + "/login_admin_post", List.of(new Param("j_username", login),
                new Param("j_password", password), new Param("csrfToken", token)));
        assertThat(r.location()).as("%s signs in", login).doesNotContain("login_error");
        assertThat(client.follow(ADMIN + "/coop-campaigns").status()).as("%s sees the campaigns", login).isEqualTo(200);
    }

    /** Another shopper places an order (its confirmation is walked); the walk's shopper keeps a cart of two lines. */
    static String placeAnOrderAndKeepACart() {
        FuzzClient buyer = new FuzzClient("buyer", store.baseUrl());
        List<String> products = productIds(buyer);
        addToCart(buyer, products.get(0));
        String total = HtmlForms.postForms(buyer.follow("/cart").body()).stream()
                .filter(f -> f.action().endsWith("/checkout")).findFirst().orElseThrow().fields().stream()
                .filter(p -> p.name().equals("expectedTotal")).findFirst().orElseThrow().value();
        Response placed = buyer.post("/checkout", List.of(new Param("expectedTotal", total),
                new Param("csrfToken", buyer.token(SITE, "/"))));
        assertThat(placed.location()).as("the order is placed").contains("/orders/");
        String number = placed.location().substring(placed.location().indexOf("/orders/") + "/orders/".length());
        clients.put("buyer", buyer);

        FuzzClient shopper = clients.get("shopper");
        addToCart(shopper, products.get(1));
        addToCart(shopper, products.get(2));
        validIds.put("product", products.get(1));
        return number;
    }

    static List<String> productIds(FuzzClient client) {
        return HtmlForms.postForms(client.follow("/").body()).stream().filter(f -> f.action().endsWith("/cart/add"))
                .map(f -> f.fields().stream().filter(p -> p.name().equals("productId")).findFirst().orElseThrow().value())
                .toList();
    }

    static void addToCart(FuzzClient client, String productId) {
        Response r = client.post("/cart/add", List.of(new Param("productId", productId), new Param("quantity", "1"),
                new Param("csrfToken", client.token(SITE, "/"))));
        assertThat(r.status()).as("add to cart").isEqualTo(302);
    }

    static void readValidIds() throws SQLException {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("coop-campaigns", "SELECT min(campaign_id) FROM coop_campaign");
        queries.put("coop-sellers", "SELECT min(seller_id) FROM coop_seller");
        queries.put("coop-seller-listings", "SELECT min(listing_id) FROM coop_seller_listing");
        queries.put("coop-participations", "SELECT min(participation_id) FROM coop_participation");
        queries.put("coop-enrollments", "SELECT min(enrollment_id) FROM coop_enrollment");
        queries.put("coop-theming-windows", "SELECT min(window_id) FROM coop_theming_window");
        queries.put("coop-approvals", "SELECT min(decision_id) FROM coop_decision");
        queries.put("coop-assets", "SELECT min(asset_id) FROM coop_asset");
        queries.put("coop-copy-templates", "SELECT min(template_id) FROM coop_copy_template");
        queries.put("orderItem", "SELECT min(i.order_item_id) FROM blc_order_item i JOIN blc_order o ON o.order_id = "
                + "i.order_id WHERE o.order_status = 'IN_PROCESS'");
        try (Connection c = DriverManager.getConnection(store.services().property("coop.db.url"));
             Statement s = c.createStatement()) {
            for (Map.Entry<String, String> q : queries.entrySet()) {
                try (ResultSet rs = s.executeQuery(q.getValue())) {
                    if (rs.next() && rs.getString(1) != null) {
                        validIds.put(q.getKey(), rs.getString(1));
                    }
                }
            }
        }
        for (CoopAdminMenu.Section section : CoopAdminMenu.SECTIONS) {
            String id = validIds.get(section.url.substring(1));
            if (id != null) {
                validIds.putIfAbsent(section.ceilingEntity, id);
            }
        }
    }
}
