package com.coopromo.participation.domain;

import com.coopromo.common.domain.PolicyResult;

/** The host has stock for the listing, at least the campaign's minimum units (when the host tracks stock). */
public final class StockPolicy implements EnrollmentPolicy {
    public static final String RULE = "stock";

    @Override
    public PolicyResult check(EnrollmentCandidate c) {
        if (c.stockUnits == null) {
            return PolicyResult.allowed();
        }
        int needed = Math.max(1, c.campaign.minUnitsInStock());
        if (c.stockUnits < needed) {
            return PolicyResult.rejected(RULE, c.stockUnits + " unit(s) in stock; the campaign needs at least " + needed);
        }
        return PolicyResult.allowed();
    }
}
