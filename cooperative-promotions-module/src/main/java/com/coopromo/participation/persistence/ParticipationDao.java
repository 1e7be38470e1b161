package com.coopromo.participation.persistence;

import com.coopromo.campaign.domain.AcceptedSellers;

import java.util.List;

public interface ParticipationDao extends AcceptedSellers {
    ParticipationImpl save(ParticipationImpl participation);

    ParticipationImpl find(long participationId);

    ParticipationImpl find(long campaignId, long sellerId);

    List<ParticipationImpl> ofCampaign(long campaignId);

    List<ParticipationImpl> ofSeller(long sellerId);

    @Override
    long countAccepted(long campaignId);

    EnrollmentImpl save(EnrollmentImpl enrollment);

    List<EnrollmentImpl> enrollmentsOfCampaign(long campaignId);

    long countEnrollments(long campaignId);

    long countEnrollments(long campaignId, long sellerId);

    /** Enrollments of this listing in other campaigns that are not rejected or cancelled. */
    List<EnrollmentImpl> activeEnrollmentsOfListingElsewhere(long listingId, long campaignId);
}
