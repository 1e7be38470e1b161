package com.coopromo.common.events;

import java.util.List;

/**
 * A read model kept up to date by change events. Every bean implementing this hears every committed change, on every
 * store node; it picks the subjects it cares for.
 */
public interface ChangeSubscriber {
    /**
     * Inside the writer's transaction, just before it commits, on the node that wrote: for read models whose rows
     * must commit together with the change (e.g. a campaign's host offer). Default: nothing.
     */
    default void beforeCommit(List<ChangeEvent> changes) {
    }

    /**
     * After the writer's transaction committed.
     *
     * @param changes  the transaction's changes, in the order they were published, each once
     * @param thisNode true on the node that wrote (called on the writer's thread, so the writer reads its own change
     *                 on this node as soon as its call returns); false on the other nodes (called on their listener
     *                 thread)
     */
    void afterCommit(List<ChangeEvent> changes, boolean thisNode);
}
