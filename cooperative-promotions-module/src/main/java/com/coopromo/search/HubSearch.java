package com.coopromo.search;

import com.coopromo.common.events.ChangeEvent;
import com.coopromo.common.events.ChangeSubscriber;
import com.coopromo.search.domain.FairRanking;
import com.coopromo.search.domain.HubBuckets;
import com.coopromo.search.domain.RankCandidate;
import com.coopromo.search.domain.RankedSlot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.stereotype.Component;

import javax.annotation.PostConstruct;
import javax.annotation.PreDestroy;
import javax.annotation.Resource;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The themed hub's search: the index kept current, the faceted query, the seller-fair pages.
 * <ul>
 * <li><b>Full rebuild</b> ({@link #rebuild}): a new index version, filled from the committed rows, then the alias moves
 *     to it atomically (see {@link HubSearchIndex}); at start when {@code coop.hub.rebuild-on-start}, on an
 *     "everything" change, from the admin or the command line.</li>
 * <li><b>Incremental</b>: every committed change (enrollment, participation, campaign, listing, seller, stock, budget)
 *     is queued as it commits, and this bean's own thread re-builds the documents of the listings it touches and writes
 *     them (deleting the listings no longer enrolled), refreshed at once. The writer only queues: a slow or absent
 *     Elasticsearch never delays or fails pricing, carts or checkouts. A failed write keeps its changes queued and is
 *     retried with a growing pause (0.25 s doubling to 30 s); changes arriving meanwhile join it. Changes committed
 *     while a rebuild loads are applied again once it has swapped.</li>
 * <li><b>Query</b> ({@link #search}): campaign, words, facets with counts that stay right under multi-select, sorts,
 *     pages; then {@link FairRanking}. When Elasticsearch does not answer, the result says so in one sentence.</li>
 * </ul>
 */
@Component("coopHubSearch")
public class HubSearch implements ChangeSubscriber, ApplicationListener<ContextRefreshedEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(HubSearch.class);
    /** What the hub shows when Elasticsearch does not answer. */
    public static final String UNAVAILABLE = "Search is not answering right now, so the hub cannot list its products; "
            + "please try again in a minute.";
    private static final int MAX_WINDOW = 2000;
    private static final List<String> CANDIDATE_FIELDS = Arrays.asList("listingId", "sellerId", "sellerNewcomer",
            "featuredEligible", "premiumSeller");
    private static final long MAX_RETRY_MILLIS = 30000;

    @Resource(name = "coopSearchClient")
    protected CoopSearchClient searchClient;

    @Resource(name = "coopHubDocuments")
    protected HubDocumentBuilder documents;

    @Resource(name = "coopClock")
    protected Clock clock;

    @Value("${coop.hub.max-per-seller}")
    protected int maxPerSeller = 3;

    @Value("${coop.hub.newcomer-boost}")
    protected int newcomerBoost = 2;

    @Value("${coop.hub.featured-slots}")
    protected int featuredSlots = 2;

    @Value("${coop.hub.rebuild-on-start}")
    protected boolean rebuildOnStart = true;

    @Value("${coop.hub.progress-log-percent}")
    protected int progressLogPercent = 10;

    private HubSearchIndex index;
    private ScheduledExecutorService background;
    private final AtomicBoolean started = new AtomicBoolean();
    private final ReentrantLock rebuilding = new ReentrantLock();
    private final Object lock = new Object();
    /** Changes waiting to be written (guarded by {@link #lock}). */
    private Pending pending = new Pending();
    /** Changes seen while a rebuild loads, applied again after it swaps; null when none loads (guarded by lock). */
    private Pending sinceRebuildStarted;
    private boolean drainScheduled;
    /** A drain is writing (its changes are no longer pending). */
    private volatile boolean draining;
    private int failures;
    private volatile long lastQueryFailureLog;

    /**
     * A hub search outside a Spring context, over an index someone else fills (benchmarks, tools): queries and
     * {@link #afterCommit} work once {@link #start()} ran; {@link #rebuild} needs {@code documents}.
     */
    public static HubSearch standalone(CoopSearchClient client, HubDocumentBuilder documents, Clock clock, int maxPerSeller,
                                       int newcomerBoost, int featuredSlots) {
        HubSearch hub = new HubSearch();
        hub.searchClient = client;
        hub.documents = documents;
        hub.clock = clock;
        hub.maxPerSeller = maxPerSeller;
        hub.newcomerBoost = newcomerBoost;
        hub.featuredSlots = featuredSlots;
        hub.rebuildOnStart = false;
        hub.init();
        return hub;
    }

    /** Starts the background writer (what the context's refresh does for the bean). */
    public void start() {
        onApplicationEvent(null);
    }

    @PostConstruct
    public void init() {
        index = new HubSearchIndex(searchClient);
    }

    /** False when the store runs without Elasticsearch. */
    public boolean enabled() {
        return searchClient.enabled();
    }

    /** The index (alias) reads go through. */
    public HubSearchIndex index() {
        return index;
    }

    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        if (!enabled() || !started.compareAndSet(false, true)) {
            return;
        }
        background = Executors.newSingleThreadScheduledExecutor(new ThreadFactory() {
            @Override
            public Thread newThread(Runnable r) {
                Thread t = new Thread(r, "coop-hub-search");
                t.setDaemon(true);
                return t;
            }
        });
        if (rebuildOnStart) {
            synchronized (lock) {
                pending.everything = true;
                scheduleDrain(0);
            }
        }
    }

    @PreDestroy
    public void stop() {
        if (background != null) {
            background.shutdownNow();
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Full rebuild

    /**
     * Rebuilds the whole hub index into a new version and moves the alias to it; queries keep answering from the old
     * version meanwhile. For the admin and the command line; runs on the caller's thread.
     *
     * @throws SearchOffException    when search is off
     * @throws IllegalStateException when a rebuild is running already, or Elasticsearch failed (the sentence says which)
     */
    public HubRebuildReport rebuild(final HubRebuildProgress progress) {
        if (!enabled()) {
            throw new SearchOffException();
        }
        if (!rebuilding.tryLock()) {
            throw new IllegalStateException("The hub index is being rebuilt already; wait for that rebuild to finish.");
        }
        String version = null;
        try {
            synchronized (lock) {
                sinceRebuildStarted = new Pending();
            }
            final long started = System.nanoTime();
            version = index.createVersion();
            final String target = version;
            final int step = Math.max(1, progressLogPercent);
            final int[] nextLog = {step};
            int total = documents.buildAll(new HubDocumentBuilder.Sink() {
                @Override
                public void accept(List<HubDocument> batch, int done, int total) {
                    try {
                        index.write(target, batch, new ArrayList<Long>(), false);
                    } catch (IOException e) {
                        throw new IllegalStateException("writing to " + target + " failed: " + e.getMessage(), e);
                    }
                    double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
                    double rate = done / seconds;
                    (progress == null ? HubRebuildProgress.NONE : progress).progress(done, total, rate);
                    int percent = total == 0 ? 100 : (int) (done * 100L / total);
                    if (percent >= nextLog[0] || done == total) {
                        LOG.info(String.format(java.util.Locale.ROOT, "Hub index rebuild: %d/%d listings (%d%%, %.0f/s)",
                                done, total, percent, rate));
                        while (nextLog[0] <= percent) {
                            nextLog[0] += step;
                        }
                    }
                }
            });
            index.finishLoading(version);
            List<String> old = index.swapTo(version);
            long millis = (System.nanoTime() - started) / 1000000L;
            HubRebuildReport report = new HubRebuildReport(version, total, millis);
            LOG.info("Hub index rebuilt: " + report + (old.isEmpty() ? "" : "; removed " + old));
            version = null;
            return report;
        } catch (IOException e) {
            throw new IllegalStateException("Rebuilding the hub index failed: Elasticsearch did not answer ("
                    + e.getMessage() + ").", e);
        } finally {
            if (version != null) {
                index.deleteVersion(version);
            }
            synchronized (lock) {
                if (sinceRebuildStarted != null) {
                    pending.merge(sinceRebuildStarted);
                    sinceRebuildStarted = null;
                    if (!pending.isEmpty() && background != null) {
                        scheduleDrain(0);
                    }
                }
            }
            rebuilding.unlock();
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Incremental updates

    @Override
    public void afterCommit(List<ChangeEvent> changes, boolean thisNode) {
        if (!enabled()) {
            return;
        }
        try {
            Pending scope = Pending.of(changes);
            if (scope.isEmpty()) {
                return;
            }
            synchronized (lock) {
                pending.merge(scope);
                if (sinceRebuildStarted != null) {
                    sinceRebuildStarted.merge(scope);
                }
                if (background != null) {
                    scheduleDrain(0);
                }
            }
        } catch (RuntimeException e) {
            // the writer's commit is done: nothing of the search index may fail it
            LOG.warn("Queuing hub index changes failed: " + e);
        }
    }

    /** True when no change waits to be written and none is being written (for tests and monitoring). */
    public boolean idle() {
        synchronized (lock) {
            return pending.isEmpty() && !drainScheduled && !draining && !rebuilding.isLocked();
        }
    }

    private void scheduleDrain(long delayMillis) {
        if (drainScheduled) {
            return;
        }
        drainScheduled = true;
        background.schedule(new Runnable() {
            @Override
            public void run() {
                drain();
            }
        }, delayMillis, TimeUnit.MILLISECONDS);
    }

    private void drain() {
        Pending work;
        synchronized (lock) {
            drainScheduled = false;
            work = pending;
            pending = new Pending();
            draining = !work.isEmpty();
        }
        if (work.isEmpty()) {
            return;
        }
        try {
            if (work.everything || !index.ready()) {
                rebuild(null);
            } else {
                HubDocumentBuilder.Update update = documents.update(work.skus, work.campaigns, work.sellers, work.listings);
                index.write(index.alias(), update.write, update.delete, true);
            }
            synchronized (lock) {
                if (failures > 0) {
                    LOG.info("Hub index updates are written again after " + failures + " failed attempt(s).");
                }
                failures = 0;
                if (!pending.isEmpty()) {
                    scheduleDrain(0);
                }
            }
        } catch (Throwable e) {
            synchronized (lock) {
                work.merge(pending);
                pending = work;
                failures++;
                long delay = Math.min(MAX_RETRY_MILLIS, 250L << Math.min(failures - 1, 10));
                if (failures == 1 || failures % 20 == 0) {
                    LOG.warn("Writing hub index changes failed (attempt " + failures + "), retrying in " + delay
                            + " ms: " + e);
                }
                if (background != null && !background.isShutdown()) {
                    scheduleDrain(delay);
                }
            }
        } finally {
            draining = false;
        }
    }

    /** What a batch of changes touches. */
    static final class Pending {
        final Set<Long> skus = new HashSet<Long>();
        final Set<Long> campaigns = new HashSet<Long>();
        final Set<Long> sellers = new HashSet<Long>();
        final Set<Long> listings = new HashSet<Long>();
        boolean everything;

        static Pending of(List<ChangeEvent> changes) {
            Pending p = new Pending();
            for (ChangeEvent change : changes) {
                switch (change.subject()) {
                    case EVERYTHING:
                        p.everything = true;
                        break;
                    case CAMPAIGN:
                    case PARTICIPATION:
                    case BUDGET:
                        if (change.campaignId() != null) {
                            p.campaigns.add(change.campaignId());
                        }
                        break;
                    case ENROLLMENT:
                    case LISTING:
                    case STOCK:
                        if (change.skuId() != null) {
                            p.skus.add(change.skuId());
                        } else if (change.is(ChangeEvent.Subject.LISTING)) {
                            p.listings.add(change.id());
                        } else if (change.campaignId() != null) {
                            p.campaigns.add(change.campaignId());
                        }
                        break;
                    case SELLER:
                        p.sellers.add(change.id());
                        break;
                    default:
                        break;
                }
            }
            return p;
        }

        void merge(Pending other) {
            skus.addAll(other.skus);
            campaigns.addAll(other.campaigns);
            sellers.addAll(other.sellers);
            listings.addAll(other.listings);
            everything |= other.everything;
        }

        boolean isEmpty() {
            return !everything && skus.isEmpty() && campaigns.isEmpty() && sellers.isEmpty() && listings.isEmpty();
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Query

    /** The rules a query gets: its own, else the store's defaults; none when it asks for plain order. */
    public FairRanking.Rules rules(HubQuery query) {
        if (!query.fair()) {
            return FairRanking.Rules.none();
        }
        boolean relevance = query.sort() == HubQuery.Sort.RELEVANCE;
        int k = query.maxPerSeller() != null ? query.maxPerSeller() : maxPerSeller;
        int boost = !relevance ? 0 : query.newcomerBoost() != null ? query.newcomerBoost() : newcomerBoost;
        int featured = !relevance ? 0 : query.featuredSlots() != null ? query.featuredSlots() : featuredSlots;
        long day = Math.floorDiv(clock.instant().getEpochSecond(), 86400L);
        return new FairRanking.Rules(Math.max(0, k), Math.max(0, boost), Math.max(0, featured), day);
    }

    /**
     * A hub page. Never throws for Elasticsearch's sake: when it does not answer, the result is
     * {@link HubResult#unavailable} with {@link #UNAVAILABLE}; with search off, with {@link SearchOffException#MESSAGE}.
     */
    public HubResult search(HubQuery query) {
        if (!enabled()) {
            return HubResult.unavailable(SearchOffException.MESSAGE);
        }
        try {
            return answer(query);
        } catch (IOException | RuntimeException e) {
            long now = System.currentTimeMillis();
            if (now - lastQueryFailureLog > 60000) {
                lastQueryFailureLog = now;
                LOG.warn("A hub query failed (shown to the shopper as unavailable; logged once a minute): " + e);
            }
            return HubResult.unavailable(UNAVAILABLE);
        }
    }

    private HubResult answer(HubQuery query) throws IOException {
        FairRanking.Rules rules = rules(query);
        int size = query.pageSize();
        boolean plain = rules.maxPerSeller() == 0 && rules.newcomerBoost() == 0 && rules.featuredSlots() == 0;
        int window = Math.min(MAX_WINDOW, Math.max(200, (query.page() + 2) * size * 5));
        List<HubResult.Hit> hits = new ArrayList<HubResult.Hit>();
        HubSearchIndex.Found found;
        if (plain || (query.page() + 1) * size > window) {
            found = index.search(query, query.page() * size, size, null);
            for (HubDocument doc : found.docs) {
                hits.add(new HubResult.Hit(doc, false));
            }
        } else {
            found = index.search(query, 0, window, CANDIDATE_FIELDS);
            // premium placement: featured slots go to eligible listings of sellers that earned it; a hub where none
            // of them has any falls back to every seller's eligible listings
            boolean premium = false;
            for (HubDocument doc : found.docs) {
                premium |= doc.isFeaturedEligible() && doc.isPremiumSeller();
            }
            List<RankCandidate> candidates = new ArrayList<RankCandidate>(found.docs.size());
            for (HubDocument doc : found.docs) {
                candidates.add(new RankCandidate(doc.getListingId(), doc.getSellerId(), doc.isSellerNewcomer(),
                        doc.isFeaturedEligible() && (!premium || doc.isPremiumSeller())));
            }
            List<RankedSlot> page = FairRanking.page(candidates, size, query.page(), rules);
            List<Long> ids = new ArrayList<Long>();
            for (RankedSlot slot : page) {
                ids.add(slot.candidate().listingId());
            }
            Map<Long, HubDocument> byId = new HashMap<Long, HubDocument>();
            if (!ids.isEmpty()) {
                for (HubDocument doc : index.documents(ids)) {
                    byId.put(doc.getListingId(), doc);
                }
            }
            for (RankedSlot slot : page) {
                HubDocument doc = byId.get(slot.candidate().listingId());
                if (doc != null) { // deleted between the two reads: left out
                    hits.add(new HubResult.Hit(doc, slot.featured()));
                }
            }
        }
        Map<String, List<HubResult.FacetValue>> facets = facets(query, found);
        HubResult.Suggestion suggestion = found.total == 0 ? suggestion(query, found) : null;
        return new HubResult(found.total, query.page(), size, hits, facets, suggestion);
    }

    private static Map<String, List<HubResult.FacetValue>> facets(HubQuery query, HubSearchIndex.Found found) {
        Map<String, List<HubResult.FacetValue>> facets = new LinkedHashMap<String, List<HubResult.FacetValue>>();
        facets.put(HubResult.SELLER, values(found.facets.get(HubResult.SELLER), query.sellers(), null));
        facets.put(HubResult.SEGMENT, values(found.facets.get(HubResult.SEGMENT), query.segments(), null));
        facets.put(HubResult.CATEGORY, values(found.facets.get(HubResult.CATEGORY),
                query.category() == null ? new HashSet<String>() : new HashSet<String>(Arrays.asList(query.category())), null));
        facets.put(HubResult.PRICE, values(found.facets.get(HubResult.PRICE), query.priceBuckets(), HubBuckets.PRICE));
        facets.put(HubResult.DISCOUNT, values(found.facets.get(HubResult.DISCOUNT), query.discountBuckets(), HubBuckets.DISCOUNT));
        facets.put(HubResult.IN_STOCK, values(found.facets.get(HubResult.IN_STOCK),
                query.inStockOnly() ? new HashSet<String>(Arrays.asList("true")) : new HashSet<String>(), null));
        Set<String> ships = new HashSet<String>();
        if (query.shipsWithin() != null) {
            ships.add(Integer.toString(query.shipsWithin()));
        }
        facets.put(HubResult.SHIPS_WITHIN, values(found.facets.get(HubResult.SHIPS_WITHIN), ships, null));
        return facets;
    }

    /** The counts as found (or, for ranges, every range in order, 0 where none), each marked selected or not. */
    private static List<HubResult.FacetValue> values(Map<String, Long> counts, Set<String> selected, List<String> order) {
        List<HubResult.FacetValue> values = new ArrayList<HubResult.FacetValue>();
        Map<String, Long> c = counts == null ? new LinkedHashMap<String, Long>() : counts;
        if (order != null) {
            for (String value : order) {
                Long n = c.get(value);
                values.add(new HubResult.FacetValue(value, n == null ? 0 : n, selected.contains(value)));
            }
            return values;
        }
        for (Map.Entry<String, Long> e : c.entrySet()) {
            values.add(new HubResult.FacetValue(e.getKey(), e.getValue(), selected.contains(e.getKey())));
        }
        for (String s : selected) {
            if (!c.containsKey(s)) {
                values.add(new HubResult.FacetValue(s, 0, true)); // a chosen value stays visible (to unselect it)
            }
        }
        return values;
    }

    /** The one chosen facet whose removal gives the most results; else the words, if dropping them helps. */
    private HubResult.Suggestion suggestion(HubQuery query, HubSearchIndex.Found found) throws IOException {
        String best = null;
        long bestCount = 0;
        for (Map.Entry<String, Long> without : found.withoutFacet.entrySet()) {
            if (without.getValue() > bestCount) {
                best = without.getKey();
                bestCount = without.getValue();
            }
        }
        if (best != null) {
            return new HubResult.Suggestion(best, chosen(query, best), bestCount);
        }
        if (query.text() != null) {
            long withoutText = index.countWithoutText(query);
            if (withoutText > 0) {
                return new HubResult.Suggestion(HubSearchIndex.TEXT_FACET, query.text(), withoutText);
            }
        }
        return null;
    }

    private static String chosen(HubQuery query, String facet) {
        if (HubResult.SELLER.equals(facet)) {
            return join(query.sellers());
        }
        if (HubResult.SEGMENT.equals(facet)) {
            return join(query.segments());
        }
        if (HubResult.CATEGORY.equals(facet)) {
            return query.category();
        }
        if (HubResult.PRICE.equals(facet)) {
            return join(query.priceBuckets());
        }
        if (HubResult.DISCOUNT.equals(facet)) {
            return join(query.discountBuckets());
        }
        if (HubResult.IN_STOCK.equals(facet)) {
            return "in stock";
        }
        return "ships within " + query.shipsWithin() + " days";
    }

    private static String join(Set<String> values) {
        StringBuilder b = new StringBuilder();
        for (String v : values) {
            b.append(b.length() == 0 ? "" : ", ").append(v);
        }
        return b.toString();
    }
}
