package com.coopromo.common.time;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;

/**
 * The module's "now": the system clock, unless the current thread asks to act as of another instant
 * ({@link #callAt}) — how previews price a cart before launch and how the demo seeds a campaign's history.
 * The override is per thread and ends with the call, so no other request ever sees it.
 */
public final class CoopClock extends Clock {
    private static final ThreadLocal<Instant> OVERRIDE = new ThreadLocal<Instant>();

    private final Clock system;

    public CoopClock() {
        this(Clock.systemUTC());
    }

    public CoopClock(Clock system) {
        this.system = system;
    }

    /** Runs the work with {@link #instant()} returning {@code at} on this thread. */
    public <T> T callAt(Instant at, Callable<T> work) throws Exception {
        Instant previous = OVERRIDE.get();
        OVERRIDE.set(at);
        try {
            return work.call();
        } finally {
            if (previous == null) {
                OVERRIDE.remove();
            } else {
                OVERRIDE.set(previous);
            }
        }
    }

    /** The real instant, ignoring this thread's {@link #callAt} override (for housekeeping that follows real time). */
    public Instant systemInstant() {
        return system.instant();
    }

    @Override
    public Instant instant() {
        Instant at = OVERRIDE.get();
        return at != null ? at : system.instant();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the module works in instants; convert with the campaign's zone");
    }
}
