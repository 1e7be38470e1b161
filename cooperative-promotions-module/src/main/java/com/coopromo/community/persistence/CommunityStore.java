package com.coopromo.community.persistence;

import com.coopromo.community.domain.BadgeKind;
import com.coopromo.community.domain.EarnedBadge;
import com.coopromo.community.domain.MentoringPair;
import com.coopromo.community.domain.MentoringState;
import org.springframework.stereotype.Repository;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The community's rows (badges, the sellers' hub choice, mentoring pairs) and the facts it reads from the module's
 * other tables, in native SQL on the store's entity manager: everything runs in the caller's transaction, so a badge
 * or a pair's step commits together with its audit row.
 */
@Repository("coopCommunityStore")
public class CommunityStore {
    /** Campaign states whose campaign has ended. */
    static final String ENDED = "('ENDED', 'DEBRIEFED')";

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    /** A badge as stored. */
    public static final class StoredBadge {
        public final EarnedBadge badge;
        public final Instant awardedAt;

        StoredBadge(EarnedBadge badge, Instant awardedAt) {
            this.badge = badge;
            this.awardedAt = awardedAt;
        }

        public BadgeKind getKind() { return badge.kind(); }

        public String getLabel() { return badge.kind().label(); }

        public String getFact() { return badge.fact(); }

        public Long getCampaignId() { return badge.campaignId(); }

        public Date getAwardedAt() { return Date.from(awardedAt); }
    }

    /** A mentoring pair as stored, with the sellers' names. */
    public static final class StoredPair {
        public final long id;
        public final long newcomerId;
        public final String newcomerName;
        public final long mentorId;
        public final String mentorName;
        public final String category;
        public final MentoringState state;
        public final boolean newcomerAccepted;
        public final boolean mentorAccepted;
        public final String reason;
        public final Instant proposedAt;

        StoredPair(Object[] r) {
            id = num(r[0]);
            newcomerId = num(r[1]);
            newcomerName = (String) r[2];
            mentorId = num(r[3]);
            mentorName = (String) r[4];
            category = (String) r[5];
            state = MentoringState.valueOf((String) r[6]);
            newcomerAccepted = (Boolean) r[7];
            mentorAccepted = (Boolean) r[8];
            reason = (String) r[9];
            proposedAt = instant(r[10]);
        }

        public MentoringPair toPair() {
            return new MentoringPair(id, newcomerId, mentorId, state, newcomerAccepted, mentorAccepted);
        }

        public long getId() { return id; }

        public long getNewcomerId() { return newcomerId; }

        public String getNewcomerName() { return newcomerName; }

        public long getMentorId() { return mentorId; }

        public String getMentorName() { return mentorName; }

        public String getCategory() { return category; }

        public String getState() { return state.name(); }

        public boolean isOpen() { return state.isOpen(); }

        public boolean isNewcomerAccepted() { return newcomerAccepted; }

        public boolean isMentorAccepted() { return mentorAccepted; }

        public String getReason() { return reason; }
    }

    private static final String PAIR_COLUMNS = "select m.PAIR_ID, m.NEWCOMER_ID, n.NAME as NEWCOMER_NAME, m.MENTOR_ID, e.NAME as MENTOR_NAME, m.CATEGORY,"
            + " m.STATE, m.NEWCOMER_ACCEPTED, m.MENTOR_ACCEPTED, m.REASON, m.PROPOSED_AT from COOP_MENTORING m"
            + " join COOP_SELLER n on n.SELLER_ID = m.NEWCOMER_ID join COOP_SELLER e on e.SELLER_ID = m.MENTOR_ID";

    // ---- facts ----

    /** Seller, campaign, campaign name, end: every accepted participation in an ended campaign. */
    public List<Object[]> completedParticipations() {
        return rows("select p.SELLER_ID, c.CAMPAIGN_ID, c.NAME, (c.ENDS_AT at time zone c.TIME_ZONE) as ENDED_AT"
                + " from COOP_PARTICIPATION p join COOP_CAMPAIGN c on c.CAMPAIGN_ID = p.CAMPAIGN_ID"
                + " where p.STATE = 'ACCEPTED' and c.STATE in " + ENDED);
    }

    /** Campaign, name, start, end of every ended campaign. */
    public List<Object[]> endedCampaigns() {
        return rows("select c.CAMPAIGN_ID, c.NAME, (c.STARTS_AT at time zone c.TIME_ZONE) as STARTED_AT, (c.ENDS_AT at time zone c.TIME_ZONE) as ENDED_AT"
                + " from COOP_CAMPAIGN c where c.STATE in " + ENDED + " order by c.CAMPAIGN_ID");
    }

    /** Seller, campaign, campaign name, asset, asset deadline, first acceptance (or null) of sellers' assets. */
    public List<Object[]> sellerAssets() {
        return rows("select a.SELLER_ID, c.CAMPAIGN_ID, c.NAME, a.ASSET_ID, (c.ASSET_DEADLINE at time zone c.TIME_ZONE) as DEADLINE,"
                + " (select min(v.ACCEPTED_AT) from COOP_ASSET_VERSION v where v.ASSET_ID = a.ASSET_ID and v.ACCEPTED) as FIRST_ACCEPTED"
                + " from COOP_ASSET a join COOP_CAMPAIGN c on c.CAMPAIGN_ID = a.CAMPAIGN_ID"
                + " where a.SELLER_ID is not null and c.STATE not in ('DRAFT', 'REJECTED', 'CANCELLED')");
    }

    /** Pair, mentor, newcomer, became active: every pair that became active. */
    public List<Object[]> activatedPairs() {
        return rows("select PAIR_ID, MENTOR_ID, NEWCOMER_ID, ACTIVE_AT from COOP_MENTORING where ACTIVE_AT is not null");
    }

    /** Seller, standing, completed campaigns, withdrawn participations: every seller. */
    public List<Object[]> sellerRecords() {
        return rows("select s.SELLER_ID, s.STANDING,"
                + " (select count(*) from COOP_PARTICIPATION p join COOP_CAMPAIGN c on c.CAMPAIGN_ID = p.CAMPAIGN_ID"
                + "   where p.SELLER_ID = s.SELLER_ID and p.STATE = 'ACCEPTED' and c.STATE in " + ENDED + ") as COMPLETED,"
                + " (select count(*) from COOP_PARTICIPATION p where p.SELLER_ID = s.SELLER_ID and p.STATE = 'WITHDRAWN') as WITHDRAWN"
                + " from COOP_SELLER s order by s.SELLER_ID");
    }

    /** Each seller's active listings' host category names (one entry per listing with a category). */
    public Map<Long, List<String>> listingCategories() {
        Map<Long, List<String>> out = new HashMap<Long, List<String>>();
        List<?> rows = em.createQuery("select l.seller.id, p.defaultCategory.name from SellerListingImpl l,"
                + " org.broadleafcommerce.core.catalog.domain.SkuImpl s join s.defaultProduct p"
                + " where s.id = l.skuId and l.active = true and p.defaultCategory is not null").getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            Long seller = num(r[0]);
            List<String> of = out.get(seller);
            if (of == null) {
                of = new ArrayList<String>();
                out.put(seller, of);
            }
            of.add((String) r[1]);
        }
        return out;
    }

    // ---- badges ----

    /** Stores the badge unless the seller has that kind already; true when it was stored now. */
    public boolean award(EarnedBadge badge, Instant at) {
        return em.createNativeQuery("insert into COOP_SELLER_BADGE (BADGE_ID, SELLER_ID, KIND, CAMPAIGN_ID, FACT, AWARDED_AT)"
                + " values (nextval('COOP_COMMUNITY_SEQ'), ?1, ?2, nullif(?3, -1), ?4, ?5) on conflict (SELLER_ID, KIND) do nothing")
                .setParameter(1, badge.sellerId()).setParameter(2, badge.kind().name())
                .setParameter(3, badge.campaignId() == null ? Long.valueOf(-1) : badge.campaignId())
                .setParameter(4, cut(badge.fact(), 500)).setParameter(5, Timestamp.from(at))
                .executeUpdate() == 1;
    }

    public List<StoredBadge> badges(long sellerId) {
        List<StoredBadge> out = new ArrayList<StoredBadge>();
        for (Object[] r : rows("select SELLER_ID, KIND, CAMPAIGN_ID, FACT, AWARDED_AT from COOP_SELLER_BADGE"
                + " where SELLER_ID = " + sellerId + " order by AWARDED_AT, BADGE_ID")) {
            out.add(badge(r));
        }
        return out;
    }

    /** The badges of the given sellers who chose to show them on the hub, by seller, labels in award order. */
    public Map<Long, List<String>> hubBadges(Collection<Long> sellerIds) {
        Map<Long, List<String>> out = new HashMap<Long, List<String>>();
        if (sellerIds.isEmpty()) {
            return out;
        }
        List<?> rows = em.createNativeQuery("select b.SELLER_ID, b.KIND from COOP_SELLER_BADGE b"
                + " join COOP_SELLER_COMMUNITY c on c.SELLER_ID = b.SELLER_ID and c.SHOW_BADGES_ON_HUB"
                + " where b.SELLER_ID in (:sellers) order by b.AWARDED_AT, b.BADGE_ID")
                .setParameter("sellers", new ArrayList<Long>(sellerIds)).getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            Long seller = num(r[0]);
            List<String> of = out.get(seller);
            if (of == null) {
                of = new ArrayList<String>();
                out.put(seller, of);
            }
            of.add(BadgeKind.valueOf((String) r[1]).label());
        }
        return out;
    }

    /** Each seller's badge kinds (sellers without one are left out): for the premium placement rule. */
    public Map<Long, List<BadgeKind>> allBadgeKinds() {
        Map<Long, List<BadgeKind>> out = new HashMap<Long, List<BadgeKind>>();
        for (Object[] r : rows("select SELLER_ID, KIND from COOP_SELLER_BADGE")) {
            Long seller = num(r[0]);
            List<BadgeKind> of = out.get(seller);
            if (of == null) {
                of = new ArrayList<BadgeKind>();
                out.put(seller, of);
            }
            of.add(BadgeKind.valueOf((String) r[1]));
        }
        return out;
    }

    private static StoredBadge badge(Object[] r) {
        return new StoredBadge(new EarnedBadge(num(r[0]), BadgeKind.valueOf((String) r[1]),
                r[2] == null ? null : num(r[2]), (String) r[3]), instant(r[4]));
    }

    // ---- the seller's hub choice ----

    /** Whether any seller has made its hub choice yet (either way). */
    public boolean anyHubChoice() {
        return !em.createNativeQuery("select SELLER_ID from COOP_SELLER_COMMUNITY limit 1").getResultList().isEmpty();
    }

    public boolean showsBadgesOnHub(long sellerId) {
        List<?> rows = em.createNativeQuery("select SHOW_BADGES_ON_HUB from COOP_SELLER_COMMUNITY where SELLER_ID = ?1")
                .setParameter(1, sellerId).getResultList();
        return !rows.isEmpty() && Boolean.TRUE.equals(rows.get(0));
    }

    public void setShowBadgesOnHub(long sellerId, boolean show, String by, Instant at) {
        em.createNativeQuery("insert into COOP_SELLER_COMMUNITY (SELLER_ID, SHOW_BADGES_ON_HUB, UPDATED_AT, UPDATED_BY)"
                + " values (?1, ?2, ?3, ?4) on conflict (SELLER_ID) do update set SHOW_BADGES_ON_HUB = ?2,"
                + " UPDATED_AT = ?3, UPDATED_BY = ?4").setParameter(1, sellerId).setParameter(2, show)
                .setParameter(3, Timestamp.from(at)).setParameter(4, cut(by, 255)).executeUpdate();
    }

    // ---- early access ----

    /** State, name, time zone, enrollment deadline and last scheduling of the campaign; null when there is none. */
    public Object[] campaignOpening(long campaignId) {
        List<Object[]> r = rows("select c.STATE, c.NAME, c.TIME_ZONE, (c.ENROLLMENT_DEADLINE at time zone c.TIME_ZONE) as DEADLINE,"
                + " (select max(t.OCCURRED_AT) from COOP_CAMPAIGN_TRANSITION t where t.CAMPAIGN_ID = c.CAMPAIGN_ID"
                + "  and t.TO_STATE = 'SCHEDULED') as SCHEDULED_AT from COOP_CAMPAIGN c where c.CAMPAIGN_ID = " + campaignId);
        return r.isEmpty() ? null : r.get(0);
    }

    /** The campaign's own lead period in hours, or null when it has none (the module default applies). */
    public Integer leadHours(long campaignId) {
        List<?> r = em.createNativeQuery("select LEAD_HOURS from COOP_EARLY_ACCESS_LEAD where CAMPAIGN_ID = ?1")
                .setParameter(1, campaignId).getResultList();
        return r.isEmpty() ? null : ((Number) r.get(0)).intValue();
    }

    public void setLeadHours(long campaignId, int hours, String by, Instant at) {
        em.createNativeQuery("insert into COOP_EARLY_ACCESS_LEAD (CAMPAIGN_ID, LEAD_HOURS, UPDATED_AT, UPDATED_BY)"
                + " values (?1, ?2, ?3, ?4) on conflict (CAMPAIGN_ID) do update set LEAD_HOURS = ?2, UPDATED_AT = ?3,"
                + " UPDATED_BY = ?4").setParameter(1, campaignId).setParameter(2, hours)
                .setParameter(3, Timestamp.from(at)).setParameter(4, cut(by, 255)).executeUpdate();
    }

    /** Standing, completed campaigns, withdrawn participations and late or missing assets of ended campaigns. */
    public Object[] sellerRecord(long sellerId) {
        List<Object[]> r = rows("select s.STANDING,"
                + " (select count(*) from COOP_PARTICIPATION p join COOP_CAMPAIGN c on c.CAMPAIGN_ID = p.CAMPAIGN_ID"
                + "   where p.SELLER_ID = s.SELLER_ID and p.STATE = 'ACCEPTED' and c.STATE in " + ENDED + ") as COMPLETED,"
                + " (select count(*) from COOP_PARTICIPATION p where p.SELLER_ID = s.SELLER_ID and p.STATE = 'WITHDRAWN') as WITHDRAWN,"
                + " (select count(*) from COOP_ASSET a join COOP_CAMPAIGN c on c.CAMPAIGN_ID = a.CAMPAIGN_ID"
                + "   where a.SELLER_ID = s.SELLER_ID and c.STATE in " + ENDED + " and not exists (select 1 from COOP_ASSET_VERSION v"
                + "   where v.ASSET_ID = a.ASSET_ID and v.ACCEPTED and v.ACCEPTED_AT <= (c.ASSET_DEADLINE at time zone c.TIME_ZONE))) as LATE"
                + " from COOP_SELLER s where s.SELLER_ID = " + sellerId);
        return r.isEmpty() ? null : r.get(0);
    }

    public void flagEarly(long enrollmentId, long campaignId, long sellerId, Instant at, Instant opensForAll) {
        em.flush(); // the enrollment row the flag refers to
        em.createNativeQuery("insert into COOP_EARLY_ENROLLMENT (ENROLLMENT_ID, CAMPAIGN_ID, SELLER_ID, ENROLLED_AT,"
                + " OPENS_FOR_ALL_AT) values (?1, ?2, ?3, ?4, ?5)").setParameter(1, enrollmentId).setParameter(2, campaignId)
                .setParameter(3, sellerId).setParameter(4, Timestamp.from(at)).setParameter(5, Timestamp.from(opensForAll))
                .executeUpdate();
    }

    /** Whether the enrollment was made in early access. */
    public boolean isEarly(long enrollmentId) {
        return !em.createNativeQuery("select ENROLLMENT_ID from COOP_EARLY_ENROLLMENT where ENROLLMENT_ID = ?1")
                .setParameter(1, enrollmentId).getResultList().isEmpty();
    }

    // ---- mentoring ----

    public long propose(long newcomerId, long mentorId, String category, String reason, Instant at) {
        Number id = (Number) em.createNativeQuery("select nextval('COOP_COMMUNITY_SEQ')").getSingleResult();
        em.createNativeQuery("insert into COOP_MENTORING (PAIR_ID, NEWCOMER_ID, MENTOR_ID, CATEGORY, STATE,"
                + " NEWCOMER_ACCEPTED, MENTOR_ACCEPTED, REASON, PROPOSED_AT) values (?1, ?2, ?3, ?4, 'PROPOSED', false,"
                + " false, ?5, ?6)").setParameter(1, id.longValue()).setParameter(2, newcomerId)
                .setParameter(3, mentorId).setParameter(4, cut(category, 255)).setParameter(5, cut(reason, 500))
                .setParameter(6, Timestamp.from(at)).executeUpdate();
        return id.longValue();
    }

    /** The pair, its row locked for the caller's change; null when there is none. */
    public StoredPair lockPair(long pairId) {
        List<?> rows = em.createNativeQuery(PAIR_COLUMNS + " where m.PAIR_ID = ?1 for update of m")
                .setParameter(1, pairId).getResultList();
        return rows.isEmpty() ? null : new StoredPair((Object[]) rows.get(0));
    }

    public void savePair(MentoringPair pair, String by, Instant at) {
        em.createNativeQuery("update COOP_MENTORING set STATE = ?2, NEWCOMER_ACCEPTED = ?3, MENTOR_ACCEPTED = ?4,"
                + " ACTIVE_AT = case when ?2 = 'ACTIVE' and ACTIVE_AT is null then ?5 else ACTIVE_AT end,"
                + " CLOSED_AT = case when ?2 in ('DECLINED', 'ENDED') then ?5 else CLOSED_AT end,"
                + " CLOSED_BY = case when ?2 in ('DECLINED', 'ENDED') then ?6 else CLOSED_BY end where PAIR_ID = ?1")
                .setParameter(1, pair.id()).setParameter(2, pair.state().name()).setParameter(3, pair.newcomerAccepted())
                .setParameter(4, pair.mentorAccepted()).setParameter(5, Timestamp.from(at)).setParameter(6, cut(by, 255))
                .executeUpdate();
    }

    /** The seller's pairs, either side, newest first. */
    public List<StoredPair> pairsOf(long sellerId) {
        List<StoredPair> out = new ArrayList<StoredPair>();
        for (Object[] r : rows(PAIR_COLUMNS + " where m.NEWCOMER_ID = " + sellerId + " or m.MENTOR_ID = " + sellerId
                + " order by m.PROPOSED_AT desc, m.PAIR_ID desc")) {
            out.add(new StoredPair(r));
        }
        return out;
    }

    /** Newcomer, mentor, state of every pair. */
    public List<Object[]> pairStates() {
        return rows("select NEWCOMER_ID, MENTOR_ID, STATE from COOP_MENTORING");
    }

    // ---- helpers ----

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        List<?> raw = em.createNativeQuery(sql).getResultList();
        if (raw.isEmpty()) {
            return Collections.emptyList();
        }
        List<Object[]> out = new ArrayList<Object[]>(raw.size());
        for (Object o : raw) {
            out.add(o instanceof Object[] ? (Object[]) o : new Object[] {o});
        }
        return out;
    }

    public static long num(Object o) {
        return ((Number) o).longValue();
    }

    public static Instant instant(Object o) {
        return o == null ? null : Instant.ofEpochMilli(((Date) o).getTime());
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
