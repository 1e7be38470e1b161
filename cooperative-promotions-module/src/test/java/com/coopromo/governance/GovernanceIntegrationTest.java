package com.coopromo.governance;

import com.coopromo.audit.AuditEventRecord;
import com.coopromo.audit.AuditLog;
import com.coopromo.audit.AuditPage;
import com.coopromo.audit.AuditQuery;
import com.coopromo.common.domain.Actor;
import com.coopromo.common.domain.ActorRole;
import com.coopromo.campaign.domain.CampaignAction;
import com.coopromo.campaign.domain.StackingPolicy;
import com.coopromo.governance.domain.AdjustmentKind;
import com.coopromo.pricing.host.PricingScenario;
import org.broadleafcommerce.core.catalog.domain.Sku;
import com.coopromo.campaign.domain.CampaignState;
import com.coopromo.campaign.domain.CampaignTerms;
import com.coopromo.campaign.domain.CampaignTier;
import com.coopromo.campaign.domain.Transition;
import com.coopromo.campaign.domain.TransitionRefusedException;
import com.coopromo.campaign.persistence.Campaign;
import com.coopromo.campaign.service.CampaignService;
import com.coopromo.common.domain.CoopValidationException;
import com.coopromo.common.time.CoopClock;
import com.coopromo.governance.domain.CommitteeRole;
import com.coopromo.governance.domain.DecisionKind;
import com.coopromo.governance.domain.DecisionStatus;
import com.coopromo.governance.domain.EscalationStep;
import com.coopromo.governance.domain.Overruler;
import com.coopromo.governance.domain.Term;
import com.coopromo.governance.domain.TierRights;
import com.coopromo.governance.domain.TierTimings;
import com.coopromo.governance.domain.Voter;
import com.coopromo.governance.domain.VoteChoice;
import com.coopromo.governance.service.CommitteeSeat;
import com.coopromo.governance.service.CommitteeView;
import com.coopromo.governance.service.DecisionDetail;
import com.coopromo.governance.service.GovernanceService;
import com.coopromo.infra.junit.CoopHostExtension;
import com.coopromo.infra.junit.TestHost;
import com.coopromo.participation.persistence.ParticipationImpl;
import com.coopromo.participation.service.ParticipationService;
import com.coopromo.seller.domain.SellerDraft;
import com.coopromo.seller.domain.SellerSegment;
import com.coopromo.seller.persistence.Seller;
import com.coopromo.seller.service.SellerService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The committee at work on the real host: decisions, votes, appeals and escalations stored in PostgreSQL, campaign
 * approvals carried out through the campaign service, and every step in the append-only audit log.
 * <p>
 * Each test seats a fresh committee of four whose first term started today (UTC), so in term 0 the chair is the
 * small seller's member, the reviewer the mid-size seller's, the secretary the large seller's, and the platform
 * marketer holds no office. Standard-tier decisions are voted by the three office holders; two agreeing votes settle them.
 */
@ExtendWith(CoopHostExtension.class)
class GovernanceIntegrationTest {
    private static final String ZONE = "Europe/Paris";
    private static final Actor ORGANIZER = new Actor("marketer@platform", ActorRole.ORGANIZER);
    private static final Actor ADMIN = new Actor("admin@platform", ActorRole.PLATFORM_ADMIN);

    private TestHost host;
    private GovernanceService governance;
    private CampaignService campaigns;
    private SellerService sellers;
    private ParticipationService participation;
    private AuditLog audit;
    private CoopClock clock;
    private String unique;
    private Seller small;
    private Seller mid;
    private Seller large;
    private String chair;
    private String reviewer;
    private String secretary;
    private String marketer;

    @BeforeEach
    void setUp(TestHost host) {
        this.host = host;
        governance = host.bean("coopGovernanceService", GovernanceService.class);
        campaigns = host.bean("coopCampaignService", CampaignService.class);
        sellers = host.bean("coopSellerService", SellerService.class);
        participation = host.bean("coopParticipationService", ParticipationService.class);
        audit = host.bean("coopAuditLog", AuditLog.class);
        clock = host.bean("coopClock", CoopClock.class);
        unique = UUID.randomUUID().toString().substring(0, 8);
        small = seller(SellerSegment.SMALL);
        mid = seller(SellerSegment.MID);
        large = seller(SellerSegment.LARGE);
        chair = "small-" + unique;
        reviewer = "mid-" + unique;
        secretary = "large-" + unique;
        marketer = "marketer-" + unique;
        governance.setUpCommittee("Committee " + unique, Arrays.asList(
                CommitteeSeat.seller(chair, small.getId()), CommitteeSeat.seller(reviewer, mid.getId()),
                CommitteeSeat.seller(secretary, large.getId()), CommitteeSeat.platformMarketer(marketer)),
                LocalDate.now(ZoneOffset.UTC), ZoneOffset.UTC, Period.ofWeeks(4), ADMIN);
    }

    @Test
    void aCommitteeWithoutALargeSellerIsRefusedNamingTheMissingSegment() {
        assertThatThrownBy(() -> governance.setUpCommittee("Unbalanced " + unique, Arrays.asList(
                CommitteeSeat.seller("s-" + unique, small.getId()), CommitteeSeat.seller("m-" + unique, mid.getId()),
                CommitteeSeat.platformMarketer("p-" + unique)), LocalDate.now(ZoneOffset.UTC), ZoneOffset.UTC, Period.ofWeeks(4), ADMIN))
                .isInstanceOf(CoopValidationException.class)
                .hasMessage("members: needs at least one LARGE seller member");
        assertThat(governance.currentCommittee().name()).as("the committee in office stays").isEqualTo("Committee " + unique);
    }

    @Test
    void theOfficeHoldersForAnyInstantFollowTheRotationAndTheAdminSeesTheTermsAhead() {
        Instant now = clock.instant();
        assertThat(governance.holderOf(CommitteeRole.CHAIR, now).id()).isEqualTo(chair);
        assertThat(governance.holderOf(CommitteeRole.SECRETARY, now).id()).isEqualTo(secretary);
        Instant nextTerm = now.plus(Duration.ofDays(28));
        assertThat(governance.holderOf(CommitteeRole.CHAIR, nextTerm).id()).as("the reviewer chairs the next term").isEqualTo(reviewer);

        List<Term> ahead = governance.rotationAhead(now, 4);
        assertThat(ahead).hasSize(4);
        assertThat(ahead.get(1).start()).isEqualTo(LocalDate.now(ZoneOffset.UTC).plusWeeks(4).atStartOfDay(ZoneOffset.UTC).toInstant());
        assertThat(ahead).extracting(t -> t.holderOf(CommitteeRole.CHAIR).id()).containsExactly(chair, reviewer, secretary, marketer);
    }

    @Test
    void aCampaignApprovalThatReachesItsQuorumApprovesTheCampaign() {
        Campaign campaign = submittedCampaign(CampaignTier.STANDARD);
        DecisionDetail opened = openedBySubmit(campaign);
        assertThat(campaigns.find(campaign.getId()).getState()).as("review starts when the committee takes it").isEqualTo(CampaignState.IN_REVIEW);
        assertThat(opened.decision().voters()).extracting(Voter::id).containsExactly(chair, reviewer, secretary);
        assertThat(governance.awaitingVote(chair)).extracting(DecisionDetail::id).contains(opened.id());

        governance.castVote(opened.id(), chair, VoteChoice.APPROVE, "brief is clear");
        assertThat(campaigns.find(campaign.getId()).getState()).as("one approval of two").isEqualTo(CampaignState.IN_REVIEW);
        DecisionDetail settled = governance.castVote(opened.id(), reviewer, VoteChoice.APPROVE, null);

        assertThat(settled.result().status()).isEqualTo(DecisionStatus.APPROVED);
        assertThat(campaigns.find(campaign.getId()).getState()).isEqualTo(CampaignState.APPROVED);
        Transition approval = last(campaigns.history(campaign.getId()));
        assertThat(approval.action()).isEqualTo(CampaignAction.APPROVE);
        assertThat(approval.actor()).isEqualTo(new Actor("committee", ActorRole.COMMITTEE));
        assertThat(approval.reason()).startsWith("decision #" + opened.id() + " APPROVED");
        assertThat(governance.awaitingVote(secretary)).extracting(DecisionDetail::id).doesNotContain(opened.id());
        assertThatThrownBy(() -> governance.castVote(opened.id(), secretary, VoteChoice.APPROVE, null))
                .isInstanceOf(CoopValidationException.class).hasMessageContaining("decision settled: ");
    }

    @Test
    void aSecondVoteByTheSameMemberIsRefusedSayingWhatTheyVotedBefore() {
        DecisionDetail opened = openedBySubmit(submittedCampaign(CampaignTier.STANDARD));
        governance.castVote(opened.id(), chair, VoteChoice.APPROVE, null);

        assertThatThrownBy(() -> governance.castVote(opened.id(), chair, VoteChoice.REJECT, "changed my mind"))
                .isInstanceOf(CoopValidationException.class)
                .hasMessageStartingWith("one vote each: " + chair + " already voted APPROVE at ");
        assertThat(governance.decision(opened.id()).votes()).hasSize(1);
    }

    @Test
    void aVoteAfterTheWindowClosedIsRefusedWithTheWindow() throws Exception {
        DecisionDetail opened = openedBySubmit(submittedCampaign(CampaignTier.STANDARD));
        Instant late = opened.decision().closesAt().plusSeconds(1);

        assertThatThrownBy(() -> at(late, () -> governance.castVote(opened.id(), chair, VoteChoice.APPROVE, null)))
                .isInstanceOf(CoopValidationException.class)
                .hasMessageContaining("voting window: votes are accepted from " + opened.decision().opensAt() + " until "
                        + opened.decision().closesAt() + " (exclusive); this vote was cast at " + late);
    }

    @Test
    void aSellersMemberMayNotVoteOnADisputeAboutThatSellersParticipation() {
        Campaign campaign = campaigns.create(terms(CampaignTier.STANDARD), ORGANIZER);
        ParticipationImpl p = participation.invite(campaign.getId(), small.getId());
        DecisionDetail dispute = governance.openDispute(p.getId(), "the seller's listings were priced above the cap", ADMIN);

        assertThat(dispute.decision().kind()).isEqualTo(DecisionKind.PARTICIPATION_DISPUTE);
        assertThat(dispute.decision().voters()).extracting(Voter::id).doesNotContain(chair);
        assertThatThrownBy(() -> governance.castVote(dispute.id(), chair, VoteChoice.REJECT, "not my fault"))
                .isInstanceOf(CoopValidationException.class)
                .hasMessageContaining("conflict of interest: " + chair + " represents seller " + small.getId()
                        + ", which this PARTICIPATION_DISPUTE involves");
    }

    @Test
    void anAppealAfterTheAppealWindowIsRefusedWithTheLastDay() throws Exception {
        Campaign campaign = submittedCampaign(CampaignTier.STANDARD);
        DecisionDetail rejected = rejectedByChairAndReviewer(campaign);
        Instant decidedAt = rejected.result().decidedAt();
        Instant tooLate = decidedAt.plus(Duration.ofDays(5)).plusSeconds(1);
        assertThat(governance.appealDeadline(rejected.id())).isEqualTo(decidedAt.plus(Duration.ofDays(5)));
        assertThat(governance.recentDecisions(1)).extracting(DecisionDetail::id).containsExactly(rejected.id());

        assertThatThrownBy(() -> at(tooLate, () -> governance.appeal(rejected.id(), null, "the banner was fixed", ORGANIZER)))
                .isInstanceOf(CoopValidationException.class)
                .hasMessageContaining("could be filed until " + decidedAt.plus(Duration.ofDays(5)))
                .hasMessageContaining("this one was filed at " + tooLate);
    }

    @Test
    void anAppealIsDecidedByTheMembersWhoDidNotDecideTheOriginal() {
        Campaign campaign = submittedCampaign(CampaignTier.STANDARD);
        DecisionDetail rejected = rejectedByChairAndReviewer(campaign);
        assertThat(campaigns.find(campaign.getId()).getState()).isEqualTo(CampaignState.REJECTED);

        DecisionDetail appeal = governance.appeal(rejected.id(), null, "the banner was fixed the same day", ORGANIZER);

        assertThat(appeal.decision().kind()).isEqualTo(DecisionKind.APPEAL);
        assertThat(appeal.decision().appealOf()).isEqualTo(rejected.id());
        assertThat(appeal.decision().voters()).extracting(Voter::id).containsExactly(secretary, marketer);
        assertThat(appeal.decision().excluded()).containsKeys(chair, reviewer);
        assertThatThrownBy(() -> governance.castVote(appeal.id(), chair, VoteChoice.APPROVE, null))
                .isInstanceOf(CoopValidationException.class).hasMessageContaining("they voted on the original");
        governance.castVote(appeal.id(), secretary, VoteChoice.APPROVE, "fixed");
        assertThat(governance.castVote(appeal.id(), marketer, VoteChoice.APPROVE, null).result().status()).isEqualTo(DecisionStatus.APPROVED);
        assertThatThrownBy(() -> governance.appeal(rejected.id(), null, "again", ORGANIZER))
                .isInstanceOf(CoopValidationException.class).hasMessageContaining("was already appealed");
        assertThat(campaigns.find(campaign.getId()).getState()).as("the upheld appeal approves the campaign")
                .isEqualTo(CampaignState.APPROVED);
        assertThat(last(campaigns.history(campaign.getId())).action()).isEqualTo(CampaignAction.APPEAL_UPHELD);
    }

    @Test
    void anApprovedPauseTakesTheListingOutOfTheCampaignsPricingAndAResumeBringsItBack() throws Exception {
        PricingScenario scenario = new PricingScenario(host);
        Sku sku = scenario.sku("20.00", null);
        PricingScenario.LiveCampaign live = scenario.live(scenario.terms(StackingPolicy.BEST_OF), "20", "12.00", sku);
        long listingId = live.listings[0].getId();
        assertThat(scenario.index.offerFor(sku.getId())).isNotNull();

        DecisionDetail pause = governance.requestAdjustment(live.id(), AdjustmentKind.PAUSE_LISTING, listingId,
                large.getId(), "the listing undercuts a partner's bundle", ORGANIZER);
        assertThat(governance.castVote(pause.id(), chair, VoteChoice.APPROVE, "agreed").result().status())
                .isEqualTo(DecisionStatus.APPROVED);

        assertThat(scenario.index.offerFor(sku.getId())).as("paused: no campaign discount").isNull();
        assertThat(audit.query(AuditQuery.all().action("LISTING_PAUSED").entity("LISTING", listingId)).total()).isEqualTo(1);

        DecisionDetail resume = governance.requestAdjustment(live.id(), AdjustmentKind.RESUME_LISTING, listingId,
                large.getId(), "the bundle ended", ORGANIZER);
        governance.castVote(resume.id(), chair, VoteChoice.APPROVE, "fine");

        assertThat(scenario.index.offerFor(sku.getId())).as("resumed").isNotNull();
    }

    @Test
    void aDecisionNotSettledByItsDeadlineEscalatesToTheChairThenThePlatformAdminWhoDecides() throws Exception {
        Campaign campaign = submittedCampaign(CampaignTier.STANDARD);
        DecisionDetail opened = openedBySubmit(campaign);
        Instant deadline = opened.decision().deadline();

        at(deadline.minusSeconds(1), () -> governance.escalateOverdue());
        assertThat(governance.decision(opened.id()).escalationLevel()).as("not yet due").isZero();

        at(deadline, () -> governance.escalateOverdue());
        // read as of the instant the test travelled to: a decision's count is always as of a moment
        DecisionDetail toChair = at(deadline, () -> governance.decision(opened.id()));
        assertThat(toChair.escalatedTo()).isEqualTo(Overruler.CHAIR);
        assertThat(toChair.result().status()).as("nobody voted").isEqualTo(DecisionStatus.NO_QUORUM);

        Instant adminStep = deadline.plus(Duration.ofDays(1));
        assertThat(at(adminStep, () -> governance.escalateOverdue())).isPositive();
        DecisionDetail toAdmin = governance.decision(opened.id());
        assertThat(toAdmin.escalatedTo()).isEqualTo(Overruler.PLATFORM_ADMIN);
        assertThat(toAdmin.escalationLevel()).isEqualTo(2);
        assertThat(toAdmin.escalatedAt()).isEqualTo(adminStep);
        List<AuditEventRecord> escalations = audit.query(AuditQuery.all().entity("DECISION", opened.id())
                .action("DECISION_ESCALATED")).events();
        assertThat(escalations).hasSize(2);
        assertThat(escalations.get(0).getDetail()).contains("escalated to PLATFORM_ADMIN");

        at(adminStep.plusSeconds(60), () -> governance.overrule(opened.id(), Overruler.PLATFORM_ADMIN, "admin@platform",
                DecisionStatus.APPROVED, "committee did not meet; brief checked by the platform"));
        assertThat(at(adminStep.plusSeconds(61), () -> governance.decision(opened.id())).result().status())
                .isEqualTo(DecisionStatus.APPROVED);
        assertThat(campaigns.find(campaign.getId()).getState()).isEqualTo(CampaignState.APPROVED);
        assertThat(last(campaigns.history(campaign.getId())).actor()).isEqualTo(new Actor("admin@platform", ActorRole.PLATFORM_ADMIN));
    }

    @Test
    void everyStepIsInTheAuditLogWhichTheDatabaseKeepsAppendOnly() throws Exception {
        Campaign campaign = submittedCampaign(CampaignTier.STANDARD);
        DecisionDetail opened = openedBySubmit(campaign);
        governance.castVote(opened.id(), chair, VoteChoice.APPROVE, null);
        governance.castVote(opened.id(), reviewer, VoteChoice.APPROVE, "good");

        AuditPage decisionLog = audit.query(AuditQuery.all().entity("DECISION", opened.id()));
        assertThat(decisionLog.events()).extracting(AuditEventRecord::getAction)
                .containsExactly("DECISION_SETTLED", "VOTE_CAST", "VOTE_CAST", "DECISION_OPENED");
        AuditEventRecord settled = decisionLog.events().get(0);
        assertThat(settled.getActorId()).isEqualTo(reviewer);
        assertThat(settled.getBefore()).contains("outcome=PENDING");
        assertThat(settled.getAfter()).contains("outcome=APPROVED").contains("status=DECIDED");
        assertThat(audit.query(AuditQuery.all().entity("CAMPAIGN", campaign.getId())).events())
                .extracting(AuditEventRecord::getAction)
                .containsExactly("CAMPAIGN_APPROVE", "CAMPAIGN_START_REVIEW", "CAMPAIGN_SUBMIT", "CAMPAIGN_CREATED");
        assertThat(audit.query(AuditQuery.all().actor(reviewer).action("VOTE_CAST")).total()).isEqualTo(1);
        AuditPage firstOfTwo = audit.query(AuditQuery.all().entity("DECISION", opened.id()).page(0, 2));
        assertThat(firstOfTwo.total()).isEqualTo(4);
        assertThat(firstOfTwo.hasNext()).isTrue();
        assertThat(audit.query(AuditQuery.all().entity("DECISION", opened.id()).until(opened.decision().opensAt())).total()).isZero();

        DataSource db = host.bean("coopHostDataSource", DataSource.class);
        long eventId = settled.getId();
        assertThatThrownBy(() -> execute(db, "update COOP_AUDIT_EVENT set ACTION = 'NOTHING' where EVENT_ID = " + eventId))
                .isInstanceOf(SQLException.class).hasMessageContaining("append-only: UPDATE is not allowed");
        assertThatThrownBy(() -> execute(db, "delete from COOP_AUDIT_EVENT where EVENT_ID = " + eventId))
                .isInstanceOf(SQLException.class).hasMessageContaining("append-only: DELETE is not allowed");
        assertThat(audit.query(AuditQuery.all().entity("DECISION", opened.id())).events().get(0).getAction()).isEqualTo("DECISION_SETTLED");
    }

    @Test
    void aTiersPathAndDeadlinesAreConfigurableAndApplyToDecisionsOpenedAfterwards() {
        TierTimings before = governance.escalationRules().forTier(CampaignTier.LIGHTWEIGHT);
        TierRights rights = governance.decisionRights().forTier(CampaignTier.LIGHTWEIGHT);
        try {
            governance.configureTier(CampaignTier.LIGHTWEIGHT, rights, new TierTimings(Duration.ofHours(12), Duration.ofHours(18),
                    Duration.ofDays(2), Collections.singletonList(new EscalationStep(Overruler.PLATFORM_ADMIN, Duration.ZERO))), ADMIN);

            DecisionDetail opened = governance.openCampaignApproval(submittedCampaign(CampaignTier.LIGHTWEIGHT).getId(), null, ORGANIZER);

            assertThat(Duration.between(opened.decision().opensAt(), opened.decision().closesAt())).isEqualTo(Duration.ofHours(12));
            assertThat(Duration.between(opened.decision().opensAt(), opened.decision().deadline())).isEqualTo(Duration.ofHours(18));
            assertThat(opened.decision().escalationPath()).containsExactly(new EscalationStep(Overruler.PLATFORM_ADMIN, Duration.ZERO));
            assertThat(audit.query(AuditQuery.all().entity("GOVERNANCE_TIER", "LIGHTWEIGHT")).events().get(0).getAfter())
                    .contains("votingWindow=PT12H").contains("path=[PLATFORM_ADMIN after PT0S]");
        } finally {
            governance.configureTier(CampaignTier.LIGHTWEIGHT, rights, before, ADMIN);
        }
    }

    // ---- approval goes through the committee ----

    @Test
    void submittingAStandardCampaignPutsItToTheCommitteeAndOnlyItsQuorumApprovesIt() throws Exception {
        Campaign campaign = submittedCampaign(CampaignTier.STANDARD);
        DecisionDetail opened = openedBySubmit(campaign);
        assertThat(campaign.getState()).as("the committee took it into review").isEqualTo(CampaignState.IN_REVIEW);
        assertThat(opened.openedBy()).isEqualTo(ORGANIZER.id());

        assertThatThrownBy(() -> campaigns.act(campaign.getId(), CampaignAction.APPROVE, ADMIN, "looks fine"))
                .isInstanceOf(TransitionRefusedException.class)
                .hasMessage("'" + campaign.getName() + "' is waiting for the committee's decision (decision #" + opened.id()
                        + ", 0 of 2 votes to approve)");
        assertThat(storedState(campaign.getId())).isEqualTo("IN_REVIEW");
        assertThat(storedTransitions(campaign.getId())).as("SUBMIT and START_REVIEW only").isEqualTo(2);

        governance.castVote(opened.id(), chair, VoteChoice.APPROVE, "brief is clear");
        assertThatThrownBy(() -> campaigns.act(campaign.getId(), CampaignAction.APPROVE,
                new Actor(reviewer, ActorRole.REVIEWER), null))
                .isInstanceOf(TransitionRefusedException.class)
                .hasMessageEndingWith("is waiting for the committee's decision (decision #" + opened.id()
                        + ", 1 of 2 votes to approve)");
        assertThatThrownBy(() -> campaigns.act(campaign.getId(), CampaignAction.REJECT, ADMIN, "too expensive"))
                .isInstanceOf(TransitionRefusedException.class).hasMessageContaining("is waiting for the committee's decision");
        assertThat(storedState(campaign.getId())).as("one approval of two moves nothing").isEqualTo("IN_REVIEW");
        assertThat(storedTransitions(campaign.getId())).isEqualTo(2);
        assertThat(audit.query(AuditQuery.all().entity("CAMPAIGN", campaign.getId()).action("CAMPAIGN_APPROVE")).total()).isZero();

        governance.castVote(opened.id(), reviewer, VoteChoice.APPROVE, null);
        assertThat(storedState(campaign.getId())).isEqualTo("APPROVED");
        assertThat(last(campaigns.history(campaign.getId())).actor()).isEqualTo(new Actor("committee", ActorRole.COMMITTEE));
    }

    @Test
    void aCommitteeRejectionSendsTheCampaignToRejectedAndAResubmissionOpensANewDecision() {
        Campaign campaign = submittedCampaign(CampaignTier.FLAGSHIP);
        DecisionDetail opened = openedBySubmit(campaign);
        assertThat(opened.decision().voters()).as("the whole committee votes on a flagship")
                .extracting(Voter::id).containsExactlyInAnyOrder(chair, reviewer, secretary, marketer);
        governance.castVote(opened.id(), chair, VoteChoice.REJECT, "the window clashes with the holiday sale");
        governance.castVote(opened.id(), reviewer, VoteChoice.REJECT, "agree");
        governance.castVote(opened.id(), marketer, VoteChoice.REJECT, "agree");
        assertThat(storedState(campaign.getId())).isEqualTo("REJECTED");

        campaigns.act(campaign.getId(), CampaignAction.REVISE, ORGANIZER, null);
        Campaign again = campaigns.act(campaign.getId(), CampaignAction.SUBMIT, ORGANIZER, null);
        assertThat(again.getState()).isEqualTo(CampaignState.IN_REVIEW);
        List<DecisionDetail> decisions = governance.decisionsOf(campaign.getId());
        assertThat(decisions).hasSize(2);
        assertThat(decisions).filteredOn(d -> !d.result().status().isSettled()).hasSize(1);
    }

    @Test
    void aPlatformOverruleNeedsAReasonIsAuditedAndMovesTheCampaign() {
        Campaign campaign = submittedCampaign(CampaignTier.STANDARD);
        DecisionDetail opened = openedBySubmit(campaign);

        assertThatThrownBy(() -> governance.overrule(opened.id(), Overruler.PLATFORM_ADMIN, "admin@platform",
                DecisionStatus.APPROVED, " "))
                .isInstanceOf(CoopValidationException.class).hasMessageContaining("an overrule needs a reason");
        assertThat(storedState(campaign.getId())).isEqualTo("IN_REVIEW");

        governance.overrule(opened.id(), Overruler.PLATFORM_ADMIN, "admin@platform", DecisionStatus.APPROVED,
                "the committee is on holiday; brief and assets checked by the platform");

        assertThat(storedState(campaign.getId())).isEqualTo("APPROVED");
        Transition approval = last(campaigns.history(campaign.getId()));
        assertThat(approval.actor()).isEqualTo(new Actor("admin@platform", ActorRole.PLATFORM_ADMIN));
        assertThat(approval.reason()).contains("the committee is on holiday; brief and assets checked by the platform");
        AuditEventRecord overruled = audit.query(AuditQuery.all().entity("DECISION", opened.id())
                .action("DECISION_OVERRULED")).events().get(0);
        assertThat(overruled.getActorId()).isEqualTo("admin@platform");
        assertThat(overruled.getDetail()).isEqualTo("the committee is on holiday; brief and assets checked by the platform");
    }

    @Test
    void theCampaignServiceCarriesOutOnlyWhatADecisionSettled() {
        Campaign campaign = submittedCampaign(CampaignTier.STANDARD);
        DecisionDetail opened = openedBySubmit(campaign);

        assertThatThrownBy(() -> campaigns.carryOutDecision(campaign.getId(), opened.id(), CampaignAction.APPROVE,
                new Actor("committee", ActorRole.COMMITTEE), "decided"))
                .isInstanceOf(TransitionRefusedException.class)
                .hasMessage("decision #" + opened.id() + " does not allow APPROVE on '" + campaign.getName() + "'");
        assertThatThrownBy(() -> campaigns.act(campaign.getId(), CampaignAction.APPEAL_UPHELD, ADMIN, "upheld"))
                .isInstanceOf(TransitionRefusedException.class);
        assertThat(storedState(campaign.getId())).isEqualTo("IN_REVIEW");
    }

    @Test
    void aLightweightCampaignIsStillApprovedDirectlyByOneReviewer() {
        Campaign campaign = submittedCampaign(CampaignTier.LIGHTWEIGHT);
        assertThat(campaign.getState()).isEqualTo(CampaignState.SUBMITTED);
        assertThat(governance.decisionsOf(campaign.getId())).as("no committee decision for a one-reviewer tier").isEmpty();
        Actor rita = new Actor("rita@platform", ActorRole.REVIEWER);

        campaigns.act(campaign.getId(), CampaignAction.START_REVIEW, rita, null);
        campaigns.act(campaign.getId(), CampaignAction.APPROVE, rita, "brief and banner are fine");

        assertThat(storedState(campaign.getId())).isEqualTo("APPROVED");
        assertThat(last(campaigns.history(campaign.getId())).actor()).isEqualTo(rita);
    }

    // ---- helpers ----

    private DecisionDetail rejectedByChairAndReviewer(Campaign campaign) {
        DecisionDetail opened = openedBySubmit(campaign);
        governance.castVote(opened.id(), chair, VoteChoice.REJECT, "the banner has no alt text");
        DecisionDetail rejected = governance.castVote(opened.id(), reviewer, VoteChoice.REJECT, "agree");
        assertThat(rejected.result().status()).isEqualTo(DecisionStatus.REJECTED);
        return rejected;
    }

    /** The committee decision that submitting a committee-reviewed campaign opened. */
    private DecisionDetail openedBySubmit(Campaign campaign) {
        List<DecisionDetail> decisions = governance.decisionsOf(campaign.getId());
        assertThat(decisions).as("submitting put the campaign to the committee").hasSize(1);
        assertThat(decisions.get(0).decision().kind()).isEqualTo(DecisionKind.CAMPAIGN_APPROVAL);
        return decisions.get(0);
    }

    private Campaign submittedCampaign(CampaignTier tier) {
        Campaign campaign = campaigns.create(terms(tier), ORGANIZER);
        return campaigns.act(campaign.getId(), CampaignAction.SUBMIT, ORGANIZER, null);
    }

    private CampaignTerms.Builder terms(CampaignTier tier) {
        LocalDateTime start = LocalDateTime.now(ZoneId.of(ZONE)).truncatedTo(ChronoUnit.MINUTES).plusDays(20);
        String id = UUID.randomUUID().toString().substring(0, 8);
        return CampaignTerms.builder()
                .name("Garden week " + id).slug("garden-week-" + id)
                .themeBrief("Tools and seeds from independent growers.")
                .marketingMessage("Garden week: up to 25% off")
                .tier(tier).timeZone(ZONE).minSellers(tier.rules().minimumSellers())
                .startsAt(start).endsAt(start.plusDays(7)).enrollmentDeadline(start.minusDays(3)).assetDeadline(start.minusDays(3))
                .minDiscountPercent(new BigDecimal("10")).maxDiscountPercent(new BigDecimal("25"))
                .budget(new BigDecimal("2000.00")).platformFundingPercent(new BigDecimal("50"));
    }

    private Seller seller(SellerSegment segment) {
        return sellers.registerSeller(new SellerDraft("gov-" + segment.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8),
                segment.label() + " seller " + unique, segment, null, null));
    }

    private <T> T at(Instant instant, Callable<T> work) throws Exception {
        return clock.callAt(instant, work);
    }

    private static Transition last(List<Transition> history) {
        return history.get(history.size() - 1);
    }

    /** The campaign's state as stored, read past every cache. */
    private String storedState(long campaignId) {
        return queryString("select STATE from COOP_CAMPAIGN where CAMPAIGN_ID = " + campaignId);
    }

    private long storedTransitions(long campaignId) {
        return Long.parseLong(queryString("select count(*) from COOP_CAMPAIGN_TRANSITION where CAMPAIGN_ID = " + campaignId));
    }

    private String queryString(String sql) {
        DataSource db = host.bean("coopHostDataSource", DataSource.class);
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void execute(DataSource db, String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
