package com.coopromo.audit;

import com.coopromo.common.domain.Actor;
import com.coopromo.common.domain.Validation;
import com.coopromo.common.persistence.StoredValues;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.TypedQuery;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Service("coopAuditLog")
public class AuditLogImpl implements AuditLog {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "coopClock")
    protected Clock clock;

    @Override
    @Transactional("blTransactionManager")
    public AuditEventRecord append(Actor actor, String action, String entityType, String entityId, String before,
                                   String after, String detail) {
        Validation v = new Validation();
        v.require(actor != null, "actor", "is required");
        v.requireText(action, "action", 64);
        v.requireText(entityType, "entityType", 64);
        v.requireText(entityId, "entityId", 64);
        v.throwIfInvalid();
        AuditEventRecord event = new AuditEventRecord(clock.instant(), actor.id(), actor.role().name(), action, entityType,
                entityId, before, after, detail);
        em.persist(event);
        return event;
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public AuditPage query(AuditQuery q) {
        q.validate();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new LinkedHashMap<String, Object>();
        filter(where, params, "e.actorId = :actor", "actor", q.actorId());
        filter(where, params, "e.action = :action", "action", q.action());
        filter(where, params, "e.entityType = :type", "type", q.entityType());
        filter(where, params, "e.entityId = :entity", "entity", q.entityId());
        filter(where, params, "e.occurredAt >= :from", "from", StoredValues.instant(q.from()));
        filter(where, params, "e.occurredAt < :until", "until", StoredValues.instant(q.until()));

        TypedQuery<Long> count = em.createQuery("select count(e) from AuditEventRecord e" + where, Long.class);
        TypedQuery<AuditEventRecord> page = em.createQuery("select e from AuditEventRecord e" + where
                + " order by e.occurredAt desc, e.id desc", AuditEventRecord.class);
        for (Map.Entry<String, Object> p : params.entrySet()) {
            count.setParameter(p.getKey(), p.getValue());
            page.setParameter(p.getKey(), p.getValue());
        }
        List<AuditEventRecord> events = new ArrayList<AuditEventRecord>(page.setFirstResult(q.page() * q.pageSize())
                .setMaxResults(q.pageSize()).getResultList());
        return new AuditPage(events, count.getSingleResult(), q.page(), q.pageSize());
    }

    private static void filter(StringBuilder where, Map<String, Object> params, String condition, String name, Object value) {
        if (value != null && !(value instanceof String && ((String) value).trim().isEmpty())) {
            where.append(" and ").append(condition);
            params.put(name, value instanceof String ? ((String) value).trim() : value);
        }
    }
}
