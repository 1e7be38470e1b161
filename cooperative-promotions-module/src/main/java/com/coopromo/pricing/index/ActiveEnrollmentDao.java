package com.coopromo.pricing.index;

import com.coopromo.campaign.domain.CampaignState;
import com.coopromo.campaign.persistence.Campaign;
import com.coopromo.campaign.persistence.CampaignImpl;
import com.coopromo.participation.domain.ParticipationState;
import com.coopromo.participation.persistence.EnrollmentImpl;
import org.springframework.stereotype.Repository;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads what the enrollment index is built from: all of it in one query, or the part a change touched. */
@Repository("coopActiveEnrollmentDao")
public class ActiveEnrollmentDao {
    /** Scheduled campaigns are included so the index is ready when their window opens; the window decides. */
    static final List<String> INDEXED_STATES = Arrays.asList(CampaignState.SCHEDULED.name(), CampaignState.LIVE.name());

    private static final int BATCH = 1000;
    private static final String ACTIVE = "select e from EnrollmentImpl e"
            + " join fetch e.participation p"
            + " join fetch p.campaign c"
            + " join fetch p.seller"
            + " join fetch e.listing l"
            + " join fetch l.seller"
            + " where c.state in (:states) and p.state = :accepted and e.paused = false";

    /** The same enrollments as {@link #ACTIVE}, as the columns the enrollment index needs (no entities built). */
    private static final String ACTIVE_ROWS = "select e.id, c.id, l.skuId, p.seller.id, l.id, e.discountPercent,"
            + " l.marginFloorPrice"
            + " from EnrollmentImpl e join e.participation p join p.campaign c join e.listing l"
            + " where c.state in (:states) and p.state = :accepted and e.paused = false";

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    /**
     * Every enrollment (not paused) of an ACCEPTED participation in a SCHEDULED or LIVE campaign, with its participation, campaign,
     * seller and listing (and the listing's seller) fetched by the same statement: every to-one on the path is eager,
     * so each must be fetch-joined or Hibernate would issue one more select per distinct campaign, seller and listing.
     */
    public List<EnrollmentImpl> activeEnrollments() {
        return em.createQuery(ACTIVE, EnrollmentImpl.class)
                .setParameter("states", INDEXED_STATES)
                .setParameter("accepted", ParticipationState.ACCEPTED.name())
                .getResultList();
    }

    /** The same as {@link #activeEnrollments()}, limited to the host Skus (in batches of {@value #BATCH} ids). */
    public List<EnrollmentImpl> activeEnrollmentsOfSkus(Collection<Long> skuIds) {
        List<EnrollmentImpl> found = new ArrayList<EnrollmentImpl>();
        List<Long> ids = new ArrayList<Long>(skuIds);
        for (int from = 0; from < ids.size(); from += BATCH) {
            found.addAll(em.createQuery(ACTIVE + " and l.skuId in (:skus)", EnrollmentImpl.class)
                    .setParameter("states", INDEXED_STATES)
                    .setParameter("accepted", ParticipationState.ACCEPTED.name())
                    .setParameter("skus", ids.subList(from, Math.min(ids.size(), from + BATCH)))
                    .getResultList());
        }
        return found;
    }

    /** The rows the enrollment index is built from: every enrollment {@link #activeEnrollments()} returns. */
    List<EnrollmentRow> activeRows() {
        return rows(em.createQuery(ACTIVE_ROWS, Object[].class)
                .setParameter("states", INDEXED_STATES)
                .setParameter("accepted", ParticipationState.ACCEPTED.name())
                .getResultList());
    }

    /** The rows of {@link #activeEnrollmentsOfSkus(Collection)}. */
    List<EnrollmentRow> activeRowsOfSkus(Collection<Long> skuIds) {
        List<EnrollmentRow> found = new ArrayList<EnrollmentRow>();
        List<Long> ids = new ArrayList<Long>(skuIds);
        for (int from = 0; from < ids.size(); from += BATCH) {
            found.addAll(rows(em.createQuery(ACTIVE_ROWS + " and l.skuId in (:skus)", Object[].class)
                    .setParameter("states", INDEXED_STATES)
                    .setParameter("accepted", ParticipationState.ACCEPTED.name())
                    .setParameter("skus", ids.subList(from, Math.min(ids.size(), from + BATCH)))
                    .getResultList()));
        }
        return found;
    }

    /** The campaigns the rows belong to, by id (in batches of {@value #BATCH} ids). */
    Map<Long, Campaign> campaignsOf(List<EnrollmentRow> rows) {
        Set<Long> wanted = new HashSet<Long>();
        for (EnrollmentRow row : rows) {
            wanted.add(row.campaignId);
        }
        Map<Long, Campaign> byId = new HashMap<Long, Campaign>();
        List<Long> ids = new ArrayList<Long>(wanted);
        for (int from = 0; from < ids.size(); from += BATCH) {
            for (CampaignImpl campaign : em.createQuery("select c from CampaignImpl c where c.id in (:ids)",
                    CampaignImpl.class).setParameter("ids", ids.subList(from, Math.min(ids.size(), from + BATCH)))
                    .getResultList()) {
                byId.put(campaign.getId(), campaign);
            }
        }
        return byId;
    }

    private static List<EnrollmentRow> rows(List<Object[]> columns) {
        List<EnrollmentRow> rows = new ArrayList<EnrollmentRow>(columns.size());
        for (Object[] row : columns) {
            rows.add(new EnrollmentRow(row));
        }
        return rows;
    }

    /** The host Skus of every listing enrolled (paused or not, any state) in the campaigns. */
    public Set<Long> skusEnrolledIn(Collection<Long> campaignIds) {
        if (campaignIds.isEmpty()) {
            return new HashSet<Long>();
        }
        return new HashSet<Long>(em.createQuery("select distinct l.skuId from EnrollmentImpl e join e.listing l"
                + " join e.participation p where p.campaign.id in (:campaigns)", Long.class)
                .setParameter("campaigns", campaignIds)
                .getResultList());
    }

    /** The host Skus of the listings. */
    public Set<Long> skusOfListings(Collection<Long> listingIds) {
        if (listingIds.isEmpty()) {
            return new HashSet<Long>();
        }
        return new HashSet<Long>(em.createQuery("select l.skuId from SellerListingImpl l where l.id in (:ids)", Long.class)
                .setParameter("ids", listingIds)
                .getResultList());
    }
}
