package com.coopromo.settlement;

import com.coopromo.audit.AuditEventRecord;
import com.coopromo.audit.AuditLog;
import com.coopromo.audit.AuditQuery;
import com.coopromo.campaign.domain.CampaignState;
import com.coopromo.campaign.domain.CampaignTier;
import com.coopromo.campaign.domain.StackingPolicy;
import com.coopromo.common.domain.Actor;
import com.coopromo.common.domain.ActorRole;
import com.coopromo.common.domain.CoopValidationException;
import com.coopromo.common.domain.FieldError;
import com.coopromo.governance.domain.AdjustmentKind;
import com.coopromo.governance.domain.DecisionStatus;
import com.coopromo.governance.domain.Overruler;
import com.coopromo.governance.domain.QuorumRule;
import com.coopromo.governance.domain.TierRights;
import com.coopromo.governance.domain.VoteChoice;
import com.coopromo.governance.service.CommitteeSeat;
import com.coopromo.governance.service.DecisionDetail;
import com.coopromo.governance.service.GovernanceService;
import com.coopromo.infra.junit.CoopHostExtension;
import com.coopromo.infra.junit.TestHost;
import com.coopromo.pricing.host.PricingScenario;
import com.coopromo.seller.domain.SellerDraft;
import com.coopromo.seller.domain.SellerSegment;
import com.coopromo.seller.persistence.Seller;
import com.coopromo.seller.service.SellerService;
import com.coopromo.settlement.persistence.PayoutRulesProposal;
import com.coopromo.settlement.persistence.StoredPayoutRules;
import com.coopromo.settlement.service.PayoutRulesAdjustments;
import com.coopromo.settlement.service.SettlementService;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A live campaign's payout rules change only through the committee, on the real host: proposing new rules opens an
 * adjustment decision and leaves the rules in force alone; the decision approved at its quorum (or by a platform
 * overrule with its reason) makes them the next version, naming the decision; a rejection changes nothing.
 * <p>
 * The committee seated here has the small seller's member as chair and the mid-size seller's as reviewer in its first
 * term; the campaign is LIGHTWEIGHT, whose quorum is raised to two agreeing votes while the test runs, so one vote
 * alone is visibly not enough.
 */
@ExtendWith(CoopHostExtension.class)
class PayoutRulesAdjustmentIntegrationTest {
    private static final Actor ORGANIZER = new Actor("marketer@platform", ActorRole.ORGANIZER);
    private static final Actor ADMIN = new Actor("admin@platform", ActorRole.PLATFORM_ADMIN);

    private PricingScenario scenario;
    private SettlementService settlement;
    private PayoutRulesAdjustments adjustments;
    private GovernanceService governance;
    private AuditLog audit;
    private String chair;
    private String reviewer;

    @BeforeEach
    void setUp(TestHost host) {
        scenario = new PricingScenario(host);
        settlement = host.bean("coopSettlementService", SettlementService.class);
        adjustments = host.bean("coopPayoutRulesAdjustments", PayoutRulesAdjustments.class);
        governance = host.bean("coopGovernanceService", GovernanceService.class);
        audit = host.bean("coopAuditLog", AuditLog.class);
        SellerService sellers = host.bean("coopSellerService", SellerService.class);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        chair = "small-" + unique;
        reviewer = "mid-" + unique;
        governance.setUpCommittee("Payout committee " + unique, Arrays.asList(
                CommitteeSeat.seller(chair, seller(sellers, SellerSegment.SMALL, unique).getId()),
                CommitteeSeat.seller(reviewer, seller(sellers, SellerSegment.MID, unique).getId()),
                CommitteeSeat.seller("large-" + unique, seller(sellers, SellerSegment.LARGE, unique).getId()),
                CommitteeSeat.platformMarketer("marketer-" + unique)),
                LocalDate.now(ZoneOffset.UTC), ZoneOffset.UTC, Period.ofWeeks(4), ADMIN);
    }

    @Test
    void proposedRulesWaitForTheCommitteeAndAnApprovalAtQuorumAppliesThemNamingTheDecision() throws Exception {
        long campaignId = liveCampaignWithRules("100.00");
        assertThatThrownBy(() -> adjustments.propose(campaignId, SettlementIntegrationTest.form("abc", ""), " ", ORGANIZER))
                .isInstanceOf(CoopValidationException.class)
                .satisfies(e -> assertThat(((CoopValidationException) e).errors()).extracting(FieldError::toString)
                        .containsExactly("pool: must be a number (was \"abc\")", "salesTiers: needs at least one tier, e.g. 100:1",
                                "reason: is required"));
        assertThat(adjustments.proposals(campaignId)).as("a refused proposal stores nothing").isEmpty();

        TierRights rights = governance.decisionRights().forTier(CampaignTier.LIGHTWEIGHT);
        try {
            governance.configureTier(CampaignTier.LIGHTWEIGHT, new TierRights(rights.approvers(), rights.rejecters(),
                    rights.overrulers(), QuorumRule.agreementOf(2)), governance.escalationRules().forTier(CampaignTier.LIGHTWEIGHT), ADMIN);

            PayoutRulesProposal proposal = adjustments.propose(campaignId, SettlementIntegrationTest.form("250.00", "10:1, 500:2"),
                    "traffic doubled; the platform adds to the pool", ORGANIZER);
            DecisionDetail decision = governance.decision(proposal.decisionId());
            assertThat(decision.decision().adjustment().kind()).isEqualTo(AdjustmentKind.CHANGE_PAYOUT_RULES);
            assertThat(decision.decision().adjustment().targetId()).isEqualTo(proposal.id());
            assertThat(settlement.rules(campaignId).rules().pool()).as("proposing changes nothing").isEqualByComparingTo("100.00");
            assertThat(settlement.rules(campaignId).version()).isEqualTo(1);
            assertThatThrownBy(() -> adjustments.propose(campaignId, SettlementIntegrationTest.form("300.00", "10:1"),
                    "a second thought", ORGANIZER))
                    .isInstanceOf(CoopValidationException.class)
                    .hasMessage("campaign: a change of campaign " + campaignId + "'s payout rules is already before the committee"
                            + " (decision #" + decision.id() + "); wait for its outcome");

            assertThat(governance.castVote(decision.id(), chair, VoteChoice.APPROVE, "fair").result().status())
                    .isEqualTo(DecisionStatus.PENDING);
            assertThat(settlement.rules(campaignId).version()).as("one vote is below the quorum").isEqualTo(1);

            assertThat(governance.castVote(decision.id(), reviewer, VoteChoice.APPROVE, null).result().status())
                    .isEqualTo(DecisionStatus.APPROVED);
            StoredPayoutRules now = settlement.rules(campaignId);
            assertThat(now.version()).isEqualTo(2);
            assertThat(now.rules().pool()).isEqualByComparingTo("250.00");
            assertThat(now.rules().salesTiers()).hasSize(2);
            assertThat(now.adjustmentDecisionId()).isEqualTo(decision.id());
            assertThat(now.campaignState()).isEqualTo("LIVE");
            assertThat(adjustments.proposals(campaignId).get(0).status()).isEqualTo(PayoutRulesProposal.APPLIED);
            assertThat(adjustments.proposals(campaignId).get(0).rulesVersion()).isEqualTo(2);
            AuditEventRecord applied = audit.query(AuditQuery.all().action("PAYOUT_RULES_ADJUSTED")
                    .entity("CAMPAIGN", campaignId)).events().get(0);
            assertThat(applied.getAfter()).startsWith("version 2: pool 250.00");
            assertThat(applied.getDetail()).isEqualTo("decision #" + decision.id() + " in campaign " + campaignId);
            assertThat(settlement.rulesLockedReason(campaignId)).as("a direct edit is still refused").isNotNull();
        } finally {
            governance.configureTier(CampaignTier.LIGHTWEIGHT, rights, governance.escalationRules().forTier(CampaignTier.LIGHTWEIGHT), ADMIN);
        }
    }

    @Test
    void aRejectedProposalChangesNothingAndANewOneMayFollow() throws Exception {
        long campaignId = liveCampaignWithRules("100.00");
        PayoutRulesProposal proposal = adjustments.propose(campaignId, SettlementIntegrationTest.form("900.00", "10:1"),
                "a bigger pool for the last days", ORGANIZER);

        assertThat(governance.castVote(proposal.decisionId(), chair, VoteChoice.REJECT, "the pool is already spent").result()
                .status()).isEqualTo(DecisionStatus.REJECTED);

        assertThat(settlement.rulesHistory(campaignId)).hasSize(1);
        assertThat(settlement.rules(campaignId).rules().pool()).isEqualByComparingTo("100.00");
        assertThat(settlement.rules(campaignId).adjustmentDecisionId()).isNull();
        assertThat(adjustments.proposals(campaignId).get(0).status()).isEqualTo(PayoutRulesProposal.REJECTED);
        assertThat(audit.query(AuditQuery.all().action("PAYOUT_RULES_PROPOSAL_REJECTED").entity("CAMPAIGN", campaignId))
                .total()).isEqualTo(1);
        assertThat(adjustments.pending(campaignId)).isNull();
        assertThat(adjustments.propose(campaignId, SettlementIntegrationTest.form("150.00", "10:1"), "a smaller raise",
                ORGANIZER).isPending()).isTrue();
    }

    @Test
    void aPlatformOverruleWithItsReasonAppliesTheRulesAndIsAudited() throws Exception {
        long campaignId = liveCampaignWithRules("100.00");
        PayoutRulesProposal proposal = adjustments.propose(campaignId, SettlementIntegrationTest.form("120.00", "10:1"),
                "correct a typo in the pool", ORGANIZER);

        governance.overrule(proposal.decisionId(), Overruler.PLATFORM_ADMIN, "admin@platform", DecisionStatus.APPROVED,
                "the committee is away; a typo fix");

        StoredPayoutRules now = settlement.rules(campaignId);
        assertThat(now.rules().pool()).isEqualByComparingTo("120.00");
        assertThat(now.adjustmentDecisionId()).isEqualTo(proposal.decisionId());
        assertThat(now.savedBy()).isEqualTo("admin@platform");
        assertThat(audit.query(AuditQuery.all().action("DECISION_OVERRULED").entity("DECISION", proposal.decisionId()))
                .events().get(0).getDetail()).isEqualTo("the committee is away; a typo fix");
    }

    @Test
    void beforeLaunchTheRulesAreSavedDirectlyNotProposed() throws Exception {
        Sku sku = scenario.sku("20.00", null);
        long campaignId = scenario.scheduled(scenario.terms(StackingPolicy.BEST_OF), "20", "10.00", sku).id();
        assertThatThrownBy(() -> adjustments.propose(campaignId, SettlementIntegrationTest.form("100.00", "10:1"), "why not",
                ORGANIZER))
                .isInstanceOf(CoopValidationException.class)
                .hasMessage("campaign: campaign " + campaignId + " is scheduled, so its payout rules are saved directly;"
                        + " a committee adjustment is only for a live campaign");
        assertThat(governance.decisionsOf(campaignId)).isEmpty();
    }

    private long liveCampaignWithRules(String pool) throws Exception {
        Sku sku = scenario.sku("20.00", null);
        long campaignId = scenario.scheduled(scenario.terms(StackingPolicy.BEST_OF), "20", "10.00", sku).id();
        settlement.saveRules(campaignId, SettlementIntegrationTest.form(pool, "10:1"), "organizer");
        scenario.campaigns.advanceClock();
        assertThat(scenario.campaigns.find(campaignId).getState()).isEqualTo(CampaignState.LIVE);
        return campaignId;
    }

    private static Seller seller(SellerService sellers, SellerSegment segment, String unique) {
        return sellers.registerSeller(new SellerDraft("pay-" + segment.name().toLowerCase() + "-" + unique,
                segment.label() + " payout seller " + unique, segment, null, null));
    }
}
