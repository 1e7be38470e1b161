package com.coopromo.campaign;

import com.coopromo.common.domain.Actor;
import com.coopromo.common.domain.ActorRole;
import com.coopromo.campaign.domain.AssetKind;
import com.coopromo.campaign.domain.CampaignAction;
import com.coopromo.campaign.domain.CampaignState;
import com.coopromo.campaign.domain.CampaignTerms;
import com.coopromo.campaign.domain.CampaignTier;
import com.coopromo.campaign.domain.Transition;
import com.coopromo.campaign.domain.TransitionRefusedException;
import com.coopromo.campaign.persistence.Campaign;
import com.coopromo.campaign.service.CampaignService;
import com.coopromo.common.domain.CoopValidationException;
import com.coopromo.common.domain.FieldError;
import com.coopromo.infra.junit.CoopHostExtension;
import com.coopromo.infra.junit.TestHost;
import com.coopromo.participation.domain.ParticipationState;
import com.coopromo.participation.persistence.ParticipationImpl;
import com.coopromo.participation.service.ParticipationService;
import com.coopromo.seller.domain.ListingDraft;
import com.coopromo.seller.domain.SellerDraft;
import com.coopromo.seller.domain.SellerSegment;
import com.coopromo.seller.persistence.Seller;
import com.coopromo.seller.persistence.SellerListing;
import com.coopromo.seller.service.SellerService;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Campaigns, their lifecycle and enrollment on the real host (Broadleaf + PostgreSQL with the Liquibase schema). */
@ExtendWith(CoopHostExtension.class)
class CampaignAndEnrollmentIntegrationTest {
    private static final String ZONE = "Europe/Paris";
    private static final Actor ORGANIZER = new Actor("marketer@platform", ActorRole.ORGANIZER);
    private static final Actor REVIEWER = new Actor("reviewer@platform", ActorRole.REVIEWER);

    private TestHost host;
    private CampaignService campaigns;
    private ParticipationService participation;
    private SellerService sellers;
    private CatalogService catalog;
    private String unique;

    @BeforeEach
    void setUp(TestHost host) {
        this.host = host;
        campaigns = host.bean("coopCampaignService", CampaignService.class);
        participation = host.bean("coopParticipationService", ParticipationService.class);
        sellers = host.bean("coopSellerService", SellerService.class);
        catalog = host.bean("blCatalogService", CatalogService.class);
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    private static LocalDateTime parisNow() {
        return LocalDateTime.now(ZoneId.of(ZONE)).truncatedTo(ChronoUnit.MINUTES);
    }

    private CampaignTerms.Builder terms(LocalDateTime start, LocalDateTime end, LocalDateTime deadline) {
        return CampaignTerms.builder()
                .name("Back to school " + unique).slug("back-to-school-" + unique)
                .themeBrief("Everything a pupil needs, from independent sellers.")
                .marketingMessage("Back to school: up to 30% off")
                .tier(CampaignTier.LIGHTWEIGHT).timeZone(ZONE)
                .startsAt(start).endsAt(end).enrollmentDeadline(deadline).assetDeadline(deadline)
                .minDiscountPercent(new BigDecimal("10")).maxDiscountPercent(new BigDecimal("30"))
                .budget(new BigDecimal("5000.00")).platformFundingPercent(new BigDecimal("40"));
    }

    private CampaignTerms.Builder upcoming() {
        LocalDateTime start = parisNow().plusDays(10);
        return terms(start, start.plusDays(14), start.minusDays(2));
    }

    @Test
    void aCampaignIsCreatedAsDraftAndMovesThroughReviewWithEveryStepRecorded() {
        Campaign created = campaigns.create(upcoming(), ORGANIZER);
        assertThat(created.getState()).isEqualTo(CampaignState.DRAFT);
        assertThat(campaigns.findBySlug("back-to-school-" + unique).toTerms().platformFundingPercent()).isEqualByComparingTo("40");

        long id = created.getId();
        campaigns.act(id, CampaignAction.SUBMIT, ORGANIZER, null);
        campaigns.act(id, CampaignAction.START_REVIEW, REVIEWER, null);
        assertThatThrownBy(() -> campaigns.act(id, CampaignAction.APPROVE, ORGANIZER, null))
                .isInstanceOf(TransitionRefusedException.class).hasMessageContaining("may not APPROVE");
        campaigns.act(id, CampaignAction.APPROVE, REVIEWER, "brief and banner are fine");
        assertThatThrownBy(() -> campaigns.act(id, CampaignAction.SCHEDULE, ORGANIZER, null))
                .isInstanceOf(TransitionRefusedException.class)
                .hasMessage("'Back to school " + unique + "' needs at least 1 accepted seller(s) before it is scheduled (it has 0)");
        participation.accept(participation.invite(id, newSeller().getId()).getId());
        Campaign scheduled = campaigns.act(id, CampaignAction.SCHEDULE, ORGANIZER, null);

        assertThat(scheduled.getState()).isEqualTo(CampaignState.SCHEDULED);
        List<Transition> history = campaigns.history(id);
        assertThat(history).extracting(Transition::to).containsExactly(
                CampaignState.SUBMITTED, CampaignState.IN_REVIEW, CampaignState.APPROVED, CampaignState.SCHEDULED);
        assertThat(history.get(2).actor().id()).isEqualTo("reviewer@platform");
        assertThat(history.get(2).reason()).isEqualTo("brief and banner are fine");
        assertThat(campaigns.advanceClock()).as("the window has not started").isZero();
    }

    @Test
    void severalMovesOfOneCampaignInOneTransactionEachSeeTheOneBefore() {
        long id = campaigns.create(upcoming(), ORGANIZER).getId();

        Campaign approved = host.inTransaction(status -> {
            campaigns.act(id, CampaignAction.SUBMIT, ORGANIZER, null);
            campaigns.act(id, CampaignAction.START_REVIEW, REVIEWER, null);
            return campaigns.act(id, CampaignAction.APPROVE, REVIEWER, "all in one go");
        });

        assertThat(approved.getState()).isEqualTo(CampaignState.APPROVED);
        assertThat(campaigns.history(id)).extracting(Transition::to)
                .containsExactly(CampaignState.SUBMITTED, CampaignState.IN_REVIEW, CampaignState.APPROVED);
    }

    @Test
    void theClockTakesAScheduledCampaignLiveOnceItsStartHasPassed() throws Exception {
        LocalDateTime start = parisNow().minusHours(1);
        long id = campaigns.create(terms(start, start.plusDays(7), start.minusDays(1)), ORGANIZER).getId();
        Seller seller = newSeller();
        host.bean("coopClock", com.coopromo.common.time.CoopClock.class).callAt(start.minusDays(2).atZone(ZoneId.of(ZONE)).toInstant(),
                () -> participation.accept(participation.invite(id, seller.getId()).getId()));
        for (CampaignAction step : new CampaignAction[]{CampaignAction.SUBMIT, CampaignAction.START_REVIEW,
                CampaignAction.APPROVE, CampaignAction.SCHEDULE}) {
            campaigns.act(id, step, step == CampaignAction.SUBMIT || step == CampaignAction.SCHEDULE ? ORGANIZER : REVIEWER, null);
        }

        assertThat(campaigns.advanceClock()).isGreaterThanOrEqualTo(1);

        assertThat(campaigns.find(id).getState()).isEqualTo(CampaignState.LIVE);
        Transition live = campaigns.history(id).get(4);
        assertThat(live.actor()).isEqualTo(Actor.CLOCK);
        assertThat(live.at()).isEqualTo(start.atZone(ZoneId.of(ZONE)).toInstant());
    }

    @Test
    void badTermsAreRefusedNamingEachFieldAndNothingIsSaved() {
        campaigns.create(upcoming(), ORGANIZER);
        int before = campaigns.findAll().size();
        LocalDateTime start = parisNow().plusDays(10);

        assertThatThrownBy(() -> campaigns.create(terms(start, start.minusDays(1), start.minusDays(2))
                        .maxDiscountPercent(new BigDecimal("5")).budget(new BigDecimal("-1")).timeZone("Mars/Olympus"),
                ORGANIZER))
                .isInstanceOf(CoopValidationException.class)
                .satisfies(e -> assertThat(((CoopValidationException) e).errors()).extracting(FieldError::field)
                        .contains("slug", "timeZone", "maxDiscountPercent", "budget"));
        assertThat(campaigns.findAll()).hasSize(before);
    }

    @Test
    void aDuplicateSlugIsRefusedNamingTheCampaignThatHasIt() {
        campaigns.create(upcoming(), ORGANIZER);
        assertThatThrownBy(() -> campaigns.create(upcoming().name("Another"), ORGANIZER))
                .isInstanceOf(CoopValidationException.class)
                .hasMessage("slug: 'back-to-school-" + unique + "' is already used by campaign 'Back to school " + unique + "'");
    }

    @Test
    void aCloneKeepsTheRulesMovesTheWindowAndTakesNoParticipants() {
        Campaign source = campaigns.create(upcoming().extraRequiredAssets(EnumSet.of(AssetKind.COPY_BLOCK)), ORGANIZER);
        Seller seller = newSeller();
        participation.invite(source.getId(), seller.getId());
        LocalDateTime newStart = parisNow().plusDays(60);

        Campaign clone = campaigns.cloneAsTemplate(source.getId(), "Winter clear-out " + unique, "winter-" + unique, newStart, ORGANIZER);

        CampaignTerms copy = clone.toTerms();
        CampaignTerms original = source.toTerms();
        assertThat(clone.getState()).isEqualTo(CampaignState.DRAFT);
        assertThat(clone.getClonedFromId()).isEqualTo(source.getId());
        assertThat(copy.themeBrief()).isEqualTo(original.themeBrief());
        assertThat(copy.requiredAssets()).isEqualTo(original.requiredAssets());
        assertThat(copy.maxDiscountPercent()).isEqualByComparingTo(original.maxDiscountPercent());
        assertThat(copy.startsAt()).isEqualTo(newStart);
        assertThat(ChronoUnit.HOURS.between(copy.enrollmentDeadline(), copy.startsAt()))
                .isEqualTo(ChronoUnit.HOURS.between(original.enrollmentDeadline(), original.startsAt()));
        assertThat(participation.participationsOf(clone.getId())).isEmpty();
    }

    @Test
    void anAcceptedSellerEnrollsAListingAndEveryFailedRuleIsReportedAtOnce() {
        Campaign campaign = campaigns.create(upcoming(), ORGANIZER);
        Seller seller = newSeller();
        SellerListing listing = newListing(seller, "20.00", "16.00");

        ParticipationImpl invited = participation.invite(campaign.getId(), seller.getId());
        assertThat(invited.getState()).isEqualTo(ParticipationState.INVITED);
        assertThatThrownBy(() -> participation.enroll(invited.getId(), listing.getId(), new BigDecimal("15")))
                .hasMessageContaining("this needs [ACCEPTED]");
        ParticipationImpl accepted = participation.accept(invited.getId());

        assertThatThrownBy(() -> participation.enroll(accepted.getId(), listing.getId(), new BigDecimal("35")))
                .isInstanceOf(CoopValidationException.class)
                .satisfies(e -> assertThat(((CoopValidationException) e).errors()).extracting(FieldError::field)
                        .containsExactly("discount range", "margin floor", "required assets"));
        assertThat(participation.enrollmentsOf(campaign.getId())).isEmpty();

        participation.submitAssets(accepted.getId(), EnumSet.of(AssetKind.BANNER));
        participation.enroll(accepted.getId(), listing.getId(), new BigDecimal("20"));

        assertThat(participation.enrollmentsOf(campaign.getId()))
                .extracting(e -> e.getDiscountPercent().toPlainString()).containsExactly("20.00");
    }

    @Test
    void joiningAfterTheEnrollmentDeadlineIsRefusedWithTheDeadlineInTheCampaignsZone() {
        LocalDateTime start = parisNow().plusDays(1);
        LocalDateTime deadline = parisNow().minusMinutes(1);
        Campaign campaign = campaigns.create(terms(start, start.plusDays(3), deadline), ORGANIZER);
        Seller seller = newSeller();

        assertThatThrownBy(() -> participation.invite(campaign.getId(), seller.getId()))
                .isInstanceOf(CoopValidationException.class)
                .hasMessage("enrollmentDeadline: enrollment for 'Back to school " + unique + "' closed at " + deadline + " " + ZONE);
        assertThat(participation.participationsOf(campaign.getId())).isEmpty();
    }

    private Seller newSeller() {
        return sellers.registerSeller(new SellerDraft("seller-" + UUID.randomUUID().toString().substring(0, 8),
                "Seller " + unique, SellerSegment.SMALL, null, null));
    }

    private SellerListing newListing(Seller seller, String price, String floor) {
        Sku sku = host.inTransaction(status -> {
            Sku s = catalog.createSku();
            s.setName("Pencil case " + unique);
            s.setRetailPrice(new Money(new BigDecimal(price)));
            s.setActiveStartDate(new Date(System.currentTimeMillis() - 86_400_000L));
            return catalog.saveSku(s);
        });
        return sellers.addListing(new ListingDraft(seller.getId(), sku.getId(), new BigDecimal(floor), 1, 3));
    }
}
