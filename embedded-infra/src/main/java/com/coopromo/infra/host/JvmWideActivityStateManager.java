package com.coopromo.infra.host;

import org.broadleafcommerce.core.workflow.state.ActivityStateManagerImpl;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * Broadleaf's workflow rollback state, one per JVM rather than one per context. Broadleaf registers a workflow's
 * rollback handlers in the manager held in a static field (the last context started sets it) but clears them through
 * its own context's manager: with two contexts in one JVM (the demo's site and admin, or two store nodes in a test)
 * the registrations of the other context are never cleared, and a later failed workflow on the same thread would roll
 * back an earlier, successful one (e.g. its confirmed payment). Every instance here keeps its state in one map, keyed
 * as Broadleaf keys it (thread and workflow), so registering and clearing meet. Nothing changes with one context.
 */
public class JvmWideActivityStateManager extends ActivityStateManagerImpl {
    @SuppressWarnings("rawtypes")
    private static final Map SHARED = Collections.synchronizedMap(new HashMap());

    @SuppressWarnings("unchecked")
    public JvmWideActivityStateManager() {
        stateMap = SHARED;
    }
}
