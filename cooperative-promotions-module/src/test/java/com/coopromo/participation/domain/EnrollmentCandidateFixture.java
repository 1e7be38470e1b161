package com.coopromo.participation.domain;

import com.coopromo.campaign.domain.AssetKind;
import com.coopromo.campaign.domain.CampaignTerms;
import com.coopromo.campaign.domain.CampaignTermsFixture;
import com.coopromo.seller.domain.SellerStanding;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;

/**
 * A listing that passes every eligibility rule of {@link CampaignTermsFixture#aValidCampaign()} (10%-30%, enrollment
 * until 2027-03-05 18:00 Paris = 17:00Z): a good seller, 20.00 with a 10.00 floor, 50 in stock, 20% off, a banner
 * submitted, nothing enrolled yet. Each test changes only what it is about.
 */
final class EnrollmentCandidateFixture {
    static final Instant BEFORE_DEADLINE = Instant.parse("2027-03-01T12:00:00Z");

    private EnrollmentCandidateFixture() {
    }

    static CampaignTerms theCampaign() {
        return CampaignTermsFixture.aValidCampaign().build();
    }

    static EnrollmentCandidate.Builder anEligibleCandidate() {
        return anEligibleCandidateFor(theCampaign());
    }

    static EnrollmentCandidate.Builder anEligibleCandidateFor(CampaignTerms campaign) {
        return EnrollmentCandidate.builder(campaign)
                .seller("Acme Pens", SellerStanding.GOOD)
                .listing(dec("20.00"), dec("10.00"), 50)
                .discountPercent(dec("20"))
                .at(BEFORE_DEADLINE)
                .enrolled(0, 0)
                .submittedAssets(EnumSet.of(AssetKind.BANNER));
    }

    static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }
}
