package com.coopromo.participation.persistence;

import com.coopromo.participation.domain.ParticipationState;
import org.springframework.stereotype.Repository;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;

@Repository("coopParticipationDao")
public class ParticipationDaoImpl implements ParticipationDao {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public ParticipationImpl save(ParticipationImpl participation) {
        return em.merge(participation);
    }

    @Override
    public ParticipationImpl find(long participationId) {
        return em.find(ParticipationImpl.class, participationId);
    }

    @Override
    public ParticipationImpl find(long campaignId, long sellerId) {
        List<ParticipationImpl> found = em.createQuery("select p from ParticipationImpl p where p.campaign.id = :c and p.seller.id = :s",
                ParticipationImpl.class).setParameter("c", campaignId).setParameter("s", sellerId).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public List<ParticipationImpl> ofCampaign(long campaignId) {
        return em.createQuery("select p from ParticipationImpl p where p.campaign.id = :c order by p.id", ParticipationImpl.class)
                .setParameter("c", campaignId).getResultList();
    }

    @Override
    public List<ParticipationImpl> ofSeller(long sellerId) {
        return em.createQuery("select p from ParticipationImpl p where p.seller.id = :s order by p.id", ParticipationImpl.class)
                .setParameter("s", sellerId).getResultList();
    }

    @Override
    public long countAccepted(long campaignId) {
        return em.createQuery("select count(p) from ParticipationImpl p where p.campaign.id = :c and p.state = :state", Long.class)
                .setParameter("c", campaignId).setParameter("state", ParticipationState.ACCEPTED.name()).getSingleResult();
    }

    @Override
    public EnrollmentImpl save(EnrollmentImpl enrollment) {
        return em.merge(enrollment);
    }

    @Override
    public List<EnrollmentImpl> enrollmentsOfCampaign(long campaignId) {
        return em.createQuery("select e from EnrollmentImpl e where e.participation.campaign.id = :c order by e.id", EnrollmentImpl.class)
                .setParameter("c", campaignId).getResultList();
    }

    @Override
    public long countEnrollments(long campaignId) {
        return em.createQuery("select count(e) from EnrollmentImpl e where e.participation.campaign.id = :c", Long.class)
                .setParameter("c", campaignId).getSingleResult();
    }

    @Override
    public long countEnrollments(long campaignId, long sellerId) {
        return em.createQuery("select count(e) from EnrollmentImpl e where e.participation.campaign.id = :c"
                + " and e.participation.seller.id = :s", Long.class)
                .setParameter("c", campaignId).setParameter("s", sellerId).getSingleResult();
    }

    @Override
    public List<EnrollmentImpl> activeEnrollmentsOfListingElsewhere(long listingId, long campaignId) {
        return em.createQuery("select e from EnrollmentImpl e where e.listing.id = :l and e.participation.campaign.id <> :c"
                + " and e.participation.campaign.state not in (:ended)", EnrollmentImpl.class)
                .setParameter("l", listingId).setParameter("c", campaignId)
                .setParameter("ended", Arrays.asList("REJECTED", "CANCELLED")).getResultList();
    }
}
