package com.coopromo.common.time;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class CoopClockTest {
    private static final Instant SYSTEM_NOW = Instant.parse("2027-01-01T00:00:00Z");
    private final CoopClock clock = new CoopClock(Clock.fixed(SYSTEM_NOW, ZoneOffset.UTC));

    @Test
    void withoutOverrideItIsTheSystemClock() {
        assertThat(clock.instant()).isEqualTo(SYSTEM_NOW);
    }

    @Test
    void anOverrideHoldsForTheCallOnlyAndNestsCleanly() throws Exception {
        Instant past = Instant.parse("2026-06-01T10:00:00Z");
        Instant earlier = Instant.parse("2026-05-01T10:00:00Z");
        Instant seen = clock.callAt(past, () -> {
            assertThat(clock.callAt(earlier, clock::instant)).isEqualTo(earlier);
            return clock.instant();
        });
        assertThat(seen).isEqualTo(past);
        assertThat(clock.instant()).isEqualTo(SYSTEM_NOW);
    }

    @Test
    void otherThreadsNeverSeeTheOverride() throws Exception {
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Instant seenElsewhere = clock.callAt(Instant.parse("2020-01-01T00:00:00Z"), () -> {
                Future<Instant> f = other.submit(clock::instant);
                return f.get();
            });
            assertThat(seenElsewhere).isEqualTo(SYSTEM_NOW);
        } finally {
            other.shutdownNow();
        }
    }
}
