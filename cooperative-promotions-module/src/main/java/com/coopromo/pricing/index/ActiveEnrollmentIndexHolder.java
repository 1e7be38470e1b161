package com.coopromo.pricing.index;

import com.coopromo.campaign.domain.CampaignTerms;
import com.coopromo.campaign.persistence.Campaign;
import com.coopromo.common.domain.CoopValidationException;
import com.coopromo.common.events.ChangeEvent;
import com.coopromo.common.events.ChangeSubscriber;
import com.coopromo.pricing.domain.CampaignOffer;
import com.coopromo.pricing.domain.EnrollmentIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import javax.annotation.PreDestroy;
import javax.annotation.Resource;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The live {@link EnrollmentIndex}: accepted enrollments of SCHEDULED and LIVE campaigns, keyed by host Sku id.
 * <p>
 * Pricing never waits for it: the current snapshot sits in an {@link AtomicReference}, readers take it as it is, and
 * every change produces a complete new snapshot that is swapped in. It is kept current by change events
 * ({@link ChangeSubscriber}):
 * <ul>
 * <li>an enrollment or listing change reloads that Sku's offers; a campaign or participation change reloads the Skus
 *     of that campaign (the ones the snapshot holds and the ones now enrolled), whatever else they are enrolled in;</li>
 * <li>on the node that wrote, this happens on the writer's thread right after its commit, so a seller or admin sees
 *     their own change priced as soon as their call returns; on the other nodes, on this holder's own thread as soon
 *     as the change's notification arrives (well under a second; see docs/PRICING-INTEGRATION.md, "Several nodes");</li>
 * <li>a full rebuild runs on this holder's thread: once at start, every
 *     {@code coop.pricing.index-full-rebuild-minutes} as a safety net, and when a node may have missed events (its
 *     notification connection was lost). Changes committed while it loads are applied again on top of it.</li>
 * </ul>
 * Window edges need no refresh: a lookup is at an instant and every offer knows its window, so a campaign starts and
 * ends on time on any snapshot. Only until the first snapshot exists do readers wait for it.
 */
@Component("coopEnrollmentIndex")
public class ActiveEnrollmentIndexHolder implements ChangeSubscriber, ApplicationListener<ContextRefreshedEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(ActiveEnrollmentIndexHolder.class);

    @Resource(name = "coopActiveEnrollmentDao")
    protected ActiveEnrollmentDao activeEnrollmentDao;

    @Resource(name = "coopClock")
    protected Clock clock;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    @Value("${coop.pricing.index-full-rebuild-minutes}")
    protected long fullRebuildMinutes = 10;

    private final AtomicReference<EnrollmentIndex> current = new AtomicReference<EnrollmentIndex>();
    /** Held while a snapshot is derived and swapped in (changes one at a time; readers never take it). */
    private final ReentrantLock swapping = new ReentrantLock();
    /** One full rebuild at a time. */
    private final ReentrantLock rebuilding = new ReentrantLock();
    /** Changes applied while a full rebuild loads (guarded by {@link #swapping}); null when none is loading. */
    private List<Scope> sinceRebuildStarted;
    private final AtomicBoolean started = new AtomicBoolean();
    private ScheduledExecutorService background;

    /** The offer live now (the module clock's instant) for the host Sku, or null. */
    public CampaignOffer offerFor(long skuId) {
        return snapshot().offerFor(skuId, clock.instant());
    }

    /**
     * The current snapshot. Pricing a cart should take it once and look every line up in it (with the same instant),
     * so all lines are priced against the same enrollments.
     */
    public EnrollmentIndex snapshot() {
        EnrollmentIndex index = current.get();
        return index != null ? index : first();
    }

    /** Starts the first build and the periodic safety rebuild once the context is up. */
    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        if (!started.compareAndSet(false, true)) {
            return;
        }
        background = Executors.newSingleThreadScheduledExecutor(new ThreadFactory() {
            @Override
            public Thread newThread(Runnable r) {
                Thread t = new Thread(r, "coop-enrollment-index");
                t.setDaemon(true);
                return t;
            }
        });
        background.execute(new Runnable() {
            @Override
            public void run() {
                rebuildQuietly("first build");
            }
        });
        if (fullRebuildMinutes > 0) {
            background.scheduleWithFixedDelay(new Runnable() {
                @Override
                public void run() {
                    rebuildQuietly("periodic rebuild");
                }
            }, fullRebuildMinutes, fullRebuildMinutes, TimeUnit.MINUTES);
        }
    }

    @PreDestroy
    public void stop() {
        if (background != null) {
            background.shutdownNow();
        }
    }

    @Override
    public void afterCommit(List<ChangeEvent> changes, boolean thisNode) {
        final Scope scope = Scope.of(changes);
        if (scope.isEmpty()) {
            return;
        }
        if (scope.everything) {
            rebuildLater();
        } else if (thisNode) {
            applyOrRebuildLater(scope);
        } else if (background != null) {
            background.execute(new Runnable() {
                @Override
                public void run() {
                    applyOrRebuildLater(scope);
                }
            });
        } else {
            applyOrRebuildLater(scope);
        }
    }

    /** Rebuilds now from the database and swaps the new snapshot in (waiting for a rebuild already running). */
    public EnrollmentIndex rebuild() {
        rebuilding.lock();
        try {
            long started = System.nanoTime();
            swapping.lock();
            try {
                sinceRebuildStarted = new ArrayList<Scope>();
            } finally {
                swapping.unlock();
            }
            EnrollmentIndex loaded;
            try {
                // loaded without the swap lock: changes go on being applied meanwhile, and again on top of this load
                loaded = load();
            } catch (RuntimeException e) {
                swapping.lock();
                try {
                    sinceRebuildStarted = null;
                } finally {
                    swapping.unlock();
                }
                throw e;
            }
            swapping.lock();
            try {
                for (Scope scope : sinceRebuildStarted) {
                    loaded = applyTo(loaded, scope);
                }
                current.set(loaded);
            } finally {
                sinceRebuildStarted = null;
                swapping.unlock();
            }
            LOG.debug("Campaign enrollment index rebuilt in {} ms: {}",
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), loaded);
            long[] overlapping = loaded.skusWithOverlappingOffers();
            if (overlapping.length > 0) {
                LOG.warn("Skus enrolled in campaigns with overlapping windows (the earliest started campaign applies): "
                        + Arrays.toString(overlapping));
            }
            return loaded;
        } finally {
            rebuilding.unlock();
        }
    }

    /** Asks for a full rebuild on this holder's thread (at once where there is none, e.g. before the context is up). */
    public void rebuildLater() {
        if (background == null) {
            rebuild();
            return;
        }
        background.execute(new Runnable() {
            @Override
            public void run() {
                rebuildQuietly("rebuild on request");
            }
        });
    }

    /** Without a snapshot there is nothing to read meanwhile: wait for the one thread that builds it. */
    private EnrollmentIndex first() {
        rebuilding.lock();
        try {
            EnrollmentIndex index = current.get();
            return index != null ? index : rebuild();
        } finally {
            rebuilding.unlock();
        }
    }

    private void rebuildQuietly(String why) {
        try {
            rebuild();
        } catch (RuntimeException e) {
            LOG.error("Could not rebuild the campaign enrollment index (" + why + "); pricing keeps the previous one ("
                    + current.get() + ")", e);
        }
    }

    private void applyOrRebuildLater(Scope scope) {
        try {
            apply(scope);
        } catch (RuntimeException e) {
            LOG.warn("Could not apply a change to the campaign enrollment index (" + scope + "); rebuilding it: " + e);
            rebuildLater();
        }
    }

    /** Derives the next snapshot from the current one for the change, and swaps it in. */
    void apply(Scope scope) {
        swapping.lock();
        try {
            if (sinceRebuildStarted != null) {
                sinceRebuildStarted.add(scope);
            }
            EnrollmentIndex base = current.get();
            if (base != null) {
                current.set(applyTo(base, scope));
            }
        } finally {
            swapping.unlock();
        }
    }

    /** The index with every Sku the change may touch reloaded from what is committed now. */
    protected EnrollmentIndex applyTo(final EnrollmentIndex base, final Scope scope) {
        TransactionTemplate readOnly = ownReadOnlyTransaction();
        return readOnly.execute(new TransactionCallback<EnrollmentIndex>() {
            @Override
            public EnrollmentIndex doInTransaction(TransactionStatus status) {
                Set<Long> skus = new HashSet<Long>(scope.skus);
                skus.addAll(activeEnrollmentDao.skusOfListings(scope.listings));
                skus.addAll(base.skusOfCampaigns(scope.campaigns));
                skus.addAll(activeEnrollmentDao.skusEnrolledIn(scope.campaigns));
                if (skus.isEmpty()) {
                    return base;
                }
                List<EnrollmentRow> rows = activeEnrollmentDao.activeRowsOfSkus(skus);
                return base.replacing(skus, build(rows, activeEnrollmentDao.campaignsOf(rows)));
            }
        });
    }

    /** Reads the active enrollments and builds a new index from them. */
    protected EnrollmentIndex load() {
        return ownReadOnlyTransaction().execute(new TransactionCallback<EnrollmentIndex>() {
            @Override
            public EnrollmentIndex doInTransaction(TransactionStatus status) {
                List<EnrollmentRow> rows = activeEnrollmentDao.activeRows();
                return build(rows, activeEnrollmentDao.campaignsOf(rows));
            }
        });
    }

    /**
     * Its own transaction and persistence context, so loading during a request (the writer's, after its commit)
     * leaves no entities in the request's context and sees what is committed now.
     */
    private TransactionTemplate ownReadOnlyTransaction() {
        TransactionTemplate readOnly = new TransactionTemplate(transactionManager);
        readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        readOnly.setReadOnly(true);
        return readOnly;
    }

    /** One offer per enrollment: the campaign's terms (read once per campaign), the seller's percent, the listing's floor. */
    static EnrollmentIndex build(List<EnrollmentRow> rows, Map<Long, Campaign> campaigns) {
        Map<Long, CampaignTerms> termsByCampaign = new HashMap<Long, CampaignTerms>();
        EnrollmentIndex.Builder builder = EnrollmentIndex.builder();
        for (EnrollmentRow row : rows) {
            Campaign campaign = campaigns.get(row.campaignId);
            if (campaign == null) {
                continue; // deleted between the two reads; the change that deleted it reloads its Skus
            }
            try {
                CampaignTerms terms = termsByCampaign.get(row.campaignId);
                if (terms == null) {
                    terms = campaign.toTerms();
                    termsByCampaign.put(row.campaignId, terms);
                }
                builder.add(row.skuId, CampaignOffer.builder()
                        .campaign(row.campaignId, terms)
                        .hostOfferId(campaign.getHostOfferId())
                        .sellerId(row.sellerId)
                        .listingId(row.listingId)
                        .sellerDiscountPercent(row.sellerDiscountPercent)
                        .marginFloor(row.marginFloor)
                        .build());
            } catch (CoopValidationException e) {
                // one bad row must not take every other campaign's discount away
                LOG.warn("Enrollment " + row.enrollmentId + " (campaign " + row.campaignId + ", Sku " + row.skuId
                        + ") is left out of the enrollment index: " + e.getMessage());
            }
        }
        return builder.build();
    }

    /** What a batch of changes may touch in the index. */
    static final class Scope {
        final Set<Long> skus = new HashSet<Long>();
        final Set<Long> listings = new HashSet<Long>();
        final Set<Long> campaigns = new HashSet<Long>();
        boolean everything;

        static Scope of(List<ChangeEvent> changes) {
            Scope scope = new Scope();
            for (ChangeEvent change : changes) {
                switch (change.subject()) {
                    case CAMPAIGN:
                    case PARTICIPATION:
                        scope.campaigns.add(change.campaignId());
                        break;
                    case ENROLLMENT:
                    case LISTING:
                        if (change.skuId() != null) {
                            scope.skus.add(change.skuId());
                        } else if (change.is(ChangeEvent.Subject.LISTING)) {
                            scope.listings.add(change.id());
                        }
                        if (change.campaignId() != null && change.skuId() == null) {
                            scope.campaigns.add(change.campaignId());
                        }
                        break;
                    case EVERYTHING:
                        scope.everything = true;
                        break;
                    default:
                        // stock, budgets and sellers' records are not part of the index
                        break;
                }
            }
            return scope;
        }

        boolean isEmpty() {
            return !everything && skus.isEmpty() && listings.isEmpty() && campaigns.isEmpty();
        }

        @Override
        public String toString() {
            return everything ? "everything" : "Skus " + skus + ", listings " + listings + ", campaigns " + campaigns;
        }
    }
}
