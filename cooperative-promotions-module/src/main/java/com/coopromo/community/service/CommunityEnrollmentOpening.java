package com.coopromo.community.service;

import com.coopromo.participation.service.EnrollmentOpening;
import org.springframework.stereotype.Component;

import javax.annotation.Resource;
import java.time.Instant;

/** Participation's enrollment gate, answered by the seller community's early access ({@link EarlyAccessService}). */
@Component("coopEnrollmentOpening")
public class CommunityEnrollmentOpening implements EnrollmentOpening {
    @Resource(name = "coopEarlyAccess")
    protected EarlyAccessService earlyAccess;

    @Override
    public Answer forSeller(long campaignId, long sellerId, Instant now) {
        return earlyAccess.forSeller(campaignId, sellerId, now);
    }

    @Override
    public void enrolledEarly(long enrollmentId, long campaignId, long sellerId, long listingId, Instant at) {
        earlyAccess.enrolledEarly(enrollmentId, campaignId, sellerId, listingId, at);
    }
}
