package com.coopromo.suggest.persistence;

import org.springframework.stereotype.Repository;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What "complete the set" reads: which listings were bought together with given ones from another seller of the same
 * campaign (the order attribution rows checkout writes; a cancelled order's rows are REVERSED and not counted), and the
 * host's category of each Sku. Read only.
 */
@Repository("coopCoPurchaseDao")
public class CoPurchaseDao {
    private static final String CO_PURCHASES = "select b.SKU_ID, count(distinct b.ORDER_ID)"
            + " from COOP_ORDER_ATTRIBUTION a join COOP_ORDER_ATTRIBUTION b"
            + " on b.ORDER_ID = a.ORDER_ID and b.CAMPAIGN_ID = a.CAMPAIGN_ID and b.SELLER_ID <> a.SELLER_ID"
            + " where a.CAMPAIGN_ID in (:campaigns) and a.SKU_ID in (:skus)"
            + " and a.STATE = 'ACTIVE' and b.STATE = 'ACTIVE'"
            + " group by b.SKU_ID";

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    /**
     * For each Sku bought (in the given campaigns) in an order together with one of {@code skuIds} from another
     * seller: in how many such orders.
     */
    public Map<Long, Integer> boughtWith(Collection<Long> skuIds, Collection<Long> campaignIds) {
        Map<Long, Integer> counts = new HashMap<Long, Integer>();
        if (skuIds.isEmpty() || campaignIds.isEmpty()) {
            return counts;
        }
        List<?> rows = em.createNativeQuery(CO_PURCHASES).setParameter("campaigns", campaignIds)
                .setParameter("skus", skuIds).getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            counts.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue());
        }
        return counts;
    }

    /** The default category of each Sku's product (Skus without one are left out). */
    public Map<Long, Long> categoriesOf(Collection<Long> skuIds) {
        Map<Long, Long> categories = new HashMap<Long, Long>();
        if (skuIds.isEmpty()) {
            return categories;
        }
        List<Object[]> rows = em.createQuery("select s.id, p.defaultCategory.id"
                + " from org.broadleafcommerce.core.catalog.domain.SkuImpl s join s.defaultProduct p"
                + " where s.id in (:skus) and p.defaultCategory is not null", Object[].class)
                .setParameter("skus", skuIds).getResultList();
        for (Object[] r : rows) {
            categories.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
        }
        return categories;
    }
}
