package com.coopromo.demo.seed;

import com.coopromo.campaign.domain.CampaignState;
import com.coopromo.campaign.domain.CampaignTerms;
import com.coopromo.campaign.persistence.Campaign;
import com.coopromo.campaign.service.CampaignService;
import com.coopromo.metrics.ShopperEvents;
import com.coopromo.metrics.domain.ShopperEvent;
import com.coopromo.metrics.domain.ShopperEventType;
import com.coopromo.metrics.report.CampaignReportsImpl;
import com.coopromo.metrics.store.HourlyRollup;
import com.coopromo.metrics.store.ShopperEventWriter;
import com.coopromo.participation.persistence.EnrollmentImpl;
import com.coopromo.participation.service.ParticipationService;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Seeds a shopper event history for the demo's ended and live campaigns through the same ingestion path the
 * storefront uses ({@code coopShopperEvents}), so the campaign dashboard shows curves on a first start: per hour of
 * the campaign's window so far, a few page views of its tiles (impressions), clicks through some of them, add-to-carts,
 * checkouts and orders with their amounts at the listing's campaign discount (a few cancelled), following a day's
 * rhythm; and, in an equal window before the campaign, a lighter trickle of impressions and clicks on the same
 * listings outside any campaign (what incremental traffic compares with).
 * <p>
 * Deterministic: each campaign's history comes from a generator seeded with its slug, hour by hour from its start,
 * and each event's idempotency key names the campaign and its place in that sequence. Seeding again (every demo
 * start) stores nothing twice; a later start only adds the hours that have passed since.
 */
public class DemoEventHistory {
    /** Page views per hour at the day's peak; the night has a fifth of it. */
    static final int PEAK_PAGE_VIEWS = 4;
    static final int TILES_PER_PAGE_VIEW = 8;
    /** Synthetic shoppers: visitors and customers the history spreads over (customers return: returning buyers). */
    static final int VISITORS = 2000;
    static final int CUSTOMERS = 300;
    static final long FIRST_CUSTOMER_ID = 9_000_000L;
    /** Synthetic order ids, far above the store's own. */
    static final long FIRST_ORDER_ID = 9_000_000_000L;
    private static final int BATCH = 500;

    private final CampaignService campaigns;
    private final ParticipationService participations;
    private final CatalogService catalog;
    private final ShopperEvents events;
    private final ApplicationContext context;
    private final Clock clock;
    private final Consumer<String> progress;
    private final TransactionTemplate transaction;

    public DemoEventHistory(ApplicationContext context, Consumer<String> progress) {
        this.campaigns = context.getBean("coopCampaignService", CampaignService.class);
        this.participations = context.getBean("coopParticipationService", ParticipationService.class);
        this.catalog = context.getBean("blCatalogService", CatalogService.class);
        this.events = context.getBean("coopShopperEvents", ShopperEvents.class);
        this.context = context;
        this.clock = context.getBean("coopClock", Clock.class);
        this.progress = progress;
        this.transaction = new TransactionTemplate(context.getBean("blTransactionManager", PlatformTransactionManager.class));
    }

    /** Records the history of every live and ended campaign; returns how many events were handed to the sink. */
    public int seed() throws InterruptedException {
        long started = System.nanoTime();
        int total = 0;
        List<Campaign> live = new ArrayList<Campaign>();
        for (Campaign campaign : campaigns.findAll()) {
            if (campaign.getState() != CampaignState.LIVE && campaign.getState() != CampaignState.ENDED) {
                continue;
            }
            if (campaign.getState() == CampaignState.LIVE) {
                live.add(campaign);
            }
            List<ShopperEvent> history = history(campaign);
            record(history);
            total += history.size();
            progress.accept(String.format(Locale.ROOT, "campaign '%s': %d shopper events of its history recorded",
                    campaign.getName(), history.size()));
        }
        int reports = reportFinishedDays(live);
        progress.accept(String.format(Locale.ROOT, "demo event history: %d events, %d daily report(s) in %.1f s", total,
                reports, (System.nanoTime() - started) / 1e9));
        return total;
    }

    /**
     * Once the history is written and rolled up: the daily reports of the live campaigns' finished days (the report
     * job writes only yesterday's, ten minutes after a start). A report kept already is left as it is.
     */
    private int reportFinishedDays(List<Campaign> live) throws InterruptedException {
        if (live.isEmpty() || !(events instanceof ShopperEventWriter)
                || !((ShopperEventWriter) events).awaitWritten(60_000)) {
            return 0;
        }
        context.getBean("coopMetricsRollup", HourlyRollup.class).roll();
        CampaignReportsImpl reports = context.getBean("coopCampaignReports", CampaignReportsImpl.class);
        LocalDate today = clock.instant().atOffset(ZoneOffset.UTC).toLocalDate();
        int written = 0;
        for (Campaign campaign : live) {
            CampaignTerms terms = campaign.toTerms();
            LocalDate first = terms.startsAt().atZone(terms.zone()).toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
            for (LocalDate day = first; day.isBefore(today); day = day.plusDays(1)) {
                if (reports.write(campaign.getId(), day)) {
                    written++;
                }
            }
        }
        return written;
    }

    /** Hands the events over in batches; when the queue is full, waits a little and hands over the rest. */
    private void record(List<ShopperEvent> history) throws InterruptedException {
        for (int from = 0; from < history.size(); from += BATCH) {
            List<ShopperEvent> batch = history.subList(from, Math.min(history.size(), from + BATCH));
            int queued = events.recordAll(batch);
            for (int wait = 0; queued < batch.size() && wait < 200; wait++) {
                Thread.sleep(25);
                batch = batch.subList(queued, batch.size());
                queued = events.recordAll(batch);
            }
        }
    }

    private static final class Listing {
        final long sellerId;
        final long skuId;
        final BigDecimal price;
        final BigDecimal discountPercent;
        /** The platform's part of the campaign discount, in percent (the campaign's platform funding). */
        final BigDecimal platformPercent;

        Listing(long sellerId, long skuId, BigDecimal price, BigDecimal discountPercent, BigDecimal platformPercent) {
            this.sellerId = sellerId;
            this.skuId = skuId;
            this.price = price;
            this.discountPercent = discountPercent;
            this.platformPercent = platformPercent;
        }
    }

    List<ShopperEvent> history(final Campaign campaign) {
        final BigDecimal platformPercent = campaign.toTerms().platformFundingPercent();
        List<Listing> listings = transaction.execute(status -> {
            List<Listing> found = new ArrayList<Listing>();
            for (EnrollmentImpl e : participations.enrollmentsOf(campaign.getId())) {
                Sku sku = catalog.findSkuById(e.getListing().getSkuId());
                if (sku != null && sku.getPrice() != null) {
                    found.add(new Listing(e.getListing().getSeller().getId(), sku.getId(),
                            sku.getPrice().getAmount().setScale(2, RoundingMode.HALF_UP), e.getDiscountPercent(),
                            platformPercent));
                }
            }
            return found;
        });
        List<ShopperEvent> history = new ArrayList<ShopperEvent>();
        if (listings.isEmpty()) {
            return history;
        }
        CampaignTerms terms = campaign.toTerms();
        Instant starts = terms.startsAt().atZone(terms.zone()).toInstant().truncatedTo(ChronoUnit.HOURS);
        Instant ends = terms.endsAt().atZone(terms.zone()).toInstant();
        Instant now = clock.instant();
        Instant last = ends.isBefore(now) ? ends : now.minus(Duration.ofHours(1));
        long hours = Math.max(0, Duration.between(starts, last).toHours());
        // hour by hour away from the start, so that a longer window (a later start) only adds hours at its far end
        Random during = new Random(terms.slug().hashCode());
        Sequence duringSeq = new Sequence(terms.slug(), "");
        for (long h = 0; h < hours; h++) {
            hour(history, during, duringSeq, campaign.getId(), listings, starts.plus(Duration.ofHours(h)), 1.0);
        }
        // before the campaign: the same listings, outside any campaign, a quarter of the traffic
        Random before = new Random(terms.slug().hashCode() * 31L + 7);
        Sequence beforeSeq = new Sequence(terms.slug(), "b");
        for (long h = 1; h <= hours; h++) {
            hour(history, before, beforeSeq, null, listings, starts.minus(Duration.ofHours(h)), 0.25);
        }
        return history;
    }

    /** One hour of page views and what followed them; {@code campaignId} null: before the campaign. */
    private static void hour(List<ShopperEvent> out, Random random, Sequence seq, Long campaignId,
                             List<Listing> listings, Instant hour, double scale) {
        int hourOfDay = hour.atOffset(ZoneOffset.ofHours(-5)).getHour();
        // a day's rhythm: quiet at night, a peak in the evening
        double rhythm = 0.2 + 0.8 * Math.max(0, Math.sin(Math.PI * (hourOfDay - 6) / 17.0));
        double expected = PEAK_PAGE_VIEWS * rhythm * scale;
        int pageViews = (int) Math.floor(expected + random.nextDouble());
        for (int p = 0; p < pageViews; p++) {
            long pageView = seq.next();
            Instant seen = hour.plusSeconds(random.nextInt(3500));
            String visitor = String.format(Locale.ROOT, "%032x", random.nextInt(VISITORS) + 1);
            List<Listing> shown = new ArrayList<Listing>();
            for (int t = 0; t < TILES_PER_PAGE_VIEW && t < listings.size(); t++) {
                shown.add(listings.get(random.nextInt(listings.size())));
            }
            for (Listing l : shown) {
                out.add(event(seq, ShopperEventType.IMPRESSION, "pv" + pageView + ":" + l.skuId, seen, campaignId, l)
                        .shopper(visitor, null).build());
            }
            if (random.nextDouble() >= 0.45) {
                continue;
            }
            Listing clicked = shown.get(random.nextInt(shown.size()));
            Instant clickAt = seen.plusSeconds(5 + random.nextInt(60));
            out.add(event(seq, ShopperEventType.CLICK, "pv" + pageView + ":" + clicked.skuId, clickAt, campaignId, clicked)
                    .shopper(visitor, null).build());
            if (campaignId == null || random.nextDouble() >= 0.4) {
                continue;
            }
            int units = random.nextDouble() < 0.8 ? 1 : 2;
            Long customer = FIRST_CUSTOMER_ID + random.nextInt(CUSTOMERS);
            out.add(event(seq, ShopperEventType.ADD_TO_CART, "pv" + pageView, clickAt.plusSeconds(20), campaignId, clicked)
                    .shopper(visitor, customer).units(units).build());
            if (random.nextDouble() >= 0.65) {
                continue;
            }
            out.add(event(seq, ShopperEventType.CHECKOUT_STARTED, "pv" + pageView, clickAt.plusSeconds(60), campaignId, clicked)
                    .shopper(visitor, customer).units(units).build());
            if (random.nextDouble() >= 0.8) {
                continue;
            }
            long orderId = seq.next();
            BigDecimal gross = clicked.price.multiply(BigDecimal.valueOf(units)).setScale(2, RoundingMode.HALF_UP);
            BigDecimal discount = gross.multiply(clicked.discountPercent).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
            BigDecimal platformPart = discount.multiply(clicked.platformPercent).divide(BigDecimal.valueOf(100), 2,
                    RoundingMode.HALF_UP);
            Instant orderedAt = clickAt.plusSeconds(90);
            out.add(event(seq, ShopperEventType.ORDER_SUBMITTED, "order" + orderId, orderedAt, campaignId, clicked)
                    .shopper(visitor, customer).order(FIRST_ORDER_ID + campaignId * 10_000_000L + orderId, units, gross,
                            discount).platformPart(platformPart).build());
            if (random.nextDouble() < 0.05) {
                out.add(event(seq, ShopperEventType.ORDER_CANCELLED, "order" + orderId, orderedAt.plusSeconds(3600),
                        campaignId, clicked).shopper(visitor, customer).order(FIRST_ORDER_ID + campaignId * 10_000_000L
                        + orderId, units, gross, discount).platformPart(platformPart).build());
            }
        }
    }

    private static ShopperEvent.Builder event(Sequence seq, ShopperEventType type, String what, Instant at,
                                              Long campaignId, Listing l) {
        return ShopperEvent.builder("demo:" + seq.slug + ":" + type.code() + ":" + what, type, at)
                .listing(campaignId, l.sellerId, l.skuId);
    }

    /** Numbers page views and orders in the order they are generated. */
    private static final class Sequence {
        final String slug;
        long n;

        Sequence(String slug, String part) {
            this.slug = (slug.length() > 40 ? slug.substring(0, 40) : slug) + part;
        }

        long next() {
            return ++n;
        }
    }
}
