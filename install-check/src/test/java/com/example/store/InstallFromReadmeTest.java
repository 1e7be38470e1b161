package com.example.store;

import com.coopromo.common.domain.Actor;
import com.coopromo.common.domain.ActorRole;
import com.coopromo.campaign.domain.CampaignAction;
import com.coopromo.campaign.domain.CampaignState;
import com.coopromo.campaign.domain.CampaignTerms;
import com.coopromo.campaign.domain.CampaignTier;
import com.coopromo.campaign.domain.StackingPolicy;
import com.coopromo.campaign.persistence.Campaign;
import com.coopromo.campaign.service.CampaignService;
import com.coopromo.host.CoopSchemaInitializer;
import com.coopromo.infra.db.EmbeddedDatabase;
import com.coopromo.search.ListingFacetQuery;
import com.coopromo.search.ListingFacetResult;
import com.coopromo.search.ListingSearchIndex;
import org.broadleafcommerce.core.workflow.Activity;
import org.broadleafcommerce.core.workflow.SequenceProcessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.web.context.WebApplicationContext;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A plain Broadleaf 3.1 store (this module's pom: Broadleaf's versions, the module added by README.md's install steps
 * and nothing else) boots its site on PostgreSQL without Elasticsearch, and the module works in it.
 */
class InstallFromReadmeTest {
    @TempDir
    static Path work;

    private static EmbeddedDatabase database;
    private static ServerSocket searchPort;
    private static StoreSite site;
    private static WebApplicationContext context;

    @BeforeAll
    static void startTheStore() throws Exception {
        database = EmbeddedDatabase.start(null, 0);
        // coop.search.url points here; with coop.search.enabled=false (the store's setting) nothing may connect
        searchPort = new ServerSocket(0);
        Map<String, String> settings = new TreeMap<String, String>();
        settings.put("store.db.url", database.jdbcUrl());
        settings.put("store.db.user", EmbeddedDatabase.USER);
        settings.put("store.db.password", EmbeddedDatabase.PASSWORD);
        settings.put("coop.search.url", "http://127.0.0.1:" + searchPort.getLocalPort());
        site = StoreSite.start(work, settings, null);
        context = site.context();
    }

    @AfterAll
    static void stopTheStore() throws Exception {
        if (site != null) {
            site.close();
        }
        if (searchPort != null) {
            searchPort.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void theModulesSchemaIsAppliedToTheStoresDatabase() throws Exception {
        assertThat(context.getBean("coopSchema", CoopSchemaInitializer.class).appliedChangeSets()).isPositive();
        DataSource store = context.getBean("storeDataSource", DataSource.class);
        try (Connection connection = store.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM COOP_DATABASECHANGELOG")) {
            rows.next();
            assertThat(rows.getInt(1)).isPositive();
        }
    }

    @Test
    void theModulesBeansAndCheckoutStepsAreMergedIntoTheSite() {
        for (String bean : new String[]{"coopCampaignService", "coopParticipationService", "coopSellerService",
                "coopCampaignCheckout", "coopPricingPreview", "coopListingIndex", "coopClock"}) {
            assertThat(context.containsBean(bean)).as(bean).isTrue();
        }
        List<String> checkout = new ArrayList<String>();
        for (Activity<?> activity : context.getBean("blCheckoutWorkflow", SequenceProcessor.class).getActivities()) {
            checkout.add(activity.getBeanName());
        }
        assertThat(checkout).contains("blValidateAndConfirmPaymentActivity", "coopReserveCampaignBudgetActivity",
                "coopConsumeCampaignBudgetActivity");
    }

    @Test
    void aCampaignIsCreatedReadBackAndSubmitted() {
        CampaignService campaigns = context.getBean("coopCampaignService", CampaignService.class);
        Actor organizer = new Actor("marketer@store", ActorRole.ORGANIZER);
        LocalDateTime start = LocalDateTime.now(ZoneId.of("Europe/Paris")).plusDays(30).withNano(0);
        Campaign created = campaigns.create(CampaignTerms.builder()
                .name("Back to school").slug("back-to-school-install-check")
                .themeBrief("Lunch boxes and pencil cases from independent sellers.")
                .marketingMessage("Back to school: cooperative discount")
                .tier(CampaignTier.LIGHTWEIGHT).timeZone("Europe/Paris")
                .startsAt(start).endsAt(start.plusDays(14))
                .enrollmentDeadline(start.minusDays(7)).assetDeadline(start.minusDays(7))
                .minDiscountPercent(new BigDecimal("10")).maxDiscountPercent(new BigDecimal("30"))
                .budget(new BigDecimal("5000.00")).platformFundingPercent(new BigDecimal("40"))
                .stackingPolicy(StackingPolicy.BEST_OF), organizer);

        Campaign found = campaigns.findBySlug("back-to-school-install-check");
        assertThat(found.getId()).isEqualTo(created.getId());
        assertThat(found.getState()).isEqualTo(CampaignState.DRAFT);
        assertThat(found.toTerms().budget()).isEqualByComparingTo("5000.00");
        Campaign submitted = campaigns.act(created.getId(), CampaignAction.SUBMIT, organizer, null);
        assertThat(submitted.getState()).isEqualTo(CampaignState.SUBMITTED);
        assertThat(campaigns.history(created.getId())).hasSize(1);
    }

    @Test
    void withSearchOffSearchesSaySoAndNothingEverConnectedToTheSearchUrl() throws Exception {
        ListingSearchIndex index = context.getBean("coopListingIndex", ListingSearchIndex.class);

        ListingFacetResult result = index.search(ListingFacetQuery.all().text("lunch box"));

        assertThat(result.searchOff()).isTrue();
        assertThat(result.message()).isEqualTo("Search is off on this store (coop.search.enabled=false).");
        assertThat(index.index(new ArrayList<>())).isZero();
        searchPort.setSoTimeout(300);
        assertThatThrownBy(searchPort::accept).as("no connection to coop.search.url").isInstanceOf(SocketTimeoutException.class);
    }
}
