package com.coopromo.reward.persistence;

import org.springframework.stereotype.Repository;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The reward's statements. The sellers a customer bought from in a campaign are counted from the order attribution
 * rows the checkout writes (campaign, seller and order per discounted line; reversed when the order is cancelled),
 * joined to Broadleaf's orders for the customer — read only.
 */
@Repository("coopRewardDao")
public class RewardDao {
    private static final String INSERT_IF_ABSENT = "insert into COOP_REWARD_GRANT"
            + " (GRANT_ID, CAMPAIGN_ID, CUSTOMER_ID, ORDER_ID, SELLERS, STATE, GRANTED_AT)"
            + " values (nextval('COOP_REWARD_GRANT_SEQ'), :campaign, :customer, :orderId, :sellers, 'GRANTED', :now)"
            + " on conflict (CAMPAIGN_ID, CUSTOMER_ID) where STATE = 'GRANTED' do nothing returning GRANT_ID";

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    /** The customer who placed the order, or null for an unknown order. */
    public Long customerOfOrder(long orderId) {
        List<Long> found = em.createQuery("select o.customer.id from org.broadleafcommerce.core.order.domain.OrderImpl o"
                + " where o.id = :id", Long.class).setParameter("id", orderId).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /** The campaigns whose discounts the order carried (attribution rows in any state). */
    public List<Long> campaignsOfOrder(long orderId) {
        return em.createQuery("select distinct a.campaignId from OrderAttributionRecord a where a.orderId = :id"
                + " order by a.campaignId", Long.class).setParameter("id", orderId).getResultList();
    }

    /**
     * Distinct sellers whose campaign-discounted lines the customer bought in the campaign, across their orders that
     * are not cancelled (a cancelled order's attribution rows are REVERSED).
     */
    public int distinctSellers(long customerId, long campaignId) {
        Long n = em.createQuery("select count(distinct a.sellerId) from OrderAttributionRecord a,"
                + " org.broadleafcommerce.core.order.domain.OrderImpl o"
                + " where o.id = a.orderId and o.customer.id = :customer and a.campaignId = :campaign"
                + " and a.state = 'ACTIVE' and (o.status is null or o.status <> 'CANCELLED')", Long.class)
                .setParameter("customer", customerId).setParameter("campaign", campaignId).getSingleResult();
        return n.intValue();
    }

    /**
     * Inserts a GRANTED row unless the customer already holds one in the campaign. A simultaneous insert for the same
     * customer and campaign waits for the other transaction and then inserts nothing. Returns the new row's id, or
     * null when one was already held.
     */
    public Long insertGrantIfAbsent(long campaignId, long customerId, long orderId, int sellers, Instant now) {
        List<?> ids = em.createNativeQuery(INSERT_IF_ABSENT).setParameter("campaign", campaignId)
                .setParameter("customer", customerId).setParameter("orderId", orderId).setParameter("sellers", sellers)
                .setParameter("now", Timestamp.from(now)).getResultList();
        return ids.isEmpty() ? null : ((Number) ids.get(0)).longValue();
    }

    public RewardGrantRecord grant(long grantId) {
        return em.find(RewardGrantRecord.class, grantId);
    }

    /** The customer's GRANTED row in the campaign, locked for the transaction; null when none. */
    public RewardGrantRecord heldGrantForUpdate(long customerId, long campaignId) {
        List<RewardGrantRecord> found = em.createQuery("select g from RewardGrantRecord g where g.customerId = :customer"
                + " and g.campaignId = :campaign and g.state = 'GRANTED'", RewardGrantRecord.class)
                .setParameter("customer", customerId).setParameter("campaign", campaignId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /** The customer's GRANTED row in the campaign; null when none. */
    public RewardGrantRecord heldGrant(long customerId, long campaignId) {
        List<RewardGrantRecord> found = em.createQuery("select g from RewardGrantRecord g where g.customerId = :customer"
                + " and g.campaignId = :campaign and g.state = 'GRANTED'", RewardGrantRecord.class)
                .setParameter("customer", customerId).setParameter("campaign", campaignId).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /** Every grant (held and revoked) of the customer in the campaign, oldest first. */
    public List<RewardGrantRecord> grants(long customerId, long campaignId) {
        return em.createQuery("select g from RewardGrantRecord g where g.customerId = :customer"
                + " and g.campaignId = :campaign order by g.id", RewardGrantRecord.class)
                .setParameter("customer", customerId).setParameter("campaign", campaignId).getResultList();
    }

    /** The grants whose codes are among these (codes are unique in practice; every match is returned). */
    public List<RewardGrantRecord> grantsByCodes(List<String> codes) {
        return em.createQuery("select g from RewardGrantRecord g where g.code in (:codes)", RewardGrantRecord.class)
                .setParameter("codes", codes).getResultList();
    }

    /** The latest grants, newest first, from {@code first}, at most {@code max}. */
    public List<RewardGrantRecord> latestGrants(int first, int max) {
        return em.createQuery("select g from RewardGrantRecord g order by g.grantedAt desc, g.id desc", RewardGrantRecord.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long countGrants() {
        return em.createQuery("select count(g) from RewardGrantRecord g", Long.class).getSingleResult();
    }

    public RewardOfferRecord rewardOffer(long campaignId) {
        return em.find(RewardOfferRecord.class, campaignId);
    }

    /**
     * Locks the campaign's row against other reward-offer creations until the transaction ends ({@code FOR NO KEY
     * UPDATE}: order attribution rows referring to the campaign are not held up).
     */
    public void lockCampaignForRewardOffer(long campaignId) {
        em.createNativeQuery("select CAMPAIGN_ID from COOP_CAMPAIGN where CAMPAIGN_ID = :id for no key update")
                .setParameter("id", campaignId).getResultList();
    }

    public void insert(RewardOfferRecord offer) {
        em.persist(offer);
    }
}
