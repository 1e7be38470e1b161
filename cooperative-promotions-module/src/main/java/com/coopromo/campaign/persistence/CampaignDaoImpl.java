package com.coopromo.campaign.persistence;

import com.coopromo.common.persistence.RowLocks;

import com.coopromo.campaign.domain.CampaignState;
import org.springframework.stereotype.Repository;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

@Repository("coopCampaignDao")
public class CampaignDaoImpl implements CampaignDao {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public Campaign save(Campaign campaign) {
        return em.merge(campaign);
    }

    @Override
    public Campaign find(long id) {
        return em.find(CampaignImpl.class, id);
    }

    @Override
    public Campaign findForUpdate(long id) {
        return RowLocks.findForUpdate(em, CampaignImpl.class, id);
    }

    @Override
    public Campaign findBySlug(String slug) {
        List<Campaign> found = em.createQuery("select c from CampaignImpl c where c.slug = :slug", Campaign.class)
                .setParameter("slug", slug).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public List<Campaign> findAll() {
        return em.createQuery("select c from CampaignImpl c order by c.startsAt, c.id", Campaign.class).getResultList();
    }

    @Override
    public List<Long> hostOfferIds() {
        return em.createQuery("select c.hostOfferId from CampaignImpl c where c.hostOfferId is not null", Long.class)
                .getResultList();
    }

    @Override
    public List<Campaign> findInStates(Collection<CampaignState> states) {
        List<String> names = new ArrayList<String>();
        for (CampaignState state : states) {
            names.add(state.name());
        }
        return em.createQuery("select c from CampaignImpl c where c.state in (:states) order by c.id", Campaign.class)
                .setParameter("states", names).getResultList();
    }

    @Override
    public void record(CampaignTransitionRecord transition) {
        em.persist(transition);
    }

    @Override
    public List<CampaignTransitionRecord> history(long campaignId) {
        return em.createQuery("select t from CampaignTransitionRecord t where t.campaign.id = :id order by t.id",
                CampaignTransitionRecord.class).setParameter("id", campaignId).getResultList();
    }
}
