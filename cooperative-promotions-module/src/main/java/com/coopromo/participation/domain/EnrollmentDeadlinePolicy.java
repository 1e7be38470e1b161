package com.coopromo.participation.domain;

import com.coopromo.common.domain.PolicyResult;

/** Enrollment is open until the deadline instant (in the campaign's time zone); at the deadline it is closed. */
public final class EnrollmentDeadlinePolicy implements EnrollmentPolicy {
    public static final String RULE = "enrollment deadline";

    @Override
    public PolicyResult check(EnrollmentCandidate c) {
        if (!c.now.isBefore(c.campaign.enrollmentDeadlineInstant())) {
            return PolicyResult.rejected(RULE, "enrollment closed at " + c.campaign.enrollmentDeadline() + " "
                    + c.campaign.zone() + " (it is now " + c.now.atZone(c.campaign.zone()).toLocalDateTime() + " there)");
        }
        return PolicyResult.allowed();
    }
}
