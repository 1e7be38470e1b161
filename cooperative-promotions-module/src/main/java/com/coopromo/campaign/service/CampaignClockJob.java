package com.coopromo.campaign.service;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * Moves campaigns across their window edges (scheduled to live, live to ended) every {@code intervalSeconds}.
 * Runs on one daemon thread; a failed round is logged and the next round tries again. Several nodes may run it:
 * each campaign is moved under a row lock, so it moves once.
 */
public class CampaignClockJob {
    private static final Logger LOG = LoggerFactory.getLogger(CampaignClockJob.class);

    private final CampaignService campaigns;
    private final long intervalSeconds;
    private final boolean enabled;
    private ScheduledExecutorService executor;

    public CampaignClockJob(CampaignService campaigns, long intervalSeconds, boolean enabled) {
        if (intervalSeconds < 1) {
            throw new IllegalArgumentException("coop.campaign.clock-interval-seconds must be 1 or more (was " + intervalSeconds + ")");
        }
        this.campaigns = campaigns;
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
                Thread t = new Thread(r, "coop-campaign-clock");
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

    /** One round; returns how many campaigns moved. */
    public int tick() {
        try {
            int moved = campaigns.advanceClock();
            if (moved > 0) {
                LOG.info("campaign clock: {} campaign move(s)", moved);
            }
            return moved;
        } catch (RuntimeException e) {
            LOG.error("campaign clock round failed; retrying in " + intervalSeconds + " s", e);
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
