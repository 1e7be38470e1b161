package com.coopromo.demo.seed;

import com.coopromo.calendar.domain.ThemingWindow;
import com.coopromo.calendar.service.CalendarService;
import com.coopromo.common.domain.Actor;
import com.coopromo.common.domain.ActorRole;
import com.coopromo.campaign.domain.AssetKind;
import com.coopromo.campaign.domain.CampaignAction;
import com.coopromo.campaign.domain.CampaignObjective;
import com.coopromo.campaign.domain.CampaignTerms;
import com.coopromo.campaign.domain.CampaignTier;
import com.coopromo.campaign.domain.StackingPolicy;
import com.coopromo.campaign.persistence.Campaign;
import com.coopromo.campaign.service.CampaignService;
import com.coopromo.campaign.service.CommitteeReview;
import com.coopromo.governance.domain.DecisionStatus;
import com.coopromo.governance.domain.VoteChoice;
import com.coopromo.governance.domain.Voter;
import com.coopromo.governance.service.DecisionDetail;
import com.coopromo.governance.service.GovernanceService;
import com.coopromo.common.time.CoopClock;
import com.coopromo.participation.domain.MarginFloorPolicy;
import com.coopromo.participation.persistence.ParticipationImpl;
import com.coopromo.participation.service.ParticipationService;
import com.coopromo.seller.domain.SellerSegment;
import com.coopromo.seller.domain.SellerStanding;
import com.coopromo.seller.persistence.Seller;
import com.coopromo.seller.persistence.SellerListing;
import com.coopromo.seller.service.SellerService;
import com.coopromo.stock.service.StockService;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Seeds the demo's campaigns with a believable history, each step taken through the module's services at the
 * moment it would have happened (the module's clock is moved for this thread only): one campaign live now, one in
 * review, one ended, one draft that clashes on the calendar, plus the theming windows around them.
 */
public class DemoCampaignSeeder {
    static final String ZONE = "America/New_York";
    static final Actor MARKETER = new Actor("marketer@coop-demo.example", ActorRole.ORGANIZER);
    static final Actor REVIEWER = new Actor("reviewer@coop-demo.example", ActorRole.REVIEWER);
    private static final int LISTINGS_PER_SELLER = 6;

    private final CampaignService campaigns;
    private final ParticipationService participation;
    private final CalendarService calendar;
    private final SellerService sellers;
    private final CatalogService catalog;
    private final CommitteeReview review;
    private final GovernanceService governance;
    private final StockService stock;
    private final CoopClock clock;
    private final Consumer<String> progress;
    private final TransactionTemplate transaction;

    public DemoCampaignSeeder(ApplicationContext context, Consumer<String> progress) {
        this.campaigns = context.getBean("coopCampaignService", CampaignService.class);
        this.review = context.getBean("coopCommitteeReview", CommitteeReview.class);
        this.governance = context.getBean("coopGovernanceService", GovernanceService.class);
        this.participation = context.getBean("coopParticipationService", ParticipationService.class);
        this.calendar = context.getBean("coopCalendarService", CalendarService.class);
        this.sellers = context.getBean("coopSellerService", SellerService.class);
        this.catalog = context.getBean("blCatalogService", CatalogService.class);
        this.stock = context.getBean("coopStock", StockService.class);
        this.clock = context.getBean("coopClock", CoopClock.class);
        this.progress = progress;
        this.transaction = new TransactionTemplate(context.getBean("blTransactionManager", PlatformTransactionManager.class));
    }

    /** Seeds once: does nothing when any campaign exists. Returns how many campaigns it created. */
    public int seedIfEmpty() throws Exception {
        if (!campaigns.findAll().isEmpty()) {
            progress.accept("demo campaigns already seeded: reusing them");
            return 0;
        }
        ZoneId zone = ZoneId.of(ZONE);
        LocalDateTime today = LocalDateTime.now(zone).truncatedTo(ChronoUnit.DAYS).withHour(9);
        List<Seller> good = new ArrayList<Seller>();
        for (Seller s : sellers.findAllSellers()) {
            if (s.getStanding() == SellerStanding.GOOD) {
                good.add(s);
            }
        }

        calendar.addWindow(ThemingWindow.of("Back to school season", ZONE, today.minusDays(20), today.plusDays(25),
                new BigDecimal("5"), new BigDecimal("35"), 5, 7));
        calendar.addWindow(ThemingWindow.of("Winter clearance", ZONE, today.plusDays(24), today.plusDays(70),
                new BigDecimal("10"), new BigDecimal("50"), 7, 10));
        calendar.addWindow(ThemingWindow.of("Spring garden", ZONE, today.minusDays(70), today.minusDays(35),
                new BigDecimal("5"), new BigDecimal("30"), 5, 7));

        Campaign live = campaign(terms("Back to School", "back-to-school", CampaignObjective.SEASONAL_TRAFFIC,
                CampaignTier.STANDARD, today.minusDays(5), today.plusDays(20), "10", "30", "25000.00", "40", 3)
                .themeBrief("Pencils, backpacks, lunch boxes and desk lamps from independent shops, "
                        + "priced for families getting ready for the new school year.")
                .marketingMessage("Back to School: cooperative discount")
                .extraRequiredAssets(EnumSet.of(AssetKind.COPY_BLOCK))
                .rewardMinSellers(3),
                today.minusDays(30), pick(good, 2, 2, 2), today.minusDays(8), true);
        progress.accept("campaign '" + live.getName() + "' is " + campaigns.find(live.getId()).getState());

        Campaign inReview = campaign(terms("Clear Winter Stock", "clear-winter-stock", CampaignObjective.CLEAR_SURPLUS_STOCK,
                CampaignTier.STANDARD, today.plusDays(30), today.plusDays(50), "15", "45", "15000.00", "30", 3)
                .themeBrief("Coats, boots and heaters that must make room for spring, at honest clearance prices.")
                .marketingMessage("Winter clearance: shared savings"),
                today.minusDays(4), pick(good.subList(6, good.size()), 2, 1, 1), null, false);
        // submitted by the governance seeder, which puts it to the committee with its banner's history
        progress.accept("campaign '" + inReview.getName() + "' is " + campaigns.find(inReview.getId()).getState());

        Campaign ended = campaign(terms("Spring Garden Test", "spring-garden-test", CampaignObjective.TEST_NEW_CATEGORY,
                CampaignTier.LIGHTWEIGHT, today.minusDays(60), today.minusDays(40), "5", "25", "8000.00", "50", 1)
                .themeBrief("Trying garden tools and seeds as a new category with a few small sellers.")
                .marketingMessage("Spring garden: cooperative discount"),
                today.minusDays(90), pick(good.subList(10, good.size()), 2, 1, 0), today.minusDays(75), true);
        progress.accept("campaign '" + ended.getName() + "' is " + campaigns.find(ended.getId()).getState());

        Campaign draft = campaigns.create(terms("Holiday Flagship", "holiday-flagship", CampaignObjective.SEASONAL_TRAFFIC,
                CampaignTier.FLAGSHIP, today.plusDays(15), today.plusDays(35), "20", "60", "60000.00", "50", 5)
                .themeBrief("The marketplace's biggest gift guide, with a shared landing page and joint fulfilment.")
                .marketingMessage("Holiday gift guide"), MARKETER);
        progress.accept("campaign '" + draft.getName() + "' is a draft with " + calendar.conflictsFor(draft.getId()).size()
                + " calendar conflict(s) to resolve before approval");
        return 4;
    }

    private static CampaignTerms.Builder terms(String name, String slug, CampaignObjective objective, CampaignTier tier,
                                               LocalDateTime start, LocalDateTime end, String min, String max,
                                               String budget, String platformShare, int minSellers) {
        return CampaignTerms.builder().name(name).slug(slug).objective(objective).tier(tier).timeZone(ZONE)
                .startsAt(start).endsAt(end).enrollmentDeadline(start.minusDays(7)).assetDeadline(start.minusDays(7))
                .minDiscountPercent(new BigDecimal(min)).maxDiscountPercent(new BigDecimal(max))
                .budget(new BigDecimal(budget)).platformFundingPercent(new BigDecimal(platformShare))
                .stackingPolicy(StackingPolicy.BEST_OF).minSellers(minSellers)
                .targetRevenue(new BigDecimal(budget).multiply(new BigDecimal("8")))
                .targetConversionPercent(new BigDecimal("3.5")).targetNewBuyers(200);
    }

    /**
     * Creates the campaign at {@code createdAt}, brings the sellers in and enrolls their listings; when
     * {@code approvedAt} is given, also takes it through review and scheduling then, and lets the clock run to now.
     */
    private Campaign campaign(final CampaignTerms.Builder terms, LocalDateTime createdAt, final List<Seller> participants,
                              LocalDateTime approvedAt, boolean schedule) throws Exception {
        final Campaign campaign = at(createdAt, new Callable<Campaign>() {
            @Override
            public Campaign call() {
                Campaign c = campaigns.create(terms, MARKETER);
                CampaignTerms t = c.toTerms();
                for (int i = 0; i < participants.size(); i++) {
                    Seller seller = participants.get(i);
                    ParticipationImpl p = i % 2 == 0
                            ? participation.invite(c.getId(), seller.getId())
                            : participation.apply(c.getId(), seller.getId());
                    p = participation.accept(p.getId());
                    participation.submitAssets(p.getId(), t.requiredAssets());
                    enrollListings(p, seller, t);
                }
                return c;
            }
        });
        if (approvedAt != null) {
            at(approvedAt, new Callable<Void>() {
                @Override
                public Void call() {
                    campaigns.act(campaign.getId(), CampaignAction.SUBMIT, MARKETER, null);
                    if (review.decides(campaign.toTerms().tier())) {
                        approveByCommittee(campaign);
                    } else {
                        campaigns.act(campaign.getId(), CampaignAction.START_REVIEW, REVIEWER, null);
                        campaigns.act(campaign.getId(), CampaignAction.APPROVE, REVIEWER, "brief, assets and discounts in order");
                    }
                    campaigns.act(campaign.getId(), CampaignAction.SCHEDULE, MARKETER, null);
                    return null;
                }
            });
        }
        if (schedule) {
            campaigns.advanceClock();
        }
        return campaign;
    }

    /**
     * Submitting put the campaign to the committee (set up before campaigns are seeded): the members in office who may
     * approve it vote until the tier's quorum approves it.
     */
    private void approveByCommittee(Campaign campaign) {
        DecisionDetail decision = governance.decisionsOf(campaign.getId()).get(0);
        for (Voter voter : decision.decision().voters()) {
            if (decision.result().status().isSettled()) {
                break;
            }
            if (decision.decision().rights().mayApprove(voter.role())) {
                decision = governance.castVote(decision.id(), voter.id(), VoteChoice.APPROVE,
                        "brief, assets and discounts in order");
            }
        }
        if (decision.result().status() != DecisionStatus.APPROVED) {
            throw new IllegalStateException("the demo committee did not approve '" + campaign.getName() + "': " + decision);
        }
    }

    /** Enrolls listings that are in stock, choosing for each the deepest discount its floor and the cap allow. */
    private void enrollListings(ParticipationImpl p, Seller seller, CampaignTerms t) {
        int enrolled = 0;
        for (SellerListing listing : sellers.findListingsOfSeller(seller.getId())) {
            if (enrolled == LISTINGS_PER_SELLER) {
                break;
            }
            Sku sku = catalog.findSkuById(listing.getSkuId());
            if (sku == null || sku.getPrice() == null) {
                continue;
            }
            Integer left = stock.unitsLeft(sku);
            if (left != null && left == 0) {
                continue;
            }
            BigDecimal discount = deepestAllowed(sku.getPrice().getAmount(), listing.getMarginFloorPrice(), t);
            if (discount != null) {
                participation.enroll(p.getId(), listing.getId(), discount);
                enrolled++;
            }
        }
    }

    static BigDecimal deepestAllowed(BigDecimal price, BigDecimal floor, CampaignTerms t) {
        for (BigDecimal d = t.maxDiscountPercent(); d.compareTo(t.minDiscountPercent()) >= 0; d = d.subtract(BigDecimal.ONE)) {
            if (MarginFloorPolicy.discountedPrice(price, d).compareTo(floor) >= 0) {
                return d.setScale(2, RoundingMode.UNNECESSARY);
            }
        }
        return null;
    }

    /** Sellers across segments: this many small, mid and large ones. */
    private static List<Seller> pick(List<Seller> sellers, int small, int mid, int large) {
        List<Seller> picked = new ArrayList<Seller>();
        int[] wanted = {small, mid, large};
        SellerSegment[] segments = {SellerSegment.SMALL, SellerSegment.MID, SellerSegment.LARGE};
        for (int i = 0; i < segments.length; i++) {
            for (Seller s : sellers) {
                if (wanted[i] > 0 && s.getSegment() == segments[i]) {
                    picked.add(s);
                    wanted[i]--;
                }
            }
        }
        return picked;
    }

    /** Runs the work as of {@code when}, in one transaction (each step of the history is all-or-nothing). */
    private <T> T at(LocalDateTime when, final Callable<T> work) throws Exception {
        Instant instant = when.atZone(ZoneId.of(ZONE)).toInstant();
        return clock.callAt(instant, new Callable<T>() {
            @Override
            public T call() {
                return transaction.execute(new TransactionCallback<T>() {
                    @Override
                    public T doInTransaction(TransactionStatus status) {
                        try {
                            return work.call();
                        } catch (RuntimeException e) {
                            throw e;
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }
                });
            }
        });
    }
}
