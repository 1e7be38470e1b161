package com.coopromo.campaign.domain;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * A complete, valid campaign to start tests from: each test changes only what it is about. Lightweight tier, Paris
 * time, running 2027-03-10 09:00 to 2027-03-20 09:00 (both CET, +01:00), discounts 10%-30%.
 */
public final class CampaignTermsFixture {
    public static final String ZONE = "Europe/Paris";
    public static final LocalDateTime STARTS_AT = LocalDateTime.of(2027, 3, 10, 9, 0);
    public static final LocalDateTime ENDS_AT = LocalDateTime.of(2027, 3, 20, 9, 0);
    public static final LocalDateTime ENROLLMENT_DEADLINE = LocalDateTime.of(2027, 3, 5, 18, 0);
    public static final LocalDateTime ASSET_DEADLINE = LocalDateTime.of(2027, 3, 8, 18, 0);

    private CampaignTermsFixture() {
    }

    public static CampaignTerms.Builder aValidCampaign() {
        return CampaignTerms.builder()
                .name("Back to school")
                .slug("back-to-school")
                .themeBrief("Pens, paper and bags for the new term.")
                .marketingMessage("Everything for the new term, from sellers near you")
                .objective(CampaignObjective.SEASONAL_TRAFFIC)
                .tier(CampaignTier.LIGHTWEIGHT)
                .stackingPolicy(StackingPolicy.BEST_OF)
                .timeZone(ZONE)
                .startsAt(STARTS_AT)
                .endsAt(ENDS_AT)
                .enrollmentDeadline(ENROLLMENT_DEADLINE)
                .assetDeadline(ASSET_DEADLINE)
                .minDiscountPercent(new BigDecimal("10"))
                .maxDiscountPercent(new BigDecimal("30"))
                .budget(new BigDecimal("5000.00"))
                .platformFundingPercent(new BigDecimal("40"))
                .minSellers(1)
                .maxSellerSharePercent(new BigDecimal("25"))
                .minUnitsInStock(1);
    }

    /** A valid campaign running [start, end) in the given zone, with both deadlines at its start. */
    public static CampaignTerms.Builder aCampaignRunning(String zone, LocalDateTime start, LocalDateTime end) {
        return aValidCampaign().timeZone(zone).startsAt(start).endsAt(end).enrollmentDeadline(start).assetDeadline(start);
    }

    public static LocalDateTime at(String localDateTime) {
        return LocalDateTime.parse(localDateTime);
    }
}
