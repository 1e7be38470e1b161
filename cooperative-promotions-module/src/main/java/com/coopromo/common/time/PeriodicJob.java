package com.coopromo.common.time;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * A round of work repeated every {@code intervalSeconds} on one daemon thread, started and stopped with the context
 * ({@code init-method="start" destroy-method="stop"}) and switched off by a property. A failed round is logged and the
 * next round tries again; quiet rounds log nothing.
 */
public abstract class PeriodicJob {
    private final Logger log = LoggerFactory.getLogger(getClass());
    private final String name;
    private final long intervalSeconds;
    private final boolean enabled;
    private ScheduledExecutorService executor;

    /**
     * @param name            the thread's name and the log's wording, e.g. "campaign clock"
     * @param intervalProperty the property that sets the interval, named when it is invalid
     */
    protected PeriodicJob(String name, String intervalProperty, long intervalSeconds, boolean enabled) {
        if (intervalSeconds < 1) {
            throw new IllegalArgumentException(intervalProperty + " must be 1 or more (was " + intervalSeconds + ")");
        }
        this.name = name;
        this.intervalSeconds = intervalSeconds;
        this.enabled = enabled;
    }

    /** The round's work; returns how many things it changed (logged when above 0). */
    protected abstract int round();

    /** How a round's changes read in the log, e.g. "3 campaign move(s)". */
    protected abstract String describe(int changed);

    public synchronized void start() {
        if (!enabled || executor != null) {
            return;
        }
        final String threadName = "coop-" + name.replace(' ', '-');
        executor = Executors.newSingleThreadScheduledExecutor(new ThreadFactory() {
            @Override
            public Thread newThread(Runnable r) {
                Thread t = new Thread(r, threadName);
                t.setDaemon(true);
                return t;
            }
        });
        executor.scheduleWithFixedDelay(new Runnable() {
            @Override
            public void run() {
                tick();
            }
        }, intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
    }

    /** One round now; returns how many things it changed (0 when it failed). */
    public int tick() {
        try {
            int changed = round();
            if (changed > 0) {
                log.info("{}: {}", name, describe(changed));
            }
            return changed;
        } catch (RuntimeException e) {
            log.error(name + " round failed; retrying in " + intervalSeconds + " s", e);
            return 0;
        }
    }

    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }
}
