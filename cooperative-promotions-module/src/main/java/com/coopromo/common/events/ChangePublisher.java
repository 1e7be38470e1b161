package com.coopromo.common.events;

/**
 * Where write paths say what they changed. Inside a transaction the events wait for it: subscribers hear of them only
 * once it commits (and never when it rolls back); outside one, at once.
 */
public interface ChangePublisher {
    void publish(ChangeEvent event);
}
