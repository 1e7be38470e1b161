package com.coopromo.community.service;

import com.coopromo.audit.AuditLog;
import com.coopromo.common.domain.Actor;
import com.coopromo.common.domain.ActorRole;
import com.coopromo.community.domain.EarlyAccessRule;
import com.coopromo.community.persistence.CommunityStore;
import com.coopromo.participation.service.EnrollmentOpening;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import javax.annotation.Resource;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Early access for scheduled campaigns (bean {@code coopEarlyAccess}, {@link EarlyAccessRule}): answers participation's
 * enrollment gate (through {@link CommunityEnrollmentOpening}), flags and audits early enrollments, and keeps each
 * campaign's own lead period (audited).
 */
@Service("coopEarlyAccess")
public class EarlyAccessService {
    public static final String ENTITY_CAMPAIGN = "CAMPAIGN";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm", Locale.ENGLISH);

    @Resource(name = "coopCommunityStore")
    protected CommunityStore store;

    @Resource(name = "coopAuditLog")
    protected AuditLog audit;

    @Resource(name = "coopClock")
    protected java.time.Clock clock;

    /** Hours from a campaign's scheduling until enrollment opens for every seller, when the campaign sets none. */
    @Value("${coop.community.early-access-lead-hours}")
    protected int defaultLeadHours = 0;

    @Value("${coop.community.early-access-min-campaigns}")
    protected int minCompleted = 1;

    @Transactional("blTransactionManager")
    public EnrollmentOpening.Answer forSeller(long campaignId, long sellerId, Instant now) {
        Instant opens = opensForAll(campaignId);
        if (opens == null || !now.isBefore(opens)) {
            return EnrollmentOpening.Answer.open();
        }
        if (hasGoodRecord(sellerId)) {
            return EnrollmentOpening.Answer.early();
        }
        Object[] c = store.campaignOpening(campaignId);
        ZoneId zone = ZoneId.of((String) c[2]);
        return EnrollmentOpening.Answer.notYet("Enrollment in '" + c[1] + "' opens for every seller on "
                + WHEN.format(opens.atZone(zone)) + " (" + zone + "); sellers with a good record may enroll before that.");
    }

    /**
     * When enrollment opens for every seller; null when the campaign is not scheduled or has no early access period.
     */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public Instant opensForAll(long campaignId) {
        Object[] c = store.campaignOpening(campaignId);
        if (c == null || !"SCHEDULED".equals(c[0]) || c[4] == null) {
            return null;
        }
        Integer own = store.leadHours(campaignId);
        int lead = own != null ? own : defaultLeadHours;
        if (lead <= 0) {
            return null;
        }
        return EarlyAccessRule.opensForAll(CommunityStore.instant(c[4]), lead, CommunityStore.instant(c[3]));
    }

    @Transactional(value = "blTransactionManager", readOnly = true)
    public boolean hasGoodRecord(long sellerId) {
        Object[] r = store.sellerRecord(sellerId);
        return r != null && new EarlyAccessRule(minCompleted).goodRecord("GOOD".equals(r[0]), CommunityStore.num(r[1]),
                CommunityStore.num(r[2]), CommunityStore.num(r[3]));
    }

    @Transactional("blTransactionManager")
    public void enrolledEarly(long enrollmentId, long campaignId, long sellerId, long listingId, Instant at) {
        Instant opens = opensForAll(campaignId);
        store.flagEarly(enrollmentId, campaignId, sellerId, at, opens == null ? at : opens);
        audit.append(new Actor("seller-" + sellerId, ActorRole.ORGANIZER), "EARLY_ACCESS_ENROLLMENT", "ENROLLMENT",
                Long.toString(enrollmentId), null, "ENROLLED_EARLY", "Seller " + sellerId + " enrolled listing "
                        + listingId + " in campaign " + campaignId + " before enrollment opened for every seller ("
                        + (opens == null ? at : opens) + "): good record.");
    }

    @Transactional(value = "blTransactionManager", readOnly = true)
    public boolean isEarly(long enrollmentId) {
        return store.isEarly(enrollmentId);
    }

    /** The campaign's own lead period in hours, or null when it has none (the store's default applies). */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public Integer leadHours(long campaignId) {
        return store.leadHours(campaignId);
    }

    /** The campaign's own lead period (0: no early access), audited. */
    @Transactional("blTransactionManager")
    public void setLeadHours(long campaignId, int hours, Actor by) {
        if (hours < 0 || hours > 24 * 90) {
            throw new com.coopromo.common.domain.CoopValidationException("leadHours",
                    "must be between 0 and 2160 hours (was " + hours + ")");
        }
        if (store.campaignOpening(campaignId) == null) {
            throw new com.coopromo.common.domain.CoopValidationException("campaign", "there is no campaign " + campaignId);
        }
        Integer before = store.leadHours(campaignId);
        store.setLeadHours(campaignId, hours, by.id(), clock.instant());
        audit.append(by, "EARLY_ACCESS_LEAD", ENTITY_CAMPAIGN, Long.toString(campaignId),
                before == null ? "default " + defaultLeadHours + " h" : before + " h", hours + " h", null);
    }
}
