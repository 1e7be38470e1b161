package com.coopromo.pricing.checkout;

import com.coopromo.campaign.persistence.Campaign;
import com.coopromo.participation.domain.ParticipationState;
import com.coopromo.participation.persistence.EnrollmentImpl;
import org.springframework.stereotype.Repository;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the checkout reads and writes besides the budget ledger: campaigns by host offer, enrollments, attribution rows. */
@Repository("coopCheckoutDao")
public class CheckoutDao {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    /** The campaigns whose host offer is one of {@code offerIds}, by host offer id. */
    public Map<Long, Campaign> campaignsByHostOffer(Collection<Long> offerIds) {
        Map<Long, Campaign> byOffer = new HashMap<Long, Campaign>();
        if (offerIds.isEmpty()) {
            return byOffer;
        }
        for (Campaign campaign : em.createQuery("select c from CampaignImpl c where c.hostOfferId in (:ids)", Campaign.class)
                .setParameter("ids", offerIds).getResultList()) {
            byOffer.put(campaign.getHostOfferId(), campaign);
        }
        return byOffer;
    }

    public Campaign campaign(long campaignId) {
        return em.find(com.coopromo.campaign.persistence.CampaignImpl.class, campaignId);
    }

    /** The accepted participation's enrollment of the Sku in the campaign (the latest if it was enrolled twice), or null. */
    public EnrollmentImpl enrollment(long campaignId, long skuId) {
        List<EnrollmentImpl> found = em.createQuery("select e from EnrollmentImpl e join fetch e.participation p"
                + " join fetch p.seller join fetch e.listing l"
                + " where p.campaign.id = :campaign and l.skuId = :sku and p.state = :accepted order by e.id desc", EnrollmentImpl.class)
                .setParameter("campaign", campaignId).setParameter("sku", skuId)
                .setParameter("accepted", ParticipationState.ACCEPTED.name())
                .setMaxResults(1).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    public List<OrderAttributionRecord> attribution(long orderId) {
        return em.createQuery("select a from OrderAttributionRecord a where a.orderId = :order order by a.orderItemId, a.campaignId",
                OrderAttributionRecord.class).setParameter("order", orderId).getResultList();
    }

    public List<OrderAttributionRecord> attributionOfCampaign(long campaignId) {
        return em.createQuery("select a from OrderAttributionRecord a where a.campaignId = :campaign order by a.orderId, a.orderItemId",
                OrderAttributionRecord.class).setParameter("campaign", campaignId).getResultList();
    }

    public void insert(OrderAttributionRecord row) {
        em.persist(row);
    }

    public void delete(OrderAttributionRecord row) {
        em.remove(row);
    }
}
