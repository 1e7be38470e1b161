package com.coopromo.community;

import com.coopromo.audit.AuditEventRecord;
import com.coopromo.audit.AuditLog;
import com.coopromo.audit.AuditQuery;
import com.coopromo.campaign.domain.AssetKind;
import com.coopromo.campaign.domain.CampaignAction;
import com.coopromo.campaign.domain.CampaignState;
import com.coopromo.campaign.domain.StackingPolicy;
import com.coopromo.campaign.persistence.Campaign;
import com.coopromo.common.domain.CoopValidationException;
import com.coopromo.common.domain.FieldError;
import com.coopromo.community.service.EarlyAccessService;
import com.coopromo.infra.junit.CoopHostExtension;
import com.coopromo.infra.junit.TestHost;
import com.coopromo.participation.persistence.EnrollmentImpl;
import com.coopromo.participation.persistence.ParticipationImpl;
import com.coopromo.pricing.host.PricingScenario;
import com.coopromo.seller.domain.ListingDraft;
import com.coopromo.seller.domain.SellerDraft;
import com.coopromo.seller.domain.SellerSegment;
import com.coopromo.seller.persistence.Seller;
import com.coopromo.seller.persistence.SellerListing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Early access on the real host: a scheduled campaign with a 48-hour lead period lets a seller with a good record
 * (a completed campaign, nothing withdrawn or late) enroll at once, flagged and audited; a newcomer is refused in one
 * sentence saying when enrollment opens, and enrolls, unflagged, once it has.
 */
@ExtendWith(CoopHostExtension.class)
class EarlyAccessIntegrationTest {

    @Test
    void aSellerWithAGoodRecordEnrollsBeforeTheOthersFlaggedAndAudited(TestHost host) throws Exception {
        PricingScenario scenario = new PricingScenario(host);
        EarlyAccessService opening = host.bean("coopEarlyAccess", EarlyAccessService.class);
        AuditLog audit = host.bean("coopAuditLog", AuditLog.class);

        // the experienced seller completed a campaign
        PricingScenario.LiveCampaign past = scenario.live(scenario.terms(StackingPolicy.BEST_OF), "20", "10.00",
                scenario.sku("20.00", null));
        Instant afterEnd = past.campaign.toTerms().endInstant().plusSeconds(60);
        scenario.clock.callAt(afterEnd, () -> scenario.campaigns.advanceClock());
        assertThat(scenario.campaigns.find(past.id()).getState()).isEqualTo(CampaignState.ENDED);
        Seller experienced = past.seller;
        Seller newcomer = scenario.sellers.registerSeller(new SellerDraft("early-" + UUID.randomUUID().toString().substring(0, 8),
                "Newcomer " + UUID.randomUUID().toString().substring(0, 4), SellerSegment.SMALL, null, null));
        assertThat(opening.hasGoodRecord(experienced.getId())).isTrue();
        assertThat(opening.hasGoodRecord(newcomer.getId())).isFalse();

        // a campaign starting in 5 days, both sellers accepted before it is scheduled
        LocalDateTime now = LocalDateTime.now(ZoneId.of(PricingScenario.ZONE));
        Campaign campaign = scenario.campaigns.create(scenario.terms(StackingPolicy.BEST_OF).startsAt(now.plusDays(5))
                .endsAt(now.plusDays(7)).enrollmentDeadline(now.plusDays(4)).assetDeadline(now.plusDays(4)),
                PricingScenario.ORGANIZER);
        ParticipationImpl early = join(scenario, campaign, experienced);
        ParticipationImpl late = join(scenario, campaign, newcomer);
        for (CampaignAction step : new CampaignAction[]{CampaignAction.SUBMIT, CampaignAction.START_REVIEW,
                CampaignAction.APPROVE, CampaignAction.SCHEDULE}) {
            scenario.campaigns.act(campaign.getId(), step, step == CampaignAction.SUBMIT || step == CampaignAction.SCHEDULE
                    ? PricingScenario.ORGANIZER : PricingScenario.REVIEWER, null);
        }
        assertThat(scenario.campaigns.find(campaign.getId()).getState()).isEqualTo(CampaignState.SCHEDULED);
        assertThat(opening.opensForAll(campaign.getId())).as("no lead period by default").isNull();
        opening.setLeadHours(campaign.getId(), 48, PricingScenario.ORGANIZER);
        Instant opens = opening.opensForAll(campaign.getId());
        assertThat(opens).isAfter(Instant.now().plusSeconds(47 * 3600)).isBefore(Instant.now().plusSeconds(49 * 3600));

        SellerListing newcomerListing = listing(scenario, newcomer);
        String when = DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm", Locale.ENGLISH)
                .format(opens.atZone(ZoneId.of(PricingScenario.ZONE)));
        assertThatThrownBy(() -> scenario.participation.enroll(late.getId(), newcomerListing.getId(), new BigDecimal("20")))
                .isInstanceOf(CoopValidationException.class)
                .satisfies(e -> assertThat(((CoopValidationException) e).errors()).extracting(FieldError::toString)
                        .containsExactly("enrollment: Enrollment in '" + campaign.getName() + "' opens for every seller on "
                                + when + " (" + PricingScenario.ZONE + "); sellers with a good record may enroll before that."));

        EnrollmentImpl first = scenario.participation.enroll(early.getId(), listing(scenario, experienced).getId(),
                new BigDecimal("20"));
        assertThat(opening.isEarly(first.getId())).isTrue();
        List<AuditEventRecord> flagged = audit.query(AuditQuery.all().action("EARLY_ACCESS_ENROLLMENT")
                .entity("ENROLLMENT", first.getId())).events();
        assertThat(flagged).hasSize(1);
        assertThat(flagged.get(0).getDetail()).startsWith("Seller " + experienced.getId() + " enrolled listing ");

        EnrollmentImpl second = scenario.clock.callAt(opens.plusSeconds(60), () -> scenario.participation.enroll(
                late.getId(), newcomerListing.getId(), new BigDecimal("20")));
        assertThat(opening.isEarly(second.getId())).as("enrolled once enrollment opened for everyone").isFalse();
        assertThat(audit.query(AuditQuery.all().action("EARLY_ACCESS_ENROLLMENT").entity("ENROLLMENT", second.getId()))
                .events()).isEmpty();
    }

    private static ParticipationImpl join(PricingScenario scenario, Campaign campaign, Seller seller) {
        ParticipationImpl p = scenario.participation.accept(scenario.participation.invite(campaign.getId(), seller.getId()).getId());
        return scenario.participation.submitAssets(p.getId(), EnumSet.of(AssetKind.BANNER));
    }

    private static SellerListing listing(PricingScenario scenario, Seller seller) {
        return scenario.sellers.addListing(new ListingDraft(seller.getId(), scenario.sku("30.00", null).getId(),
                new BigDecimal("10.00"), 1, 3));
    }
}
