package com.coopromo.audit;

import com.coopromo.common.domain.Actor;

/**
 * The append-only record of every decision, vote, appeal, escalation, state change and rule change. An event is
 * written in the caller's transaction, so it exists exactly when the change it describes was committed.
 */
public interface AuditLog {
    /**
     * Appends one event stamped with the module's clock.
     *
     * @param before the entity's state before (null if it was created), as readable text
     * @param after  the entity's state after (null if it was removed)
     * @param detail anything else worth keeping (a comment, a reason, the rule applied); may be null
     * @throws com.coopromo.common.domain.CoopValidationException if the actor, action or entity is missing or too long
     */
    AuditEventRecord append(Actor actor, String action, String entityType, String entityId, String before, String after,
                            String detail);

    /** One page of events matching every filter given, newest first. */
    AuditPage query(AuditQuery query);
}
