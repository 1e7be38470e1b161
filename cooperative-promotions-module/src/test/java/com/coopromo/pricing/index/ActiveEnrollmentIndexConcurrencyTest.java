package com.coopromo.pricing.index;

import com.coopromo.campaign.domain.StackingPolicy;
import com.coopromo.pricing.domain.CampaignOffer;
import com.coopromo.pricing.domain.EnrollmentIndex;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The holder under concurrent reads, without the database: {@code load()} returns generation after generation of a
 * complete index in which every Sku's offer carries the generation as its campaign id, so a reader that saw a
 * half-built or mixed index would notice.
 */
class ActiveEnrollmentIndexConcurrencyTest {
    private static final Instant NOW = Instant.parse("2027-03-15T12:00:00Z");
    private static final int SKUS = 2_000;
    private static final int READERS = 8;

    /** Generation n: Skus 0..SKUS-1, each with one offer of campaign n, live around NOW. */
    private static class GenerationsHolder extends ActiveEnrollmentIndexHolder {
        final AtomicInteger loads = new AtomicInteger();
        final AtomicInteger loadsInFlight = new AtomicInteger();
        final AtomicInteger maxLoadsInFlight = new AtomicInteger();
        volatile CountDownLatch holdLoad = new CountDownLatch(0);
        volatile CountDownLatch loadStarted = new CountDownLatch(0);

        GenerationsHolder() {
            clock = Clock.fixed(NOW, ZoneOffset.UTC);
        }

        @Override
        protected EnrollmentIndex load() {
            int inFlight = loadsInFlight.incrementAndGet();
            maxLoadsInFlight.accumulateAndGet(inFlight, Math::max);
            try {
                int generation = loads.incrementAndGet();
                loadStarted.countDown();
                holdLoad.await(10, TimeUnit.SECONDS);
                EnrollmentIndex.Builder builder = EnrollmentIndex.builder();
                for (long sku = 0; sku < SKUS; sku++) {
                    builder.add(sku, offer(generation, sku));
                }
                return builder.build();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } finally {
                loadsInFlight.decrementAndGet();
            }
        }
    }

    private static CampaignOffer offer(long campaignId, long sku) {
        return CampaignOffer.builder().campaignId(campaignId).campaignName("Generation " + campaignId)
                .sellerId(1L).listingId(sku).sellerDiscountPercent(new BigDecimal("20"))
                .minDiscountPercent(new BigDecimal("10")).capDiscountPercent(new BigDecimal("30"))
                .marginFloor(new BigDecimal("1.00")).stackingPolicy(StackingPolicy.BEST_OF)
                .platformFundingPercent(new BigDecimal("40"))
                .window(NOW.minusSeconds(3_600), NOW.plusSeconds(3_600)).build();
    }

    @Test
    void readersAlwaysSeeOneCompleteSnapshotWhileAnotherThreadRebuildsRepeatedly() throws Exception {
        GenerationsHolder holder = new GenerationsHolder();
        holder.rebuild();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(READERS + 1);
        try {
            List<Future<Long>> readers = new ArrayList<Future<Long>>();
            for (int r = 0; r < READERS; r++) {
                final int seed = r;
                readers.add(pool.submit(new Callable<Long>() {
                    @Override
                    public Long call() {
                        long reads = 0;
                        long lastGeneration = 0;
                        while (!stop.get()) {
                            // a whole cart against one snapshot: every line must come from the same generation
                            EnrollmentIndex snapshot = holder.snapshot();
                            long generation = snapshot.offerFor(0L, NOW).campaignId();
                            assertThat(generation).as("generations only move forward").isGreaterThanOrEqualTo(lastGeneration);
                            lastGeneration = generation;
                            assertThat(snapshot.size()).isEqualTo(SKUS);
                            for (long sku = seed; sku < SKUS; sku += 37) {
                                assertThat(snapshot.offerFor(sku, NOW).campaignId()).isEqualTo(generation);
                            }
                            // single lookups through the holder: always an offer, never a missing Sku
                            assertThat(holder.offerFor((reads * 31 + seed) % SKUS)).isNotNull();
                            if (reads % 500 == seed) {
                                holder.markStale(); // the lazy path: some reader rebuilds, the others go on reading
                            }
                            reads++;
                        }
                        return reads;
                    }
                }));
            }
            Future<Integer> rebuilder = pool.submit(new Callable<Integer>() {
                @Override
                public Integer call() {
                    int rebuilds = 0;
                    for (; rebuilds < 200; rebuilds++) {
                        holder.rebuild();
                    }
                    return rebuilds;
                }
            });

            assertThat(rebuilder.get(60, TimeUnit.SECONDS)).isEqualTo(200);
            stop.set(true);
            for (Future<Long> reader : readers) {
                assertThat(reader.get(60, TimeUnit.SECONDS)).as("reads by one reader").isPositive();
            }
        } finally {
            stop.set(true);
            pool.shutdownNow();
        }
        assertThat(holder.loads.get()).isGreaterThan(200);
        assertThat(holder.maxLoadsInFlight.get()).as("one rebuild at a time").isEqualTo(1);
    }

    @Test
    void whileOneReaderRebuildsAStaleIndexTheOthersKeepReadingTheOldOneWithoutWaiting() throws Exception {
        GenerationsHolder holder = new GenerationsHolder();
        holder.rebuild();
        holder.holdLoad = new CountDownLatch(1);
        holder.loadStarted = new CountDownLatch(1);
        holder.markStale();
        ExecutorService pool = Executors.newFixedThreadPool(READERS);
        try {
            Future<Long> rebuildingReader = pool.submit(new Callable<Long>() {
                @Override
                public Long call() {
                    return holder.offerFor(5L).campaignId();
                }
            });
            assertThat(holder.loadStarted.await(10, TimeUnit.SECONDS)).as("a reader started the rebuild").isTrue();

            List<Future<Long>> others = new ArrayList<Future<Long>>();
            for (int r = 1; r < READERS; r++) {
                others.add(pool.submit(new Callable<Long>() {
                    @Override
                    public Long call() {
                        return holder.offerFor(5L).campaignId();
                    }
                }));
            }
            for (Future<Long> other : others) {
                assertThat(other.get(5, TimeUnit.SECONDS)).as("the old snapshot, at once").isEqualTo(1L);
            }
            assertThat(holder.loads.get()).as("only one reader rebuilds").isEqualTo(2);

            holder.holdLoad.countDown();
            assertThat(rebuildingReader.get(10, TimeUnit.SECONDS)).as("the rebuilding reader gets the new one").isEqualTo(2L);
            assertThat(holder.offerFor(5L).campaignId()).isEqualTo(2L);
            assertThat(holder.loads.get()).as("fresh now: no further rebuild").isEqualTo(2);
        } finally {
            holder.holdLoad.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedRebuildKeepsThePreviousSnapshot() {
        final AtomicBoolean failing = new AtomicBoolean();
        GenerationsHolder holder = new GenerationsHolder() {
            @Override
            protected EnrollmentIndex load() {
                if (failing.get()) {
                    throw new IllegalStateException("database down");
                }
                return super.load();
            }
        };
        holder.rebuild();
        failing.set(true);
        holder.markStale();

        assertThat(holder.offerFor(5L).campaignId()).isEqualTo(1L);
        assertThat(holder.offerFor(5L).campaignId()).as("no retry at once").isEqualTo(1L);
    }

    @Test
    void theFirstReadBuildsTheIndexAndTheClockPassingAWindowEdgeRefreshesIt() {
        final Instant[] now = {NOW};
        GenerationsHolder holder = new GenerationsHolder();
        holder.clock = new Clock() {
            @Override
            public Instant instant() {
                return now[0];
            }

            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                throw new UnsupportedOperationException();
            }
        };
        assertThat(holder.loads.get()).as("nothing built before the first read").isZero();

        assertThat(holder.offerFor(5L)).isNotNull();
        assertThat(holder.offerFor(6L)).isNotNull();
        assertThat(holder.loads.get()).isEqualTo(1);

        now[0] = NOW.plusSeconds(3_599);
        holder.offerFor(5L);
        assertThat(holder.loads.get()).as("before the window's end").isEqualTo(1);

        now[0] = NOW.plusSeconds(3_600);
        assertThat(holder.offerFor(5L)).as("the window ended").isNull();
        assertThat(holder.loads.get()).as("the end edge was passed").isEqualTo(2);
        holder.offerFor(5L);
        assertThat(holder.loads.get()).as("no edge left").isEqualTo(2);
    }
}
