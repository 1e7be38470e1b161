package com.coopromo.participation.domain;

import com.coopromo.campaign.domain.CampaignOption;
import com.coopromo.common.domain.PolicyResult;

/**
 * A campaign with the {@link CampaignOption#COORDINATED_DISCOUNT} option runs one discount for every enrolled listing:
 * its minimum viable discount. A seller cannot pick its own percentage there.
 */
public final class CoordinatedDiscountPolicy implements EnrollmentPolicy {
    public static final String RULE = "coordinated discount";

    @Override
    public PolicyResult check(EnrollmentCandidate c) {
        if (c.campaign.options().contains(CampaignOption.COORDINATED_DISCOUNT)
                && c.discountPercent.compareTo(c.campaign.minDiscountPercent()) != 0) {
            return PolicyResult.rejected(RULE, "this campaign runs one coordinated discount of "
                    + c.campaign.minDiscountPercent().stripTrailingZeros().toPlainString() + "% on every listing (was "
                    + c.discountPercent.stripTrailingZeros().toPlainString() + "%)");
        }
        return PolicyResult.allowed();
    }
}
