package com.coopromo.pricing.ledger;

import com.coopromo.common.domain.Actor;
import com.coopromo.common.domain.ActorRole;
import com.coopromo.campaign.domain.CampaignTerms;
import com.coopromo.campaign.domain.CampaignTier;
import com.coopromo.campaign.service.CampaignService;
import com.coopromo.infra.junit.TestHost;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** A fresh campaign with the given platform budget, on the real host. */
final class LedgerFixture {
    private static final String ZONE = "Europe/Paris";
    private static final Actor ORGANIZER = new Actor("marketer@platform", ActorRole.ORGANIZER);

    private LedgerFixture() {
    }

    static long campaignWithBudget(TestHost host, String budget) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        LocalDateTime start = LocalDateTime.now(ZoneId.of(ZONE)).truncatedTo(ChronoUnit.MINUTES).plusDays(10);
        CampaignTerms.Builder terms = CampaignTerms.builder()
                .name("Budget " + unique).slug("budget-" + unique)
                .themeBrief("A campaign whose platform budget is spent by checkouts.")
                .tier(CampaignTier.LIGHTWEIGHT).timeZone(ZONE)
                .startsAt(start).endsAt(start.plusDays(14))
                .enrollmentDeadline(start.minusDays(2)).assetDeadline(start.minusDays(2))
                .minDiscountPercent(new BigDecimal("10")).maxDiscountPercent(new BigDecimal("30"))
                .budget(new BigDecimal(budget)).platformFundingPercent(new BigDecimal("40"));
        return host.bean("coopCampaignService", CampaignService.class).create(terms, ORGANIZER).getId();
    }

    static BigDecimal money(String value) {
        return new BigDecimal(value);
    }

    static BigDecimal cents(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }
}
