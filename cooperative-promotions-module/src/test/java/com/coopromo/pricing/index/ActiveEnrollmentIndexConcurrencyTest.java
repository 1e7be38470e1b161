package com.coopromo.pricing.index;

import com.coopromo.campaign.domain.StackingPolicy;
import com.coopromo.common.events.ChangeEvent;
import com.coopromo.pricing.domain.CampaignOffer;
import com.coopromo.pricing.domain.EnrollmentIndex;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void pricingNeverWaitsForARebuildItKeepsReadingThePreviousSnapshotUntilTheNewOneIsSwappedIn() throws Exception {
        final GenerationsHolder holder = new GenerationsHolder();
        holder.rebuild();
        holder.holdLoad = new CountDownLatch(1);
        holder.loadStarted = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(READERS);
        try {
            Future<EnrollmentIndex> rebuilding = pool.submit(new Callable<EnrollmentIndex>() {
                @Override
                public EnrollmentIndex call() {
                    return holder.rebuild();
                }
            });
            assertThat(holder.loadStarted.await(10, TimeUnit.SECONDS)).as("the rebuild is loading").isTrue();

            List<Future<Long>> readers = new ArrayList<Future<Long>>();
            for (int r = 1; r < READERS; r++) {
                readers.add(pool.submit(new Callable<Long>() {
                    @Override
                    public Long call() {
                        return holder.offerFor(5L).campaignId();
                    }
                }));
            }
            for (Future<Long> reader : readers) {
                assertThat(reader.get(5, TimeUnit.SECONDS)).as("the previous snapshot, while the rebuild is held").isEqualTo(1L);
            }
            assertThat(rebuilding.isDone()).as("the rebuild is still held").isFalse();

            holder.holdLoad.countDown();
            assertThat(rebuilding.get(10, TimeUnit.SECONDS).offerFor(5L, NOW).campaignId()).isEqualTo(2L);
            assertThat(holder.offerFor(5L).campaignId()).as("swapped in").isEqualTo(2L);
        } finally {
            holder.holdLoad.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void aChangeAppliedWhileAFullRebuildLoadsIsAppliedAgainOnTopOfIt() throws Exception {
        final GenerationsHolder holder = new GenerationsHolder() {
            @Override
            protected EnrollmentIndex applyTo(EnrollmentIndex base, Scope scope) {
                // what the database holds for the changed Skus now: campaign 99
                EnrollmentIndex.Builder fresh = EnrollmentIndex.builder();
                for (Long sku : scope.skus) {
                    fresh.add(sku, offer(99, sku));
                }
                return base.replacing(scope.skus, fresh.build());
            }
        };
        holder.rebuild();
        holder.holdLoad = new CountDownLatch(1);
        holder.loadStarted = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<EnrollmentIndex> rebuilding = pool.submit(new Callable<EnrollmentIndex>() {
                @Override
                public EnrollmentIndex call() {
                    return holder.rebuild();
                }
            });
            assertThat(holder.loadStarted.await(10, TimeUnit.SECONDS)).isTrue();

            holder.afterCommit(Collections.singletonList(ChangeEvent.enrollment(1, 99, 7L, 1)), true);
            assertThat(holder.offerFor(7L).campaignId()).as("applied at once, on the previous snapshot").isEqualTo(99L);
            assertThat(holder.offerFor(8L).campaignId()).isEqualTo(1L);

            holder.holdLoad.countDown();
            rebuilding.get(10, TimeUnit.SECONDS);
            assertThat(holder.offerFor(8L).campaignId()).as("the rebuild's generation").isEqualTo(2L);
            assertThat(holder.offerFor(7L).campaignId()).as("the change was not lost by the rebuild").isEqualTo(99L);
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

        assertThatThrownBy(holder::rebuild).hasMessage("database down");
        assertThat(holder.offerFor(5L).campaignId()).isEqualTo(1L);
    }

    @Test
    void theFirstReadBuildsTheIndexAndWindowEdgesNeedNoRebuild() {
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
        assertThat(holder.offerFor(5L)).as("before the window's end").isNotNull();
        now[0] = NOW.plusSeconds(3_600);
        assertThat(holder.offerFor(5L)).as("the window ended, on the same snapshot").isNull();
        assertThat(holder.loads.get()).as("no rebuild for an edge").isEqualTo(1);
    }
}
