package com.coopromo.community.host;

import com.coopromo.common.events.ChangeEvent;
import com.coopromo.common.events.ChangeSubscriber;
import com.coopromo.community.service.CommunityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import javax.annotation.PreDestroy;
import javax.annotation.Resource;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Re-evaluates the badges soon after a change that may earn one commits on this node: a campaign's state (it ended),
 * a participation. The work runs on one background thread, and changes arriving while it is queued join that run,
 * so a burst of changes costs one evaluation and never delays the writer.
 */
@Component("coopCommunityEvents")
public class CommunityEvents implements ChangeSubscriber {
    private static final Logger LOG = LoggerFactory.getLogger(CommunityEvents.class);

    @Resource(name = "coopCommunity")
    protected CommunityService community;

    private final AtomicBoolean queued = new AtomicBoolean();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(new ThreadFactory() {
        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "coop-community-events");
            t.setDaemon(true);
            return t;
        }
    });

    @Override
    public void afterCommit(List<ChangeEvent> changes, boolean thisNode) {
        if (!thisNode) {
            return;
        }
        boolean relevant = false;
        for (ChangeEvent change : changes) {
            relevant |= change.is(ChangeEvent.Subject.CAMPAIGN) || change.is(ChangeEvent.Subject.PARTICIPATION);
        }
        if (relevant && queued.compareAndSet(false, true)) {
            inFlight.incrementAndGet();
            worker.execute(new Runnable() {
                @Override
                public void run() {
                    queued.set(false);
                    try {
                        community.awardBadges();
                    } catch (RuntimeException e) {
                        LOG.warn("Badges were not re-evaluated after a change (the periodic job will): {}", e.toString());
                    } finally {
                        inFlight.decrementAndGet();
                    }
                }
            });
        }
    }

    /** No evaluation queued or running (tests that count statements wait for this). */
    public boolean idle() {
        return inFlight.get() == 0;
    }

    @PreDestroy
    public void stop() {
        worker.shutdownNow();
    }
}
