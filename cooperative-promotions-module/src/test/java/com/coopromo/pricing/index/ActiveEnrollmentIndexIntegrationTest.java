package com.coopromo.pricing.index;

import com.coopromo.common.domain.Actor;
import com.coopromo.common.domain.ActorRole;
import com.coopromo.campaign.domain.AssetKind;
import com.coopromo.campaign.domain.CampaignAction;
import com.coopromo.campaign.domain.CampaignState;
import com.coopromo.campaign.domain.CampaignTerms;
import com.coopromo.campaign.domain.CampaignTier;
import com.coopromo.campaign.persistence.Campaign;
import com.coopromo.campaign.service.CampaignService;
import com.coopromo.common.time.CoopClock;
import com.coopromo.infra.junit.CoopHostExtension;
import com.coopromo.infra.junit.TestHost;
import com.coopromo.participation.persistence.ParticipationImpl;
import com.coopromo.participation.service.ParticipationService;
import com.coopromo.pricing.domain.CampaignOffer;
import com.coopromo.pricing.domain.EnrollmentIndex;
import com.coopromo.seller.domain.ListingDraft;
import com.coopromo.seller.domain.SellerDraft;
import com.coopromo.seller.domain.SellerSegment;
import com.coopromo.seller.persistence.Seller;
import com.coopromo.seller.persistence.SellerListing;
import com.coopromo.seller.service.SellerService;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.hibernate.ejb.HibernateEntityManagerFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.orm.jpa.EntityManagerFactoryInfo;

import javax.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The enrollment index on the real host: campaigns and enrollments made through the services, read back by Sku as
 * soon as the service call returns (the services publish change events; the index follows each commit).
 */
@ExtendWith(CoopHostExtension.class)
class ActiveEnrollmentIndexIntegrationTest {
    private static final String ZONE = "Europe/Paris";
    private static final Actor ORGANIZER = new Actor("marketer@platform", ActorRole.ORGANIZER);
    private static final Actor REVIEWER = new Actor("reviewer@platform", ActorRole.REVIEWER);
    private static final Actor PLATFORM_ADMIN = new Actor("admin@platform", ActorRole.PLATFORM_ADMIN);

    private TestHost host;
    private CampaignService campaigns;
    private ParticipationService participation;
    private SellerService sellers;
    private CatalogService catalog;
    private CoopClock clock;
    private ActiveEnrollmentIndexHolder index;
    private String unique;
    private int campaignsMade;

    /** A campaign made by a test, with one accepted seller who enrolled one listing at 20% (price 20.00, floor 16.00). */
    private static final class Enrolled {
        final Campaign campaign;
        final Seller seller;
        final SellerListing listing;

        Enrolled(Campaign campaign, Seller seller, SellerListing listing) {
            this.campaign = campaign;
            this.seller = seller;
            this.listing = listing;
        }

        long sku() {
            return listing.getSkuId();
        }

        Instant start() {
            return campaign.toTerms().startInstant();
        }

        Instant end() {
            return campaign.toTerms().endInstant();
        }
    }

    @BeforeEach
    void setUp(TestHost host) {
        this.host = host;
        campaigns = host.bean("coopCampaignService", CampaignService.class);
        participation = host.bean("coopParticipationService", ParticipationService.class);
        sellers = host.bean("coopSellerService", SellerService.class);
        catalog = host.bean("blCatalogService", CatalogService.class);
        clock = host.bean("coopClock", CoopClock.class);
        index = host.bean("coopEnrollmentIndex", ActiveEnrollmentIndexHolder.class);
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theEnrolledSkusOfALiveCampaignGetItsOfferWithTheSellersPercentAndTheListingsFloor() throws Exception {
        Enrolled live = scheduledCampaign(parisNow().minusHours(1), parisNow().plusHours(1));
        campaigns.advanceClock();
        assertThat(campaigns.find(live.campaign.getId()).getState()).isEqualTo(CampaignState.LIVE);

        CampaignOffer offer = index.offerFor(live.sku());

        assertThat(offer).isNotNull();
        assertThat(offer.campaignId()).isEqualTo(live.campaign.getId());
        assertThat(offer.campaignName()).isEqualTo(live.campaign.getName());
        assertThat(offer.sellerId()).isEqualTo(live.seller.getId());
        assertThat(offer.listingId()).isEqualTo(live.listing.getId());
        assertThat(offer.sellerDiscountPercent()).isEqualByComparingTo("20");
        assertThat(offer.minDiscountPercent()).isEqualByComparingTo("10");
        assertThat(offer.capDiscountPercent()).isEqualByComparingTo("30");
        assertThat(offer.marginFloor()).isEqualByComparingTo("16.00");
        assertThat(offer.platformFundingPercent()).isEqualByComparingTo("40");
        assertThat(offer.startsAt()).isEqualTo(live.start());
        assertThat(offer.endsAt()).isEqualTo(live.end());
        assertThat(index.offerFor(live.sku() + 1_000_000_000L)).as("a Sku enrolled nowhere").isNull();
    }

    @Test
    void aLiveCampaignsOffersDisappearAsSoonAsItIsCancelled() throws Exception {
        Enrolled live = scheduledCampaign(parisNow().minusHours(1), parisNow().plusHours(1));
        campaigns.advanceClock();
        assertThat(index.offerFor(live.sku())).isNotNull();

        campaigns.act(live.campaign.getId(), CampaignAction.CANCEL, PLATFORM_ADMIN, "the seller's stock was recalled");

        assertThat(index.offerFor(live.sku())).isNull();
        assertThat(index.snapshot().offersFor(live.sku())).isEmpty();
    }

    @Test
    void aLiveCampaignsOffersStopAtItsEndAndLeaveTheIndexOnceTheClockEndsIt() throws Exception {
        final Enrolled live = scheduledCampaign(parisNow().minusHours(1), parisNow().plusHours(1));
        campaigns.advanceClock();
        assertThat(at(live.end().minusNanos(1), live.sku())).isNotNull();

        assertThat(at(live.end(), live.sku())).as("the end is excluded").isNull();

        clock.callAt(live.end(), new Callable<Integer>() {
            @Override
            public Integer call() {
                return campaigns.advanceClock();
            }
        });
        assertThat(campaigns.find(live.campaign.getId()).getState()).isEqualTo(CampaignState.ENDED);
        assertThat(index.snapshot().offersFor(live.sku())).as("an ended campaign is no longer indexed").isEmpty();
    }

    @Test
    void aScheduledCampaignsOffersAppearExactlyAtItsStart() throws Exception {
        Enrolled scheduled = scheduledCampaign(parisNow().plusHours(3), parisNow().plusDays(2));

        assertThat(index.offerFor(scheduled.sku())).as("not yet live").isNull();
        assertThat(at(scheduled.start().minusNanos(1), scheduled.sku())).isNull();
        CampaignOffer atStart = at(scheduled.start(), scheduled.sku());
        assertThat(atStart).isNotNull();
        assertThat(atStart.campaignId()).isEqualTo(scheduled.campaign.getId());
        assertThat(campaigns.find(scheduled.campaign.getId()).getState())
                .as("the index, not the clock job, decides at the start").isEqualTo(CampaignState.SCHEDULED);
    }

    @Test
    void campaignsNotYetScheduledAndParticipationsNotAcceptedAreNotIndexed() throws Exception {
        Enrolled approvedOnly = enrolledCampaign(parisNow().minusHours(1), parisNow().plusHours(1));
        for (CampaignAction step : new CampaignAction[]{CampaignAction.SUBMIT, CampaignAction.START_REVIEW, CampaignAction.APPROVE}) {
            campaigns.act(approvedOnly.campaign.getId(), step, step == CampaignAction.SUBMIT ? ORGANIZER : REVIEWER, null);
        }

        assertThat(index.snapshot().offersFor(approvedOnly.sku())).isEmpty();
    }

    @Test
    void aRebuildReadsTheActiveEnrollmentsInOneStatementAndTheirCampaignsInAnother() throws Exception {
        Enrolled first = scheduledCampaign(parisNow().minusHours(1), parisNow().plusHours(1));
        Enrolled second = scheduledCampaign(parisNow().plusHours(3), parisNow().plusDays(2));
        // the hub search index follows these campaigns' changes on its own thread; its reads would be counted too
        awaitHubIdle();
        Statistics statistics = hibernateStatistics();
        boolean wasEnabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            EnrollmentIndex rebuilt = index.rebuild();

            assertThat(statistics.getPrepareStatementCount())
                    .as("statements for " + rebuilt.size() + " offers: the enrollments' columns, then their campaigns")
                    .isEqualTo(2);
            assertThat(rebuilt.offersFor(first.sku())).hasSize(1);
            assertThat(rebuilt.offersFor(second.sku())).hasSize(1);
        } finally {
            statistics.setStatisticsEnabled(wasEnabled);
        }
    }

    @Test
    void concurrentReadersKeepGettingTheOfferWhileAnotherThreadRebuildsFromTheDatabase() throws Exception {
        final Enrolled live = scheduledCampaign(parisNow().minusHours(1), parisNow().plusHours(1));
        campaigns.advanceClock();
        index.rebuild();
        final AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> readers = new ArrayList<Future<Integer>>();
            for (int r = 0; r < 7; r++) {
                readers.add(pool.submit(new Callable<Integer>() {
                    @Override
                    public Integer call() {
                        int reads = 0;
                        while (!stop.get()) {
                            CampaignOffer offer = index.offerFor(live.sku());
                            assertThat(offer).isNotNull();
                            assertThat(offer.campaignId()).isEqualTo(live.campaign.getId());
                            reads++;
                        }
                        return reads;
                    }
                }));
            }
            Future<Integer> rebuilder = pool.submit(new Callable<Integer>() {
                @Override
                public Integer call() {
                    for (int i = 0; i < 20; i++) {
                        index.rebuild();
                                    }
                    return 20;
                }
            });
            assertThat(rebuilder.get(120, TimeUnit.SECONDS)).isEqualTo(20);
            stop.set(true);
            for (Future<Integer> reader : readers) {
                assertThat(reader.get(60, TimeUnit.SECONDS)).isPositive();
            }
        } finally {
            stop.set(true);
            pool.shutdownNow();
        }
    }

    private CampaignOffer at(Instant instant, final long sku) throws Exception {
        return clock.callAt(instant, new Callable<CampaignOffer>() {
            @Override
            public CampaignOffer call() {
                return index.offerFor(sku);
            }
        });
    }

    private Statistics hibernateStatistics() {
        for (EntityManagerFactory emf : host.context().getBeansOfType(EntityManagerFactory.class).values()) {
            EntityManagerFactoryInfo info = (EntityManagerFactoryInfo) emf;
            if ("blPU".equals(info.getPersistenceUnitName())) {
                return ((HibernateEntityManagerFactory) info.getNativeEntityManagerFactory()).getSessionFactory().getStatistics();
            }
        }
        throw new IllegalStateException("no blPU entity manager factory");
    }

    private static LocalDateTime parisNow() {
        return LocalDateTime.now(ZoneId.of(ZONE)).truncatedTo(ChronoUnit.MINUTES);
    }

    /** Approved and scheduled by the organizer at the real now (its window must not have ended). */
    private Enrolled scheduledCampaign(LocalDateTime start, LocalDateTime end) throws Exception {
        Enrolled enrolled = enrolledCampaign(start, end);
        for (CampaignAction step : new CampaignAction[]{CampaignAction.SUBMIT, CampaignAction.START_REVIEW,
                CampaignAction.APPROVE, CampaignAction.SCHEDULE}) {
            campaigns.act(enrolled.campaign.getId(), step,
                    step == CampaignAction.SUBMIT || step == CampaignAction.SCHEDULE ? ORGANIZER : REVIEWER, null);
        }
        return enrolled;
    }

    /** A draft campaign whose seller joined and enrolled two days before the start (the deadline is one day before). */
    private Enrolled enrolledCampaign(LocalDateTime start, LocalDateTime end) throws Exception {
        campaignsMade++;
        String slug = "index-" + unique + "-" + campaignsMade;
        final Campaign campaign = campaigns.create(CampaignTerms.builder()
                .name("Index test " + unique + " " + campaignsMade).slug(slug)
                .themeBrief("Everything a pupil needs, from independent sellers.")
                .marketingMessage("Up to 30% off")
                .tier(CampaignTier.LIGHTWEIGHT).timeZone(ZONE)
                .startsAt(start).endsAt(end).enrollmentDeadline(start.minusDays(1)).assetDeadline(start.minusDays(1))
                .minDiscountPercent(new BigDecimal("10")).maxDiscountPercent(new BigDecimal("30"))
                .budget(new BigDecimal("5000.00")).platformFundingPercent(new BigDecimal("40")), ORGANIZER);
        final Seller seller = sellers.registerSeller(new SellerDraft("seller-" + UUID.randomUUID().toString().substring(0, 8),
                "Seller " + unique, SellerSegment.SMALL, null, null));
        final SellerListing listing = newListing(seller, "20.00", "16.00");
        Instant joinAt = start.minusDays(2).atZone(ZoneId.of(ZONE)).toInstant();
        clock.callAt(joinAt, new Callable<Object>() {
            @Override
            public Object call() {
                ParticipationImpl accepted = participation.accept(participation.invite(campaign.getId(), seller.getId()).getId());
                participation.submitAssets(accepted.getId(), EnumSet.of(AssetKind.BANNER));
                return participation.enroll(accepted.getId(), listing.getId(), new BigDecimal("20"));
            }
        });
        return new Enrolled(campaign, seller, listing);
    }

    private SellerListing newListing(Seller seller, final String price, String floor) {
        Sku sku = host.inTransaction(status -> {
            Sku s = catalog.createSku();
            s.setName("Lunch box " + unique);
            s.setRetailPrice(new Money(new BigDecimal(price)));
            s.setActiveStartDate(new Date(System.currentTimeMillis() - 86_400_000L));
            return catalog.saveSku(s);
        });
        return sellers.addListing(new ListingDraft(seller.getId(), sku.getId(), new BigDecimal(floor), 1, 3));
    }

    private void awaitHubIdle() throws InterruptedException {
        com.coopromo.search.HubSearch hub = host.bean("coopHubSearch", com.coopromo.search.HubSearch.class);
        // the community re-evaluates badges on its own thread after campaign and participation changes, and what it
        // awards re-indexes sellers in the hub: both must be quiet, twice in a row
        com.coopromo.community.host.CommunityEvents community =
                host.bean("coopCommunityEvents", com.coopromo.community.host.CommunityEvents.class);
        long deadline = System.currentTimeMillis() + 30_000;
        int quiet = 0;
        while (quiet < 2 && System.currentTimeMillis() < deadline) {
            quiet = hub.idle() && community.idle() ? quiet + 1 : 0;
            Thread.sleep(10);
        }
    }
}
