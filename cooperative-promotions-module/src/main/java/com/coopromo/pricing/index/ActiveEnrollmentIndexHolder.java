package com.coopromo.pricing.index;

import com.coopromo.campaign.domain.CampaignTerms;
import com.coopromo.campaign.persistence.Campaign;
import com.coopromo.common.domain.CoopValidationException;
import com.coopromo.common.time.CoopClock;
import com.coopromo.participation.persistence.EnrollmentImpl;
import com.coopromo.pricing.domain.CampaignOffer;
import com.coopromo.pricing.domain.EnrollmentIndex;
import com.coopromo.seller.persistence.SellerListing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionSynchronizationAdapter;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.annotation.Resource;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The live {@link EnrollmentIndex}: accepted enrollments of SCHEDULED and LIVE campaigns, keyed by host Sku id.
 * <p>
 * Readers never block and never see a half-built index: the current snapshot sits in an {@link AtomicReference} and a
 * rebuild swaps in a complete new one. A snapshot is rebuilt on the next read when
 * <ul>
 * <li>a service {@link #markStale() marked} a change (an enrollment, a campaign's state) — counted when the
 *     service's transaction ends, so the rebuild sees the committed rows;</li>
 * <li>the clock passed the snapshot's next window edge (by then the clock job has moved campaigns on).</li>
 * </ul>
 * One reader rebuilds, inline and in its own read-only transaction; the others keep reading the previous snapshot
 * meanwhile. The first snapshot is built on first use (so it does not slow the context's start); until it exists
 * readers wait for it. If a later rebuild fails, readers keep the previous snapshot and the next attempt waits
 * {@link #RETRY_AFTER_FAILURE_MILLIS}.
 */
@Component("coopEnrollmentIndex")
public class ActiveEnrollmentIndexHolder {
    static final long RETRY_AFTER_FAILURE_MILLIS = 5_000;
    private static final Logger LOG = LoggerFactory.getLogger(ActiveEnrollmentIndexHolder.class);

    @Resource(name = "coopActiveEnrollmentDao")
    protected ActiveEnrollmentDao activeEnrollmentDao;

    @Resource(name = "coopClock")
    protected Clock clock;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    private final AtomicReference<Snapshot> current = new AtomicReference<Snapshot>();
    /** Incremented by every change that may alter the index; a snapshot remembers the count it was built from. */
    private final AtomicLong changes = new AtomicLong();
    private final ReentrantLock rebuilding = new ReentrantLock();
    private volatile long noRetryBeforeNanos = System.nanoTime();
    private volatile boolean failedOnce;

    /** The offer live now (the module clock's instant) for the host Sku, or null. */
    public CampaignOffer offerFor(long skuId) {
        return fresh(realNow()).index.offerFor(skuId, clock.instant());
    }

    /**
     * The current snapshot, refreshed first if it is due. Pricing a cart should take it once and look every line up
     * in it (with the same instant), so all lines are priced against the same enrollments.
     */
    public EnrollmentIndex snapshot() {
        return fresh(realNow()).index;
    }

    /**
     * Notes that enrollments or campaign states changed. Inside a transaction it takes effect when the transaction
     * ends (a rebuild before the commit would read the old rows); outside one, at once. Cheap: the rebuild happens on
     * a later read.
     */
    public void markStale() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronizationAdapter() {
                @Override
                public void afterCompletion(int status) {
                    changes.incrementAndGet();
                }
            });
        } else {
            changes.incrementAndGet();
        }
    }

    /** Rebuilds now from the database and swaps the new snapshot in (waiting for a rebuild already running). */
    public EnrollmentIndex rebuild() {
        rebuilding.lock();
        try {
            return rebuildLocked(realNow()).index;
        } finally {
            rebuilding.unlock();
        }
    }

    /**
     * When to refresh follows real time even while a preview prices "as of" another instant on this thread (the
     * lookups themselves take the preview's instant): a preview of next month must not rebuild the index, nor push
     * its next refresh past the real next window edge.
     */
    private Instant realNow() {
        return clock instanceof CoopClock ? ((CoopClock) clock).systemInstant() : clock.instant();
    }

    private Snapshot fresh(Instant now) {
        Snapshot snapshot = current.get();
        if (snapshot == null) {
            return first(now);
        }
        if (snapshot.isDue(changes.get(), now) && System.nanoTime() - noRetryBeforeNanos >= 0 && rebuilding.tryLock()) {
            try {
                Snapshot latest = current.get();
                if (latest.isDue(changes.get(), now)) {
                    return rebuildLocked(now);
                }
                return latest;
            } catch (RuntimeException e) {
                noRetryBeforeNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(RETRY_AFTER_FAILURE_MILLIS);
                if (!failedOnce) {
                    failedOnce = true;
                    LOG.error("Could not rebuild the campaign enrollment index; pricing keeps the previous one ("
                            + snapshot.index + ") and retries in " + RETRY_AFTER_FAILURE_MILLIS + " ms", e);
                } else {
                    LOG.warn("Could not rebuild the campaign enrollment index again: " + e);
                }
            } finally {
                rebuilding.unlock();
            }
        }
        return snapshot;
    }

    /** Without a snapshot there is nothing to read meanwhile: wait for the one thread that builds it. */
    private Snapshot first(Instant now) {
        rebuilding.lock();
        try {
            Snapshot snapshot = current.get();
            return snapshot != null ? snapshot : rebuildLocked(now);
        } finally {
            rebuilding.unlock();
        }
    }

    private Snapshot rebuildLocked(Instant now) {
        long changesSeen = changes.get(); // read before loading: a change committed meanwhile makes this one due again
        long started = System.nanoTime();
        EnrollmentIndex index = load();
        Snapshot snapshot = new Snapshot(index, changesSeen, index.nextEdgeAfter(now));
        current.set(snapshot);
        failedOnce = false;
        noRetryBeforeNanos = System.nanoTime();
        LOG.debug("Campaign enrollment index rebuilt in {} ms: {}, next window edge {}",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), index, snapshot.refreshAt);
        long[] overlapping = index.skusWithOverlappingOffers();
        if (overlapping.length > 0) {
            LOG.warn("Skus enrolled in campaigns with overlapping windows (the earliest started campaign applies): "
                    + Arrays.toString(overlapping));
        }
        return snapshot;
    }

    /** Reads the active enrollments and builds a new index from them. */
    protected EnrollmentIndex load() {
        TransactionTemplate readOnly = new TransactionTemplate(transactionManager);
        // its own transaction and persistence context, so a rebuild triggered during a cart's pricing leaves no
        // entities in the cart's context and sees what is committed now
        readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        readOnly.setReadOnly(true);
        return readOnly.execute(new TransactionCallback<EnrollmentIndex>() {
            @Override
            public EnrollmentIndex doInTransaction(TransactionStatus status) {
                return build(activeEnrollmentDao.activeEnrollments());
            }
        });
    }

    /** One offer per enrollment: the campaign's terms (read once per campaign), the seller's percent, the listing's floor. */
    static EnrollmentIndex build(List<EnrollmentImpl> enrollments) {
        Map<Long, CampaignTerms> termsByCampaign = new HashMap<Long, CampaignTerms>();
        EnrollmentIndex.Builder builder = EnrollmentIndex.builder();
        for (EnrollmentImpl enrollment : enrollments) {
            Campaign campaign = enrollment.getParticipation().getCampaign();
            SellerListing listing = enrollment.getListing();
            try {
                CampaignTerms terms = termsByCampaign.get(campaign.getId());
                if (terms == null) {
                    terms = campaign.toTerms();
                    termsByCampaign.put(campaign.getId(), terms);
                }
                builder.add(listing.getSkuId(), CampaignOffer.builder()
                        .campaign(campaign.getId(), terms)
                        .hostOfferId(campaign.getHostOfferId())
                        .sellerId(enrollment.getParticipation().getSeller().getId())
                        .listingId(listing.getId())
                        .sellerDiscountPercent(enrollment.getDiscountPercent())
                        .marginFloor(listing.getMarginFloorPrice())
                        .build());
            } catch (CoopValidationException e) {
                // one bad row must not take every other campaign's discount away
                LOG.warn("Enrollment " + enrollment.getId() + " (campaign " + campaign.getId() + ", Sku " + listing.getSkuId()
                        + ") is left out of the enrollment index: " + e.getMessage());
            }
        }
        return builder.build();
    }

    private static final class Snapshot {
        final EnrollmentIndex index;
        final long changesSeen;
        /** The next window edge after the build, or null when none is left. */
        final Instant refreshAt;

        Snapshot(EnrollmentIndex index, long changesSeen, Instant refreshAt) {
            this.index = index;
            this.changesSeen = changesSeen;
            this.refreshAt = refreshAt;
        }

        boolean isDue(long changesNow, Instant now) {
            return changesNow != changesSeen || (refreshAt != null && !now.isBefore(refreshAt));
        }
    }
}
