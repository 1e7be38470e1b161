package com.coopromo.participation.domain;

import com.coopromo.common.domain.PolicyResult;

/** A listing runs in one campaign at a time: it is not enrolled in another campaign whose window overlaps. */
public final class NoOverlappingCampaignPolicy implements EnrollmentPolicy {
    public static final String RULE = "overlapping campaign";

    @Override
    public PolicyResult check(EnrollmentCandidate c) {
        for (EnrollmentCandidate.OtherEnrollment other : c.otherEnrollments) {
            if (other.terms.overlaps(c.campaign)) {
                return PolicyResult.rejected(RULE, "the listing is already enrolled in '" + other.campaignName + "' ("
                        + other.terms.startsAt() + " to " + other.terms.endsAt() + " " + other.terms.zone()
                        + "), which overlaps this campaign");
            }
        }
        return PolicyResult.allowed();
    }
}
