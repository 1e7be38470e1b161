package com.coopromo.stock.persistence;

import com.coopromo.common.persistence.StoredValues;
import com.coopromo.stock.domain.StockMovement;
import org.hibernate.SQLQuery;
import org.springframework.stereotype.Repository;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stock table's statements. Every change is one statement on the row (a conditional {@code UPDATE} takes units
 * only while enough are left), so it is exact under any number of simultaneous checkouts on any number of nodes,
 * without reading a figure first; reads are scalar queries, so no stock entity ever sits in a request's persistence
 * context to be written back stale.
 */
@Repository("coopStockDao")
public class StockDao {
    private static final int IDS_PER_QUERY = 1000;

    private static final String PUT = "insert into COOP_SKU_STOCK (SKU_ID, QUANTITY, CREATED_AT, UPDATED_AT)"
            + " values (:sku, :quantity, :now, :now)"
            + " on conflict (SKU_ID) do update set QUANTITY = excluded.QUANTITY, UPDATED_AT = excluded.UPDATED_AT";

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    /** Units left of each counted Sku among {@code skuIds}; Skus the store does not count are left out. */
    public Map<Long, Integer> quantities(Collection<Long> skuIds) {
        Map<Long, Integer> found = new HashMap<Long, Integer>();
        List<Long> ids = new ArrayList<Long>(skuIds);
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
            for (Object[] row : em.createQuery("select s.skuId, s.quantity from SkuStockRecord s where s.skuId in (:ids)",
                    Object[].class).setParameter("ids", chunk).getResultList()) {
                found.put((Long) row[0], (Integer) row[1]);
            }
        }
        return found;
    }

    /** The ids among {@code skuIds} of host Skus that exist (read only). */
    public Set<Long> existingSkus(Collection<Long> skuIds) {
        Set<Long> found = new HashSet<Long>();
        List<Long> ids = new ArrayList<Long>(skuIds);
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            found.addAll(em.createQuery("select s.id from org.broadleafcommerce.core.catalog.domain.SkuImpl s where s.id in (:ids)",
                    Long.class).setParameter("ids", ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY))).getResultList());
        }
        return found;
    }

    /** Sets the Sku's units, counting it from now on if it was not counted. */
    public void put(long skuId, int quantity, Instant now) {
        // a native statement names the table it touches, so Hibernate's bulk cleanup evicts nothing else
        em.createNativeQuery(PUT).setParameter("sku", skuId).setParameter("quantity", quantity)
                .setParameter("now", Timestamp.from(now))
                .unwrap(SQLQuery.class).addSynchronizedQuerySpace("COOP_SKU_STOCK").executeUpdate();
    }

    /** Adds units to a counted Sku; false when the store does not count it. */
    public boolean add(long skuId, int units, Instant now) {
        return em.createQuery("update SkuStockRecord s set s.quantity = s.quantity + :units, s.updatedAt = :now"
                + " where s.skuId = :sku")
                .setParameter("units", units).setParameter("now", StoredValues.instant(now)).setParameter("sku", skuId)
                .executeUpdate() == 1;
    }

    /**
     * Takes units of a counted Sku if that many are left, in one statement that holds the row's lock until the
     * transaction ends; false (and nothing changed) when fewer are left or the Sku is not counted.
     */
    public boolean take(long skuId, int units, Instant now) {
        return em.createQuery("update SkuStockRecord s set s.quantity = s.quantity - :units, s.updatedAt = :now"
                + " where s.skuId = :sku and s.quantity >= :units")
                .setParameter("units", units).setParameter("now", StoredValues.instant(now)).setParameter("sku", skuId)
                .executeUpdate() == 1;
    }

    /** What the order took, by ascending Sku id. */
    public List<StockMovement> movements(long orderId) {
        List<StockMovement> movements = new ArrayList<StockMovement>();
        for (Object[] row : em.createQuery("select m.skuId, m.quantity, m.state from StockMovementRecord m"
                + " where m.orderId = :order order by m.skuId", Object[].class)
                .setParameter("order", orderId).getResultList()) {
            movements.add(new StockMovement(orderId, (Long) row[0], (Integer) row[1],
                    StockMovementRecord.RESTORED.equals(row[2])));
        }
        return movements;
    }

    public void insertTaken(long orderId, long skuId, int units, Instant now) {
        StockMovementRecord movement = new StockMovementRecord(orderId, skuId, units, now);
        em.persist(movement);
        em.flush();
        em.detach(movement);
    }

    /** TAKEN → RESTORED, once: false when the movement was already given back (or is gone). */
    public boolean markRestored(long orderId, long skuId, Instant now) {
        return em.createQuery("update StockMovementRecord m set m.state = :restored, m.updatedAt = :now"
                + " where m.orderId = :order and m.skuId = :sku and m.state = :taken")
                .setParameter("restored", StockMovementRecord.RESTORED).setParameter("now", StoredValues.instant(now))
                .setParameter("order", orderId).setParameter("sku", skuId).setParameter("taken", StockMovementRecord.TAKEN)
                .executeUpdate() == 1;
    }

    /** Forgets a TAKEN movement, once: false when it was already given back (or is gone). */
    public boolean deleteTaken(long orderId, long skuId) {
        return em.createQuery("delete from StockMovementRecord m where m.orderId = :order and m.skuId = :sku and m.state = :taken")
                .setParameter("order", orderId).setParameter("sku", skuId).setParameter("taken", StockMovementRecord.TAKEN)
                .executeUpdate() == 1;
    }
}
