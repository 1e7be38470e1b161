package com.coopromo.pricing.checkout;

import com.coopromo.campaign.persistence.Campaign;
import com.coopromo.campaign.persistence.CampaignImpl;
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
        return em.find(CampaignImpl.class, campaignId);
    }

    /**
     * The accepted participations' enrollments of these Skus in these campaigns, in one statement, by
     * {@link #key(long, long)}; where a Sku was enrolled twice in a campaign, the latest.
     */
    public Map<String, EnrollmentImpl> enrollments(Collection<Long> campaignIds, Collection<Long> skuIds) {
        Map<String, EnrollmentImpl> byKey = new HashMap<String, EnrollmentImpl>();
        if (campaignIds.isEmpty() || skuIds.isEmpty()) {
            return byKey;
        }
        for (EnrollmentImpl e : em.createQuery("select e from EnrollmentImpl e join fetch e.participation p"
                + " join fetch p.seller join fetch e.listing l"
                + " where p.campaign.id in (:campaigns) and l.skuId in (:skus) and p.state = :accepted order by e.id",
                EnrollmentImpl.class)
                .setParameter("campaigns", campaignIds).setParameter("skus", skuIds)
                .setParameter("accepted", ParticipationState.ACCEPTED.name()).getResultList()) {
            byKey.put(key(e.getParticipation().getCampaign().getId(), e.getListing().getSkuId()), e);
        }
        return byKey;
    }

    static String key(long campaignId, long skuId) {
        return campaignId + ":" + skuId;
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
