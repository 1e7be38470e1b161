package com.coopromo.debrief;

import com.coopromo.campaign.domain.AssetKind;
import com.coopromo.campaign.domain.CampaignAction;
import com.coopromo.campaign.domain.CampaignState;
import com.coopromo.campaign.domain.StackingPolicy;
import com.coopromo.campaign.domain.TransitionRefusedException;
import com.coopromo.campaign.persistence.Campaign;
import com.coopromo.common.domain.CoopValidationException;
import com.coopromo.common.domain.FieldError;
import com.coopromo.debrief.domain.CampaignFacts;
import com.coopromo.debrief.domain.DebriefCalculator;
import com.coopromo.debrief.domain.DebriefFigures;
import com.coopromo.debrief.domain.ListingTraffic;
import com.coopromo.debrief.domain.OrderLine;
import com.coopromo.debrief.search.LessonHit;
import com.coopromo.debrief.search.LessonsLibrary;
import com.coopromo.debrief.service.Debrief;
import com.coopromo.debrief.service.DebriefService;
import com.coopromo.infra.junit.CoopHostExtension;
import com.coopromo.infra.junit.TestHost;
import com.coopromo.metrics.ShopperEvents;
import com.coopromo.metrics.domain.ShopperEvent;
import com.coopromo.metrics.domain.ShopperEventType;
import com.coopromo.participation.persistence.ParticipationImpl;
import com.coopromo.pricing.checkout.CampaignCheckoutService;
import com.coopromo.pricing.host.PricingScenario;
import com.coopromo.seller.domain.ListingDraft;
import com.coopromo.seller.domain.SellerDraft;
import com.coopromo.seller.domain.SellerSegment;
import com.coopromo.seller.persistence.Seller;
import com.coopromo.seller.persistence.SellerListing;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.order.domain.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A two-seller campaign on the real host (Broadleaf's cart, checkout and cancellation, the metrics' ingestion and
 * rollups, real PostgreSQL): once it has ended, its debrief's figures equal a recomputation from the raw events
 * ({@code COOP_METRIC_EVENT}) and the orders the test placed; each seller answers the survey once; publishing freezes
 * the figures, so later events change the live figures but not the published debrief; the campaign is debriefed
 * (ENDED to DEBRIEFED) only once its debrief is published; a campaign cloned from the published debrief has the
 * campaign's terms and carries the lessons.
 */
@ExtendWith(CoopHostExtension.class)
class DebriefIntegrationTest {

    @Test
    void anEndedCampaignsDebriefEqualsARecountOfItsEventsAndOrdersAndPublishingFreezesIt(TestHost host) throws Exception {
        PricingScenario scenario = new PricingScenario(host);
        DebriefService debriefs = host.bean("coopDebriefService", DebriefService.class);
        ShopperEvents events = host.bean("coopShopperEvents", ShopperEvents.class);
        DataSource ds = (DataSource) host.bean("blMergedDataSources", Map.class).get("jdbc/web");

        Sku pencils = scenario.sku("20.00", null);
        Sku ruler = scenario.sku("8.00", null);
        Sku lunchBox = scenario.sku("30.00", null);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        Seller stationer = scenario.sellers.registerSeller(new SellerDraft("stationer-" + unique, "Stationer " + unique,
                SellerSegment.SMALL, null, null));
        Seller boxes = scenario.sellers.registerSeller(new SellerDraft("boxes-" + unique, "Boxes " + unique,
                SellerSegment.MID, null, null));
        Seller outsider = scenario.sellers.registerSeller(new SellerDraft("outsider-" + unique, "Outsider " + unique,
                SellerSegment.MID, null, null));
        final Campaign campaign = scenario.campaigns.create(scenario.terms(StackingPolicy.BEST_OF)
                .targetRevenue(new BigDecimal("1000.00")).targetNewBuyers(2), PricingScenario.ORGANIZER);
        final long id = campaign.getId();
        final List<SellerListing> stationerListings = Arrays.asList(
                scenario.sellers.addListing(new ListingDraft(stationer.getId(), pencils.getId(), new BigDecimal("5.00"), 1, 3)),
                scenario.sellers.addListing(new ListingDraft(stationer.getId(), ruler.getId(), new BigDecimal("2.00"), 1, 3)));
        final SellerListing boxListing = scenario.sellers.addListing(
                new ListingDraft(boxes.getId(), lunchBox.getId(), new BigDecimal("5.00"), 1, 3));
        scenario.clock.callAt(campaign.toTerms().startInstant().minusSeconds(2 * 86_400L), () -> {
            ParticipationImpl one = scenario.participation.accept(scenario.participation.invite(id, stationer.getId()).getId());
            scenario.participation.submitAssets(one.getId(), EnumSet.of(AssetKind.BANNER));
            for (SellerListing l : stationerListings) {
                scenario.participation.enroll(one.getId(), l.getId(), new BigDecimal("20"));
            }
            ParticipationImpl two = scenario.participation.accept(scenario.participation.invite(id, boxes.getId()).getId());
            scenario.participation.submitAssets(two.getId(), EnumSet.of(AssetKind.BANNER));
            scenario.participation.enroll(two.getId(), boxListing.getId(), new BigDecimal("10"));
            return null;
        });
        for (CampaignAction step : new CampaignAction[]{CampaignAction.SUBMIT, CampaignAction.START_REVIEW,
                CampaignAction.APPROVE, CampaignAction.SCHEDULE}) {
            scenario.campaigns.act(id, step, step == CampaignAction.SUBMIT || step == CampaignAction.SCHEDULE
                    ? PricingScenario.ORGANIZER : PricingScenario.REVIEWER, null);
        }
        scenario.campaigns.advanceClock();
        assertThat(scenario.campaigns.find(id).getState()).isEqualTo(CampaignState.LIVE);
        assertThat(catchThrowable(() -> debriefs.debrief(id))).hasMessage(
                "campaign: campaign " + id + " has not ended (it is live), so it has no debrief yet.");

        // shoppers' traffic: tiles seen and clicked, checkouts started
        Instant now = Instant.now();
        int n = 0;
        long[][] traffic = {{stationer.getId(), pencils.getId(), 40, 12, 3}, {stationer.getId(), ruler.getId(), 25, 4, 1},
                {boxes.getId(), lunchBox.getId(), 30, 9, 2}};
        for (long[] t : traffic) {
            for (int i = 0; i < t[2]; i++) {
                events.record(ShopperEvent.builder("debrief-" + unique + "-" + n++, ShopperEventType.IMPRESSION, now)
                        .listing(id, t[0], t[1]).build());
            }
            for (int i = 0; i < t[3]; i++) {
                events.record(ShopperEvent.builder("debrief-" + unique + "-" + n++, ShopperEventType.CLICK, now)
                        .listing(id, t[0], t[1]).build());
            }
            for (int i = 0; i < t[4]; i++) {
                events.record(ShopperEvent.builder("debrief-" + unique + "-" + n++, ShopperEventType.CHECKOUT_STARTED, now)
                        .listing(id, t[0], t[1]).build());
            }
        }
        // orders: pencils with a lunch box (two sellers), pencils alone, and a cancelled pencils-and-lunch-box order
        Order both = scenario.cart();
        scenario.add(both, pencils, 2);
        scenario.add(both, lunchBox, 1);
        scenario.checkout(both.getId());
        Order alone = scenario.cart();
        scenario.add(alone, pencils, 1);
        scenario.checkout(alone.getId());
        Order cancelled = scenario.cart();
        scenario.add(cancelled, pencils, 1);
        scenario.add(cancelled, lunchBox, 1);
        scenario.checkout(cancelled.getId());
        host.bean("coopCampaignCheckout", CampaignCheckoutService.class).cancel(cancelled.getId());

        Instant afterEnd = scenario.campaigns.find(id).toTerms().endInstant().plusSeconds(60);
        scenario.clock.callAt(afterEnd, () -> scenario.campaigns.advanceClock());
        assertThat(scenario.campaigns.find(id).getState()).isEqualTo(CampaignState.ENDED);

        // the recount: per listing from the raw events, order lines from the orders placed above
        List<OrderLine> placed = Arrays.asList(new OrderLine(both.getId(), stationer.getId(), pencils.getId()),
                new OrderLine(both.getId(), boxes.getId(), lunchBox.getId()),
                new OrderLine(alone.getId(), stationer.getId(), pencils.getId()));
        Campaign ended = scenario.campaigns.find(id);
        com.coopromo.debrief.persistence.DebriefStore store =
                host.bean("coopDebriefStore", com.coopromo.debrief.persistence.DebriefStore.class);
        // the events go through the ingestion queue: wait until they are all stored (the cancellation's too)
        List<ListingTraffic> raw = awaitRaw(ds, id, 25, new BigDecimal("75.00"));
        // the facts (budget, payout runs, targets' buyers) are read again on every try: the metrics' rollup and the
        // settlement job run on their own threads and may move them while the test waits
        java.util.function.Supplier<CampaignFacts> facts =
                () -> store.facts(id, ended.toTerms().startInstant(), ended.toTerms().endInstant());
        DebriefFigures[] agreed = awaitAgreement(() -> DebriefCalculator.compute(raw, placed, facts.get(), DebriefCalculator.TOP),
                () -> debriefs.liveFigures(id), f -> f.targets().toString().contains("New buyers:2/2"));
        DebriefFigures expected = agreed[0];
        DebriefFigures figures = agreed[1];
        assertThat(figures).isEqualTo(expected);

        // and what that means, spelled out
        assertThat(figures.funnel()).extracting(DebriefFigures.FunnelStep::count).containsExactly(95L, 25L, 5L, 6L, 2L);
        assertThat(figures.funnel().get(1).dropOffPercent()).isEqualByComparingTo("73.7");
        assertThat(figures.listings().get(0).id()).isEqualTo(pencils.getId());
        assertThat(figures.listings().get(0).orders()).isEqualTo(2);
        assertThat(figures.listings().get(0).conversionPercent()).isEqualByComparingTo("16.7");
        assertThat(figures.listings().get(0).netRevenue()).as("3 pencils at 20.00 less 20%").isEqualByComparingTo("48.00");
        assertThat(figures.sellers()).extracting(DebriefFigures.Driver::id).containsExactly(stationer.getId(), boxes.getId());
        assertThat(figures.coPurchases()).hasSize(1);
        DebriefFigures.CoPurchase pair = figures.coPurchases().get(0);
        assertThat(Arrays.asList(pair.skuA(), pair.skuB())).containsExactlyInAnyOrder(pencils.getId(), lunchBox.getId());
        assertThat(pair.orders()).isEqualTo(1);
        assertThat(pair.lift()).as("1 x 2 orders / (2 x 1)").isEqualByComparingTo("1.00");
        assertThat(figures.targets()).extracting(DebriefFigures.TargetOutcome::toString)
                .containsExactly("Revenue:75.00/1000.00 missed", "New buyers:2/2 met");
        assertThat(figures.outcome()).isEqualTo("missed");
        assertThat(figures.money().get(0).available()).isEqualByComparingTo("5000.00");
        assertThat(figures.money().get(0).used()).as("the platform's 40% of the discounts that stand")
                .isEqualByComparingTo(scalar(ds, "SELECT CONSUMED FROM COOP_CAMPAIGN_BUDGET WHERE CAMPAIGN_ID = ?", id));

        // the survey: participants once each, field by field
        CoopValidationException bad = catchThrowableOfType(() -> debriefs.answerSurvey(id, stationer.getId(), "0", "", "5",
                null, "stationer"), CoopValidationException.class);
        assertThat(bad.errors()).extracting(FieldError::toString).containsExactly(
                "assetClarity: must be a whole score from 1 to 5 (was \"0\").", "messaging: give messaging a score from 1 to 5.");
        debriefs.answerSurvey(id, stationer.getId(), "4", "5", "3", "Zebra banner was unclear", "stationer");
        debriefs.answerSurvey(id, boxes.getId(), "2", "4", "5", "all good", "boxes");
        assertThat(catchThrowable(() -> debriefs.answerSurvey(id, boxes.getId(), "1", "1", "1", null, "boxes")))
                .hasMessage("seller: this seller has answered the survey of campaign " + id + " already; each seller answers once.");
        assertThat(catchThrowable(() -> debriefs.answerSurvey(id, outsider.getId(), "1", "1", "1", null, "outsider")))
                .hasMessage("seller: only sellers who took part in campaign " + id + " answer its survey.");
        Debrief draft = debriefs.debrief(id);
        assertThat(draft.isPublished()).isFalse();
        assertThat(draft.survey().answers()).isEqualTo(2);
        assertThat(draft.survey().questions().get(0).average()).isEqualByComparingTo("3.00");
        assertThat(draft.survey().questions().get(2).count(5)).isEqualTo(1);
        assertThat(draft.survey().comments()).containsExactly("all good", "Zebra banner was unclear");

        // the lifecycle: ENDED -> DEBRIEFED waits for the published debrief
        assertThat(catchThrowable(() -> scenario.campaigns.act(id, CampaignAction.DEBRIEF, PricingScenario.ORGANIZER, null)))
                .isInstanceOf(TransitionRefusedException.class)
                .hasMessage("'" + ended.getName() + "' is debriefed only once its debrief is published (see Campaign debriefs).");
        assertThat(scenario.campaigns.find(id).getState()).isEqualTo(CampaignState.ENDED);

        // publishing needs lessons, and freezes the figures
        assertThat(catchThrowable(() -> debriefs.publish(id, "  ", "organizer"))).hasMessage(
                "lessons: write the lessons the campaign taught before publishing its debrief.");
        debriefs.saveLessons(id, "Bundle pencils with lunch boxes.", "organizer");
        Debrief published = debriefs.publish(id, "Bundle pencils with lunch boxes next time.", "organizer");
        assertThat(published.isPublished()).isTrue();
        assertThat(published.lessons()).isEqualTo("Bundle pencils with lunch boxes next time.");
        assertThat(published.figures()).isEqualTo(figures);
        assertThat(debriefs.publishedRecord(id).outcome()).isEqualTo("missed");
        // the lessons library found it through the after-commit change event: by text, theme, tier and outcome
        LessonsLibrary library = host.bean("coopLessonsLibrary", LessonsLibrary.class);
        assertThat(library.search("pencils lunch", null, null, null, null)).extracting(LessonHit::campaignId).contains(id);
        assertThat(library.search("pencils lunch", null, null, null, "met")).extracting(LessonHit::campaignId)
                .doesNotContain(id);
        assertThat(library.search(null, "pencil cases", "LIGHTWEIGHT", null, "missed")).extracting(LessonHit::campaignId)
                .contains(id);
        assertThat(library.search(null, null, "FLAGSHIP", null, null)).extracting(LessonHit::campaignId).doesNotContain(id);
        assertThat(library.search("nothing-like-this-" + unique, null, null, null, null)).isEmpty();
        LessonHit hit = library.search(ended.getName(), null, null, null, null).stream().filter(h -> h.campaignId() == id)
                .findFirst().get();
        assertThat(hit.campaignName()).isEqualTo(ended.getName());
        assertThat(hit.lessons()).isEqualTo("Bundle pencils with lunch boxes next time.");
        assertThat(hit.outcome()).isEqualTo("missed");

        assertThat(scenario.campaigns.act(id, CampaignAction.DEBRIEF, PricingScenario.ORGANIZER, null).getState())
                .isEqualTo(CampaignState.DEBRIEFED);
        assertThat(catchThrowable(() -> debriefs.saveLessons(id, "changed", "organizer"))).hasMessage(
                "lessons: the debrief of campaign " + id + " is published, so its lessons no longer change.");

        for (int i = 0; i < 7; i++) {
            events.record(ShopperEvent.builder("debrief-late-" + unique + "-" + i, ShopperEventType.CLICK, Instant.now())
                    .listing(id, boxes.getId(), lunchBox.getId()).build());
        }
        List<ListingTraffic> rawLater = awaitRaw(ds, id, 32, new BigDecimal("75.00"));
        DebriefFigures[] laterAgreed = awaitAgreement(
                () -> DebriefCalculator.compute(rawLater, placed, facts.get(), DebriefCalculator.TOP),
                () -> debriefs.liveFigures(id), f -> true);
        DebriefFigures later = laterAgreed[0];
        assertThat(later.funnel().get(1).count()).isEqualTo(32);
        assertThat(laterAgreed[1]).isEqualTo(later);
        Debrief reread = debriefs.debrief(id);
        assertThat(reread.figures()).as("a published debrief keeps its figures").isEqualTo(figures);
        assertThat(reread.survey()).isEqualTo(draft.survey());
        assertThat(catchThrowable(() -> debriefs.answerSurvey(id, stationer.getId(), "1", "1", "1", null, "stationer")))
                .hasMessage("survey: the debrief of campaign " + id + " is published, so its survey is closed.");

        // a new campaign started from the published debrief: the clone's terms, and the lessons on it
        java.time.LocalDateTime nextStart = ended.toTerms().startsAt().plusDays(90);
        Campaign next = debriefs.cloneFromDebrief(id, "Next " + unique, "next-" + unique, nextStart, PricingScenario.ORGANIZER);
        assertThat(next.getState()).isEqualTo(CampaignState.DRAFT);
        assertThat(next.getClonedFromId()).isEqualTo(id);
        assertThat(next.toTerms().startsAt()).isEqualTo(nextStart);
        assertThat(next.toTerms().minDiscountPercent()).isEqualByComparingTo(ended.toTerms().minDiscountPercent());
        assertThat(next.toTerms().budget()).isEqualByComparingTo(ended.toTerms().budget());
        assertThat(next.toTerms().targetRevenue()).isEqualByComparingTo("1000.00");
        com.coopromo.debrief.persistence.CarriedLessons carried = debriefs.carriedLessons(next.getId());
        assertThat(carried.sourceCampaignId()).isEqualTo(id);
        assertThat(carried.lessons()).isEqualTo("Bundle pencils with lunch boxes next time.");
        assertThat(carried.outcome()).isEqualTo("missed");
        assertThat(debriefs.carriedLessons(id)).isNull();
        Campaign other = scenario.campaigns.create(scenario.terms(StackingPolicy.BEST_OF), PricingScenario.ORGANIZER);
        assertThat(catchThrowable(() -> debriefs.cloneFromDebrief(other.getId(), "x", "x-" + unique, nextStart,
                PricingScenario.ORGANIZER))).hasMessage("campaign: campaign " + other.getId() + " has no published debrief to start from.");
    }

    /** Each listing's figures recounted from the raw events: submitted less cancelled for the revenue. */
    private static List<ListingTraffic> rawTraffic(DataSource ds, long campaignId) throws Exception {
        List<ListingTraffic> rows = new ArrayList<ListingTraffic>();
        try (Connection c = ds.getConnection(); PreparedStatement q = c.prepareStatement("SELECT e.SELLER_ID,"
                + " (SELECT NAME FROM COOP_SELLER s WHERE s.SELLER_ID = e.SELLER_ID), e.SKU_ID,"
                + " (SELECT NAME FROM BLC_SKU k WHERE k.SKU_ID = e.SKU_ID),"
                + " count(*) FILTER (WHERE EVENT_TYPE = 'I'), count(*) FILTER (WHERE EVENT_TYPE = 'C'),"
                + " count(*) FILTER (WHERE EVENT_TYPE = 'A'), count(*) FILTER (WHERE EVENT_TYPE = 'S'),"
                + " COALESCE(sum(GROSS - DISCOUNT) FILTER (WHERE EVENT_TYPE = 'O'), 0)"
                + "  - COALESCE(sum(GROSS - DISCOUNT) FILTER (WHERE EVENT_TYPE = 'X'), 0)"
                + " FROM COOP_METRIC_EVENT e WHERE CAMPAIGN_ID = ? GROUP BY e.SELLER_ID, e.SKU_ID")) {
            q.setLong(1, campaignId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    rows.add(new ListingTraffic(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                            rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getBigDecimal(9)));
                }
            }
        }
        return rows;
    }

    /** The raw events once {@code clicks} clicks and net revenue {@code revenue} are stored (or after 30 s). */
    private static List<ListingTraffic> awaitRaw(DataSource ds, long campaignId, long clicks, BigDecimal revenue)
            throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (true) {
            List<ListingTraffic> raw = rawTraffic(ds, campaignId);
            long c = 0;
            BigDecimal r = BigDecimal.ZERO;
            for (ListingTraffic t : raw) {
                c += t.clicks();
                r = r.add(t.netRevenue());
            }
            if ((c == clicks && r.compareTo(revenue) == 0) || System.currentTimeMillis() > deadline) {
                return raw;
            }
            Thread.sleep(200);
        }
    }

    private static BigDecimal scalar(DataSource ds, String sql, long arg) throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setLong(1, arg);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getBigDecimal(1);
            }
        }
    }

    /** A recount (with freshly read facts) and the live figures, once they agree and are ready, or after 30 s. */
    private static DebriefFigures[] awaitAgreement(java.util.function.Supplier<DebriefFigures> recount,
                                                   java.util.function.Supplier<DebriefFigures> live,
                                                   java.util.function.Predicate<DebriefFigures> ready)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (true) {
            DebriefFigures expected = recount.get();
            DebriefFigures actual = live.get();
            if (expected.equals(actual) && ready.test(actual) || System.currentTimeMillis() >= deadline) {
                return new DebriefFigures[]{expected, actual};
            }
            Thread.sleep(200);
        }
    }
}
