package com.coopromo.pricing.index;

import com.coopromo.campaign.domain.CampaignState;
import com.coopromo.participation.domain.ParticipationState;
import com.coopromo.participation.persistence.EnrollmentImpl;
import org.springframework.stereotype.Repository;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;

/** Reads what the enrollment index is built from, in one query. */
@Repository("coopActiveEnrollmentDao")
public class ActiveEnrollmentDao {
    /** Scheduled campaigns are included so the index is ready when their window opens; the window decides. */
    static final List<String> INDEXED_STATES = Arrays.asList(CampaignState.SCHEDULED.name(), CampaignState.LIVE.name());

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    /**
     * Every enrollment (not paused) of an ACCEPTED participation in a SCHEDULED or LIVE campaign, with its participation, campaign,
     * seller and listing (and the listing's seller) fetched by the same statement: every to-one on the path is eager,
     * so each must be fetch-joined or Hibernate would issue one more select per distinct campaign, seller and listing.
     */
    public List<EnrollmentImpl> activeEnrollments() {
        return em.createQuery("select e from EnrollmentImpl e"
                + " join fetch e.participation p"
                + " join fetch p.campaign c"
                + " join fetch p.seller"
                + " join fetch e.listing l"
                + " join fetch l.seller"
                + " where c.state in (:states) and p.state = :accepted and e.paused = false", EnrollmentImpl.class)
                .setParameter("states", INDEXED_STATES)
                .setParameter("accepted", ParticipationState.ACCEPTED.name())
                .getResultList();
    }
}
