package com.coopromo.admin.error;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.criteria.CriteriaBuilder;
import javax.persistence.criteria.CriteriaQuery;
import javax.persistence.criteria.Root;
import javax.persistence.metamodel.EntityType;

/**
 * Which of the module's records an admin URL can name: the mapped entity class behind a section's ceiling entity, and
 * whether a row with an id exists (whoever may see it; row-level security decides who may).
 */
public class AdminRecords {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    /** The mapped entity class for a ceiling entity (itself when mapped, or the one entity implementing it), or null. */
    public Class<?> entityClass(Class<?> ceiling) {
        Class<?> found = null;
        for (EntityType<?> type : em.getMetamodel().getEntities()) {
            Class<?> javaType = type.getJavaType();
            if (javaType == ceiling) {
                return javaType;
            }
            if (ceiling.isAssignableFrom(javaType) && (found == null || javaType.isAssignableFrom(found))) {
                found = javaType;
            }
        }
        return found;
    }

    /** Whether a row of the ceiling entity has this id; an id that cannot be one (not a number) names none. */
    public boolean exists(Class<?> ceiling, String id) {
        Class<?> entity = entityClass(ceiling);
        if (entity == null || id == null) {
            return false;
        }
        EntityType<?> meta = em.getMetamodel().entity(entity);
        Class<?> idType = meta.getIdType().getJavaType();
        Object typedId = id;
        if (Long.class.equals(idType) || long.class.equals(idType)) {
            try {
                typedId = Long.valueOf(id.trim());
            } catch (NumberFormatException e) {
                return false;
            }
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<?> root = query.from(entity);
        query.select(cb.count(root)).where(cb.equal(root.get(meta.getId(idType).getName()), typedId));
        return em.createQuery(query).getSingleResult() > 0;
    }
}
