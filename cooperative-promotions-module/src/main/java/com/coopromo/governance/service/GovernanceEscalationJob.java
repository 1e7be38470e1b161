package com.coopromo.governance.service;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * Closes decisions whose voting window has passed and escalates those not settled by their deadline, every
 * {@code intervalSeconds}. Runs on one daemon thread; a failed round is logged and the next one tries again. Several
 * nodes may run it: each decision is counted and escalated under its row lock, so it escalates once per step.
 */
public class GovernanceEscalationJob {
    private static final Logger LOG = LoggerFactory.getLogger(GovernanceEscalationJob.class);

    private final GovernanceService governance;
    private final long intervalSeconds;
    private final boolean enabled;
    private ScheduledExecutorService executor;

    public GovernanceEscalationJob(GovernanceService governance, long intervalSeconds, boolean enabled) {
        if (intervalSeconds < 1) {
            throw new IllegalArgumentException("coop.governance.escalation-interval-seconds must be 1 or more (was "
                    + intervalSeconds + ")");
        }
        this.governance = governance;
        this.intervalSeconds = intervalSeconds;
        this.enabled = enabled;
    }

    public synchronized void start() {
        if (!enabled || executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(new ThreadFactory() {
            @Override
            public Thread newThread(Runnable r) {
                Thread t = new Thread(r, "coop-governance-escalation");
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

    /** One round; returns how many decisions escalated. */
    public int tick() {
        try {
            int escalated = governance.escalateOverdue();
            if (escalated > 0) {
                LOG.info("governance: {} decision(s) escalated", escalated);
            }
            return escalated;
        } catch (RuntimeException e) {
            LOG.error("governance escalation round failed; retrying in " + intervalSeconds + " s", e);
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
