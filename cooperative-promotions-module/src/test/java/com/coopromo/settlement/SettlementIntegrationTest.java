package com.coopromo.settlement;

import com.coopromo.campaign.domain.CampaignState;
import com.coopromo.campaign.domain.StackingPolicy;
import com.coopromo.common.domain.CoopValidationException;
import com.coopromo.common.domain.FieldError;
import com.coopromo.infra.junit.CoopHostExtension;
import com.coopromo.infra.junit.TestHost;
import com.coopromo.pricing.checkout.CampaignCheckoutService;
import com.coopromo.pricing.checkout.OrderAttributionRecord;
import com.coopromo.pricing.host.PricingScenario;
import com.coopromo.settlement.domain.Reconciliation;
import com.coopromo.settlement.domain.SellerStatement;
import com.coopromo.settlement.domain.Settlement;
import com.coopromo.settlement.persistence.SettlementRunRecord;
import com.coopromo.settlement.service.PayoutRulesForm;
import com.coopromo.settlement.service.PayoutRulesLockedException;
import com.coopromo.settlement.service.SettlementService;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.order.domain.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Settlement through Broadleaf's real checkout and cancellation on real PostgreSQL: payout rules checked and versioned
 * before launch and refused once live; a dry run and the payout run at the end give the seller a statement exact to
 * the cent that reconciles with the attribution rows and Broadleaf's order lines; running the payout again pays
 * nothing twice.
 */
@ExtendWith(CoopHostExtension.class)
class SettlementIntegrationTest {

    static PayoutRulesForm form(String pool, String sales) {
        PayoutRulesForm f = new PayoutRulesForm();
        f.setPool(pool);
        f.setSalesTiers(sales);
        f.setTrafficTiers("50:1");
        f.setSellerCapPercent("100");
        f.setDiminishingExponent("1");
        f.setNewcomerBoostPercent("0");
        f.setMinimumPayout("0");
        return f;
    }

    @Test
    void aCampaignIsSettledExactlyFromItsOrdersAndCancellationsAndPaidOnce(TestHost host) throws Exception {
        final PricingScenario scenario = new PricingScenario(host);
        SettlementService settlement = host.bean("coopSettlementService", SettlementService.class);
        CampaignCheckoutService checkout = host.bean("coopCampaignCheckout", CampaignCheckoutService.class);
        Sku pencils = scenario.sku("20.00", null);
        Sku lunchBox = scenario.sku("33.33", null);
        final long campaignId = scenario.scheduled(scenario.terms(StackingPolicy.BEST_OF), "20", "10.00", pencils, lunchBox).id();

        // before launch: every bad field named, good rules versioned
        assertThatThrownBy(() -> settlement.saveRules(campaignId, form("abc", ""), "organizer"))
                .isInstanceOf(CoopValidationException.class)
                .satisfies(e -> assertThat(((CoopValidationException) e).errors()).extracting(FieldError::toString)
                        .containsExactly("pool: must be a number (was \"abc\")", "salesTiers: needs at least one tier, e.g. 100:1"));
        assertThat(settlement.saveRules(campaignId, form("50.00", "10:1"), "organizer").version()).isEqualTo(1);
        assertThat(settlement.saveRules(campaignId, form("100.00", "10:1, 1000:2"), "organizer").version()).isEqualTo(2);
        assertThat(settlement.rulesLockedReason(campaignId)).isNull();

        scenario.campaigns.advanceClock();
        assertThat(scenario.campaigns.find(campaignId).getState()).isEqualTo(CampaignState.LIVE);
        assertThatThrownBy(() -> settlement.saveRules(campaignId, form("500.00", "10:1"), "organizer"))
                .isInstanceOf(PayoutRulesLockedException.class)
                .hasMessage("Campaign " + campaignId + " is live, so its payout rules change only through a committee"
                        + " adjustment, not by a direct edit.");
        assertThat(settlement.rules(campaignId).rules().pool()).isEqualByComparingTo("100.00");

        Order kept = scenario.cart();
        scenario.add(kept, pencils, 2);
        scenario.add(kept, lunchBox, 1);
        scenario.checkout(kept.getId());
        Order cancelled = scenario.cart();
        scenario.add(cancelled, pencils, 1);
        scenario.checkout(cancelled.getId());
        checkout.cancel(cancelled.getId());

        List<OrderAttributionRecord> rows = checkout.attributionOfCampaign(campaignId);
        assertThat(rows).hasSize(3);
        BigDecimal sellerParts = BigDecimal.ZERO, platformParts = BigDecimal.ZERO, reversed = BigDecimal.ZERO;
        for (OrderAttributionRecord row : rows) {
            assertThat(row.getLineTotal()).as("line total written at checkout").isNotNull();
            sellerParts = sellerParts.add(row.getSellerPart());
            platformParts = platformParts.add(row.getPlatformPart());
            if (row.isReversed()) {
                reversed = reversed.add(row.getLineTotal()).add(row.getPlatformPart());
            }
        }

        Settlement preview = settlement.preview(campaignId, form("80.00", "10:1"));
        assertThat(preview.statements()).hasSize(1);
        assertThat(preview.statements().get(0).bonus()).isEqualByComparingTo("80.00");

        SettlementRunRecord dry = settlement.dryRun(campaignId, "organizer");
        assertThat(dry.kind()).isEqualTo("DRY_RUN");
        assertThat(dry.trafficAvailable()).as("traffic figures read from coopCampaignMetrics").isTrue();
        assertThat(dry.isComplete()).isTrue();
        assertThat(dry.balanced()).as(dry.reconciliation().rows().toString()).isTrue();
        for (Reconciliation.Row r : dry.reconciliation().rows()) {
            assertThat(r.difference()).as(r.figure()).isEqualByComparingTo("0");
        }
        List<SellerStatement> statements = settlement.statements(dry.id());
        assertThat(statements).hasSize(1);
        SellerStatement s = statements.get(0);
        // gross is the price before the campaign discount: 2 x 20.00 + 33.33 + 20.00 (the cancelled order)
        assertThat(s.grossSales()).isEqualByComparingTo("93.33");
        assertThat(s.sellerFundedDiscounts()).isEqualByComparingTo(sellerParts);
        assertThat(s.platformReimbursements()).isEqualByComparingTo(platformParts);
        assertThat(s.cancellationsReversed()).isEqualByComparingTo(reversed);
        assertThat(s.cancellationsReversed()).isEqualByComparingTo("17.60"); // 16.00 paid + 1.60 platform part (40% of 4.00)
        assertThat(s.bonus()).isEqualByComparingTo("100.00");
        assertThat(s.bonusRule()).startsWith("Bonus: sales tier 1 (net sales ");
        assertThat(s.net()).isEqualByComparingTo(new BigDecimal("93.33").subtract(sellerParts).subtract(reversed).add(new BigDecimal("100.00")));

        assertThatThrownBy(() -> settlement.settle(campaignId, "organizer")).isInstanceOf(IllegalStateException.class)
                .hasMessage("Campaign " + campaignId + " has not ended (it is live): settle it when it ends, or make a dry run.");
        Instant afterEnd = scenario.campaigns.find(campaignId).toTerms().endInstant().plusSeconds(60);
        scenario.clock.callAt(afterEnd, () -> scenario.campaigns.advanceClock());
        assertThat(scenario.campaigns.find(campaignId).getState()).isEqualTo(CampaignState.ENDED);

        SettlementRunRecord payout = settlement.settle(campaignId, "organizer");
        assertThat(payout.isFinal()).isTrue();
        assertThat(payout.isComplete()).isTrue();
        assertThat(payout.balanced()).isTrue();
        assertThat(settlement.statements(payout.id())).isEqualTo(statements);
        SettlementRunRecord again = settlement.settle(campaignId, "organizer");
        assertThat(again.id()).isEqualTo(payout.id());
        settlement.settleEndedCampaigns(); // what the job does: the campaign has its payout already
        long finals = settlement.runs(campaignId).stream().filter(SettlementRunRecord::isFinal).count();
        assertThat(finals).isEqualTo(1);
        assertThat(settlement.fairness(payout.id()).segment("SMALL").payoutShare).isEqualByComparingTo("100.0");
    }
}
