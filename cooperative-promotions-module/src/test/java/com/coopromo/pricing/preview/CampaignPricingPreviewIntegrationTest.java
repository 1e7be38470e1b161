package com.coopromo.pricing.preview;

import com.coopromo.campaign.domain.StackingPolicy;
import com.coopromo.common.domain.CoopValidationException;
import com.coopromo.common.domain.FieldError;
import com.coopromo.infra.junit.CoopHostExtension;
import com.coopromo.infra.junit.TestHost;
import com.coopromo.pricing.domain.Outcome;
import com.coopromo.pricing.host.PricingScenario;
import com.coopromo.pricing.ledger.CampaignBudgetLedger;
import com.coopromo.stock.service.StockService;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.inventory.service.type.InventoryType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;

import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Previews on the real host: a cart priced by Broadleaf's own workflow as of a chosen instant, line by line with the
 * reason, and nothing left in the database afterwards. Prices: retail 20.00, the seller enrolls at 20% (4.00 off a
 * unit), the campaign allows 10–30% and the platform funds 40%.
 */
@ExtendWith(CoopHostExtension.class)
class CampaignPricingPreviewIntegrationTest {
    private TestHost host;
    private PricingScenario scenario;
    private CampaignPricingPreview preview;

    @BeforeEach
    void setUp(TestHost host) {
        this.host = host;
        scenario = new PricingScenario(host);
        preview = host.bean("coopPricingPreview", CampaignPricingPreview.class);
    }

    @Test
    void beforeLaunchTheLineIsNotLiveAndTheExplanationNamesTheWindow() throws Exception {
        Sku sku = scenario.sku("20.00", null);
        PricingScenario.LiveCampaign live = scenario.live(scenario.terms(StackingPolicy.BEST_OF), "20", "12.00", sku);
        Instant start = live.campaign.toTerms().startInstant();
        Instant end = live.campaign.toTerms().endInstant();

        PreviewedLine line = preview.preview(lines(sku, 2), start.minus(Duration.ofDays(1))).line(sku.getId());

        assertThat(line.outcome()).isEqualTo(Outcome.NOT_LIVE);
        assertThat(line.outcomeLabel()).isEqualTo("Campaign not live");
        assertThat(line.explanation()).contains(start.toString(), end.toString(), "before it starts");
        assertThat(line.campaignId()).isEqualTo(live.id());
        assertThat(line.campaignDiscount()).isEqualByComparingTo("0.00");
        assertThat(line.finalTotal()).isEqualByComparingTo("40.00");
        assertThat(line.inCart()).isTrue();
    }

    @Test
    void theStartInstantIsInsideTheWindowAndTheEndInstantIsNot() throws Exception {
        Sku sku = scenario.sku("20.00", null);
        PricingScenario.LiveCampaign live = scenario.live(scenario.terms(StackingPolicy.BEST_OF), "20", "12.00", sku);
        Instant start = live.campaign.toTerms().startInstant();
        Instant end = live.campaign.toTerms().endInstant();

        PreviewResult atStart = preview.preview(lines(sku, 2), start);
        PreviewResult atEnd = preview.preview(lines(sku, 2), end);

        PreviewedLine applied = atStart.line(sku.getId());
        assertThat(applied.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(applied.unitPrice()).isEqualByComparingTo("20.00");
        assertThat(applied.campaignDiscount()).isEqualByComparingTo("8.00");
        assertThat(applied.hostDiscount()).isEqualByComparingTo("0.00");
        assertThat(applied.finalTotal()).isEqualByComparingTo("32.00");
        assertThat(applied.platformFunded()).isEqualByComparingTo("3.20");
        assertThat(applied.sellerFunded()).isEqualByComparingTo("4.80");
        assertThat(applied.campaignName()).isEqualTo(live.campaign.getName());
        assertThat(applied.explanation()).startsWith("Applied: '" + live.campaign.getName() + "' takes 4.00 off each unit");
        assertThat(atStart.subtotal()).isEqualByComparingTo("32.00");

        PreviewedLine ended = atEnd.line(sku.getId());
        assertThat(ended.outcome()).isEqualTo(Outcome.NOT_LIVE);
        assertThat(ended.explanation()).contains("after it ended");
        assertThat(ended.finalTotal()).isEqualByComparingTo("40.00");
    }

    @Test
    void linesTheStockDoesNotCoverAreExplainedOutsideTheCart() throws Exception {
        Sku short2 = withStock(scenario.sku("20.00", null), 2);
        Sku unavailable = withStock(scenario.sku("20.00", null), 5);
        Sku covered = withStock(scenario.sku("20.00", null), 5);
        PricingScenario.LiveCampaign live = scenario.live(scenario.terms(StackingPolicy.BEST_OF), "20", "12.00",
                short2, unavailable, covered);
        // taken off sale in Broadleaf since it was enrolled
        host.inTransaction(status -> {
            Sku s = scenario.catalog.findSkuById(unavailable.getId());
            s.setInventoryType(InventoryType.UNAVAILABLE);
            return scenario.catalog.saveSku(s);
        });

        PreviewResult result = preview.preview(Arrays.asList(PreviewLine.of(short2.getId(), 3),
                PreviewLine.of(unavailable.getId(), 1), PreviewLine.of(covered.getId(), 5)), Instant.now());

        PreviewedLine tooMany = result.line(short2.getId());
        assertThat(tooMany.inCart()).as("the store refuses 3 of 2 in stock").isFalse();
        assertThat(tooMany.outcome()).isEqualTo(Outcome.OUT_OF_STOCK);
        assertThat(tooMany.outcomeLabel()).isEqualTo("Not enough stock");
        assertThat(tooMany.explanation()).contains("asks for 3 unit(s) but the host has 2 in stock")
                .contains("The store has only 2 in stock, so a shopper cannot add this line to a cart.");
        assertThat(tooMany.campaignId()).isEqualTo(live.id());
        PreviewedLine refused = result.line(unavailable.getId());
        assertThat(refused.inCart()).isFalse();
        assertThat(refused.outcome()).isEqualTo(Outcome.OUT_OF_STOCK);
        assertThat(refused.explanation()).contains("marks Sku " + unavailable.getId() + " unavailable");
        PreviewedLine all = result.line(covered.getId());
        assertThat(all.inCart()).as("all 5 in stock").isTrue();
        assertThat(all.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(result.subtotal()).isEqualByComparingTo("80.00");
    }

    @Test
    void aCampaignWithNothingLeftOfItsPlatformBudgetSaysSo() throws Exception {
        Sku sku = scenario.sku("20.00", null);
        PricingScenario.LiveCampaign live = scenario.live(scenario.terms(StackingPolicy.BEST_OF)
                .budget(new BigDecimal("5.00")), "20", "12.00", sku);
        CampaignBudgetLedger ledger = host.bean("coopBudgetLedger", CampaignBudgetLedger.class);
        long someoneElsesOrder = 9_000_000_000L + ThreadLocalRandom.current().nextInt(1_000_000);
        ledger.reserve(live.id(), someoneElsesOrder, new BigDecimal("5.00"));

        PreviewedLine line = preview.preview(lines(sku, 1), Instant.now()).line(sku.getId());

        assertThat(line.outcome()).isEqualTo(Outcome.BUDGET_EXHAUSTED);
        assertThat(line.explanation()).contains("no platform budget left");
        assertThat(line.campaignDiscount()).isEqualByComparingTo("0.00");
        assertThat(line.finalTotal()).isEqualByComparingTo("20.00");
    }

    @Test
    void underBestOfALargerNativeOfferWinsAndTheLineSaysWhy() throws Exception {
        Sku sku = scenario.sku("20.00", null);
        scenario.nativePercentOff(sku, "30");
        scenario.live(scenario.terms(StackingPolicy.BEST_OF), "20", "12.00", sku);

        PreviewedLine line = preview.preview(lines(sku, 1), Instant.now()).line(sku.getId());

        assertThat(line.outcome()).isEqualTo(Outcome.NATIVE_BETTER);
        assertThat(line.outcomeLabel()).isEqualTo("Host offer is better");
        assertThat(line.hostDiscount()).isEqualByComparingTo("6.00");
        assertThat(line.campaignDiscount()).isEqualByComparingTo("0.00");
        assertThat(line.finalTotal()).isEqualByComparingTo("14.00");
        assertThat(line.explanation()).contains("the host's 6.00 off per unit");
    }

    @Test
    void aSkuInNoCampaignIsNotEnrolled() throws Exception {
        Sku sku = scenario.sku("12.50", null);

        PreviewedLine line = preview.preview(lines(sku, 2), Instant.now()).line(sku.getId());

        assertThat(line.outcome()).isEqualTo(Outcome.NOT_ENROLLED);
        assertThat(line.outcomeLabel()).isEqualTo("Not enrolled");
        assertThat(line.campaignId()).isNull();
        assertThat(line.finalTotal()).isEqualByComparingTo("25.00");
    }

    @Test
    void nothingIsSavedAndACallersOpenEntityManagerIsLeftAlone() throws Exception {
        final Sku sku = scenario.sku("20.00", null);
        PricingScenario.LiveCampaign live = scenario.live(scenario.terms(StackingPolicy.EXCLUSIVE), "20", "12.00", sku);
        List<Long> before = rowCounts();
        BigDecimal budgetBefore = host.bean("coopBudgetLedger", CampaignBudgetLedger.class).remaining(live.id());

        final EntityManagerFactory emf = host.bean("entityManagerFactory", EntityManagerFactory.class);
        PreviewResult result = scenario.inRequest(() -> {
            Sku loaded = scenario.catalog.findSkuById(sku.getId());
            PreviewResult r = preview.preview(lines(sku, 3), Instant.now());
            assertThat(EntityManagerFactoryUtils.getTransactionalEntityManager(emf).contains(loaded)).isTrue();
            return r;
        });

        assertThat(result.line(sku.getId()).campaignDiscount()).isEqualByComparingTo("12.00");
        assertThat(rowCounts()).isEqualTo(before);
        assertThat(host.bean("coopBudgetLedger", CampaignBudgetLedger.class).remaining(live.id())).isEqualByComparingTo(budgetBefore);
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndTheReason() throws Exception {
        Sku sku = scenario.sku("20.00", null);

        assertThat(errors(Collections.<PreviewLine>emptyList(), Instant.now()))
                .containsExactly("lines: must hold at least one line (a Sku id and a quantity)");
        assertThat(errors(lines(sku, 1), null)).containsExactly("at: is required: the instant to price the cart at");
        assertThat(errors(Arrays.asList(PreviewLine.of(sku.getId(), 0), new PreviewLine(null, 1000),
                PreviewLine.of(sku.getId(), 2)), Instant.now())).containsExactly(
                "lines[0].quantity: must be between 1 and 999 (was 0)",
                "lines[1].skuId: is required",
                "lines[1].quantity: must be between 1 and 999 (was 1000)",
                "lines[2].skuId: Sku " + sku.getId() + " is already on line 1; put its whole quantity on one line");
        assertThat(errors(Arrays.asList(PreviewLine.of(sku.getId(), 1), PreviewLine.of(-42L, 1)), Instant.now()))
                .containsExactly("lines[1].skuId: no host Sku has id -42");
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static List<PreviewLine> lines(Sku sku, int quantity) {
        return Collections.singletonList(PreviewLine.of(sku.getId(), quantity));
    }

    private List<String> errors(List<PreviewLine> lines, Instant at) {
        CoopValidationException refused = catchThrowableOfType(() -> preview.preview(lines, at), CoopValidationException.class);
        assertThat(refused).as("refused").isNotNull();
        List<String> errors = new ArrayList<String>();
        for (FieldError error : refused.errors()) {
            errors.add(error.toString());
        }
        return errors;
    }

    /** Counts the Sku's stock in the store (the module's stock). */
    private Sku withStock(Sku sku, int quantity) {
        host.bean("coopStock", StockService.class).setUnits(sku.getId(), quantity);
        return sku;
    }

    private List<Long> rowCounts() throws SQLException {
        List<Long> counts = new ArrayList<Long>();
        try (Connection connection = host.bean("coopHostDataSource", DataSource.class).getConnection();
             Statement statement = connection.createStatement()) {
            for (String table : new String[]{"BLC_ORDER", "BLC_ORDER_ITEM", "BLC_ORDER_ITEM_PRICE_DTL",
                    "BLC_ORDER_ITEM_DTL_ADJ", "BLC_CUSTOMER", "COOP_BUDGET_ENTRY"}) {
                try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rows.next();
                    counts.add(rows.getLong(1));
                }
            }
        }
        return counts;
    }
}
