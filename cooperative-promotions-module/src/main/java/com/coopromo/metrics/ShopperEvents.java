package com.coopromo.metrics;

import com.coopromo.metrics.domain.ShopperEvent;

import java.util.Collection;

/**
 * Where shoppers' events go (bean {@code coopShopperEvents}). Recording never blocks and never fails the shopper's
 * request: events join a bounded queue written to PostgreSQL in batches by a background writer; when the queue is
 * full an event is dropped and counted ({@link #dropped()}), and a clean stop writes what is queued.
 * <p>
 * Callers decide what counts before they record: bots and admins previewing the store are not recorded (the rule is
 * {@code com.coopromo.metrics.domain.CountingRule}, documented in the README).
 */
public interface ShopperEvents {
    /** Queues one event; false when it was dropped because the queue is full. */
    boolean record(ShopperEvent event);

    /** Queues several events (e.g. the impressions of one page view); returns how many were queued. */
    int recordAll(Collection<ShopperEvent> events);

    /** Events dropped since this node started because the queue was full. */
    long dropped();

}
