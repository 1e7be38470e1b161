package com.coopromo.pricing.ledger;

import org.springframework.stereotype.Repository;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@Repository("coopBudgetLedgerDao")
public class BudgetLedgerDaoImpl implements BudgetLedgerDao {
    private static final List<String> HELD = Arrays.asList(SellerHoldRecord.RESERVED, SellerHoldRecord.CONSUMED);

    /**
     * Creates the budget row if missing. Two first checkouts at the same moment may both run it: PostgreSQL makes
     * the second wait for the first and then do nothing ({@code ON CONFLICT DO NOTHING}), so neither fails.
     */
    private static final String CREATE_BUDGET_IF_ABSENT =
            "insert into COOP_CAMPAIGN_BUDGET (CAMPAIGN_ID, BUDGET, RESERVED, CONSUMED, CREATED_AT, UPDATED_AT)"
                    + " select c.CAMPAIGN_ID, c.BUDGET, 0, 0, :now, :now from COOP_CAMPAIGN c where c.CAMPAIGN_ID = :id"
                    + " on conflict (CAMPAIGN_ID) do nothing";

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public CampaignBudgetRecord lockBudget(long campaignId, Instant now) {
        // find, then refresh under the lock: in a web request the persistence context outlives the transaction
        // (Broadleaf opens one entity manager per request), and a find on a row it already holds would lock the row
        // but keep the totals read by an earlier transaction of the same request — a lost update under concurrency
        // (changes this transaction made are flushed first, so the refresh reads them back instead of dropping them)
        CampaignBudgetRecord budget = em.find(CampaignBudgetRecord.class, campaignId);
        if (budget != null) {
            em.flush();
            em.refresh(budget, LockModeType.PESSIMISTIC_WRITE);
            return budget;
        }
        em.createNativeQuery(CREATE_BUDGET_IF_ABSENT)
                .setParameter("id", campaignId)
                .setParameter("now", Timestamp.from(now))
                .executeUpdate();
        return em.find(CampaignBudgetRecord.class, campaignId, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public CampaignBudgetRecord findBudget(long campaignId) {
        return em.find(CampaignBudgetRecord.class, campaignId);
    }

    @Override
    public Map<Long, BigDecimal> remaining(Collection<Long> campaignIds) {
        Map<Long, BigDecimal> left = new HashMap<Long, BigDecimal>();
        if (campaignIds.isEmpty()) {
            return left;
        }
        for (CampaignBudgetRecord row : em.createQuery("select b from CampaignBudgetRecord b where b.campaignId in (:ids)",
                CampaignBudgetRecord.class).setParameter("ids", campaignIds).getResultList()) {
            left.put(row.getCampaignId(), row.totals().remaining());
        }
        List<Long> unused = new ArrayList<Long>();
        for (Long id : campaignIds) {
            if (!left.containsKey(id)) {
                unused.add(id);
            }
        }
        if (!unused.isEmpty()) {
            for (Object[] row : em.createQuery("select c.id, c.budget from CampaignImpl c where c.id in (:ids)", Object[].class)
                    .setParameter("ids", unused).getResultList()) {
                left.put((Long) row[0], ((BigDecimal) row[1]).setScale(2, RoundingMode.UNNECESSARY));
            }
        }
        return left;
    }

    @Override
    public Map<Long, Map<Long, BigDecimal>> sellerPlatformUsed(Collection<Long> campaignIds) {
        Map<Long, Map<Long, BigDecimal>> used = new HashMap<Long, Map<Long, BigDecimal>>();
        if (campaignIds.isEmpty()) {
            return used;
        }
        for (Object[] row : em.createQuery("select h.campaignId, h.sellerId, sum(h.amount) from SellerHoldRecord h"
                + " where h.campaignId in (:ids) and h.state in (:held) group by h.campaignId, h.sellerId", Object[].class)
                .setParameter("ids", campaignIds).setParameter("held", HELD).getResultList()) {
            Map<Long, BigDecimal> bySeller = used.get((Long) row[0]);
            if (bySeller == null) {
                bySeller = new HashMap<Long, BigDecimal>();
                used.put((Long) row[0], bySeller);
            }
            bySeller.put((Long) row[1], ((BigDecimal) row[2]).setScale(2, RoundingMode.UNNECESSARY));
        }
        return used;
    }

    @Override
    public List<SellerHoldRecord> sellerHolds(long campaignId, long orderId) {
        return em.createQuery("select h from SellerHoldRecord h where h.campaignId = :campaign and h.orderId = :order"
                + " order by h.sellerId", SellerHoldRecord.class)
                .setParameter("campaign", campaignId).setParameter("order", orderId).getResultList();
    }

    @Override
    public BigDecimal sellerPlatformUsedByOthers(long campaignId, long sellerId, long orderId) {
        BigDecimal sum = em.createQuery("select sum(h.amount) from SellerHoldRecord h where h.campaignId = :campaign"
                + " and h.sellerId = :seller and h.orderId <> :order and h.state in (:held)", BigDecimal.class)
                .setParameter("campaign", campaignId).setParameter("seller", sellerId).setParameter("order", orderId)
                .setParameter("held", HELD).getSingleResult();
        return sum == null ? BudgetTotals.ZERO : sum.setScale(2, RoundingMode.UNNECESSARY);
    }

    @Override
    public void insert(SellerHoldRecord hold) {
        em.persist(hold);
    }

    @Override
    public void delete(SellerHoldRecord hold) {
        em.remove(hold);
        em.flush();
    }

    @Override
    public BigDecimal campaignBudget(long campaignId) {
        List<?> found = em.createNativeQuery("select BUDGET from COOP_CAMPAIGN where CAMPAIGN_ID = :id")
                .setParameter("id", campaignId).getResultList();
        return found.isEmpty() ? null : (BigDecimal) found.get(0);
    }

    @Override
    public BudgetEntryRecord findEntry(long campaignId, long orderId) {
        List<BudgetEntryRecord> found = em.createQuery("select e from BudgetEntryRecord e"
                + " where e.campaignId = :campaignId and e.orderId = :orderId", BudgetEntryRecord.class)
                .setParameter("campaignId", campaignId).setParameter("orderId", orderId).getResultList();
        if (found.isEmpty()) {
            return null;
        }
        // a query hands back the instance the persistence context already holds, as an earlier transaction left it
        // (flushed first: a refresh must not drop what this transaction changed)
        em.flush();
        em.refresh(found.get(0));
        return found.get(0);
    }

    @Override
    public List<BudgetEntryRecord> entries(long campaignId) {
        return em.createQuery("select e from BudgetEntryRecord e where e.campaignId = :campaignId order by e.orderId",
                BudgetEntryRecord.class).setParameter("campaignId", campaignId).getResultList();
    }

    @Override
    public void insert(BudgetEntryRecord entry) {
        em.persist(entry);
    }

    @Override
    public void delete(BudgetEntryRecord entry) {
        em.remove(entry);
        // Hibernate flushes inserts before deletes: without this, a re-reservation of the same order later in
        // this transaction would hit UK_COOP_BUDGET_ENTRY_ORDER.
        em.flush();
    }
}
