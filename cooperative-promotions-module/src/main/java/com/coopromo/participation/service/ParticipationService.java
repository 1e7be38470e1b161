package com.coopromo.participation.service;

import com.coopromo.campaign.domain.AssetKind;
import com.coopromo.common.domain.PolicyResult;
import com.coopromo.participation.persistence.EnrollmentImpl;
import com.coopromo.participation.persistence.ParticipationImpl;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * Sellers join campaigns (invited by the organizer, or applying to an open campaign) before the enrollment
 * deadline, then enroll listings with their own discount. Enrollment checks every eligibility policy and refuses
 * with all failed rules at once.
 */
public interface ParticipationService {
    ParticipationImpl invite(long campaignId, long sellerId);

    ParticipationImpl apply(long campaignId, long sellerId);

    /** The seller accepts an invitation, or the organizer accepts an application. */
    ParticipationImpl accept(long participationId);

    ParticipationImpl decline(long participationId);

    /** Records the asset kinds the seller has submitted and that passed their checks. */
    ParticipationImpl submitAssets(long participationId, Set<AssetKind> kinds);

    /** Every failed rule for enrolling the listing now (empty: it may enroll). Changes nothing. */
    List<PolicyResult> checkEligibility(long participationId, long listingId, BigDecimal discountPercent);

    /**
     * @throws com.coopromo.common.domain.CoopValidationException listing every failed rule (field = rule name)
     */
    EnrollmentImpl enroll(long participationId, long listingId, BigDecimal discountPercent);

    /**
     * Takes the listing out of the campaign for now (paused: no campaign discount) or puts it back, on every accepted
     * enrollment of it in the campaign; returns those enrollments.
     *
     * @throws com.coopromo.common.domain.CoopValidationException when the listing is not enrolled in the campaign
     */
    List<EnrollmentImpl> pauseListing(long campaignId, long listingId, boolean paused);

    List<ParticipationImpl> participationsOf(long campaignId);

    List<EnrollmentImpl> enrollmentsOf(long campaignId);
}
