package com.coopromo.common.persistence;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

/** Row locks that see the committed row. */
public final class RowLocks {
    private RowLocks() {
    }

    /**
     * The entity with its row locked for the rest of the transaction ({@code select ... for update}), as committed
     * now: a copy already in this persistence context (read before the lock, e.g. by the query that listed it) is
     * not re-read by the lock, so it is refreshed; otherwise two nodes could both act on the state each read first.
     * This transaction's own changes are flushed first, so the refresh keeps them (e.g. two lifecycle moves of one
     * campaign in one transaction). Null when there is no such row.
     */
    public static <T> T findForUpdate(EntityManager em, Class<T> type, Object id) {
        em.flush();
        T entity = em.find(type, id, LockModeType.PESSIMISTIC_WRITE);
        if (entity != null) {
            em.refresh(entity);
        }
        return entity;
    }
}
