package com.coopromo.governance.domain;

import com.coopromo.campaign.domain.CampaignTier;
import com.coopromo.common.domain.CoopValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumSet;

import static com.coopromo.governance.domain.CommitteeRole.CHAIR;
import static com.coopromo.governance.domain.CommitteeRole.MEMBER;
import static com.coopromo.governance.domain.CommitteeRole.REVIEWER;
import static com.coopromo.governance.domain.CommitteeRole.SECRETARY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DecisionRightsTest {
    private static final DecisionRights DEFAULTS = DecisionRights.defaults();

    @Test
    void aLightweightCampaignIsApprovedByAnyOfficeHolderAloneButOnlyTheChairOrReviewerMayReject() {
        TierRights rights = DEFAULTS.forTier(CampaignTier.LIGHTWEIGHT);

        assertThat(rights.approvers()).containsExactly(CHAIR, REVIEWER, SECRETARY);
        assertThat(rights.rejecters()).containsExactly(CHAIR, REVIEWER);
        assertThat(rights.quorum().approvalsNeeded(3)).isEqualTo(1);
        assertThat(rights.quorum().rejectionsNeeded(3)).isEqualTo(1);
    }

    @Test
    void aStandardCampaignNeedsTwoOfficeHoldersToAgree() {
        QuorumRule quorum = DEFAULTS.forTier(CampaignTier.STANDARD).quorum();

        assertThat(quorum.ballotsNeeded(3)).isEqualTo(2);
        assertThat(quorum.approvalsNeeded(3)).isEqualTo(2);
        assertThat(quorum.rejectionsNeeded(3)).isEqualTo(2);
    }

    @Test
    void aFlagshipCampaignIsDecidedByAMajorityOfTheWholeCommittee() {
        TierRights rights = DEFAULTS.forTier(CampaignTier.FLAGSHIP);

        assertThat(rights.voters()).containsExactly(CHAIR, REVIEWER, SECRETARY, MEMBER);
        assertThat(rights.quorum().approvalsNeeded(5)).isEqualTo(3);
        assertThat(rights.quorum().approvalsNeeded(6)).isEqualTo(4);
    }

    @Test
    void theChairMayOverruleLowerTiersButOnlyThePlatformAdminAFlagship() {
        assertThat(DEFAULTS.forTier(CampaignTier.LIGHTWEIGHT).overrulers())
                .containsExactly(Overruler.CHAIR, Overruler.PLATFORM_ADMIN);
        assertThat(DEFAULTS.forTier(CampaignTier.STANDARD).mayOverrule(Overruler.CHAIR)).isTrue();
        assertThat(DEFAULTS.forTier(CampaignTier.FLAGSHIP).overrulers()).containsExactly(Overruler.PLATFORM_ADMIN);
    }

    @Test
    void appealsAreDecidedByAMajorityOfThoseEligible() {
        assertThat(DEFAULTS.appealQuorum().approvalsNeeded(2)).isEqualTo(2);
        assertThat(DEFAULTS.appealQuorum().ballotsNeeded(3)).isEqualTo(2);
    }

    @Test
    void replacingOneTiersRowLeavesTheOthersAndTheDefaultsAlone() {
        TierRights strict = new TierRights(EnumSet.of(CHAIR), EnumSet.of(CHAIR, REVIEWER),
                EnumSet.of(Overruler.PLATFORM_ADMIN), QuorumRule.agreementOf(1));

        DecisionRights changed = DEFAULTS.withTier(CampaignTier.LIGHTWEIGHT, strict);

        assertThat(changed.forTier(CampaignTier.LIGHTWEIGHT)).isSameAs(strict);
        assertThat(changed.forTier(CampaignTier.STANDARD)).isSameAs(DEFAULTS.forTier(CampaignTier.STANDARD));
        assertThat(DEFAULTS.forTier(CampaignTier.LIGHTWEIGHT).approvers()).contains(SECRETARY);
    }

    @Test
    void thePlatformAdminMustAlwaysBeAbleToOverruleBecauseEveryEscalationEndsThere() {
        assertThatThrownBy(() -> new TierRights(EnumSet.of(CHAIR), EnumSet.of(CHAIR), EnumSet.of(Overruler.CHAIR),
                QuorumRule.agreementOf(1)))
                .isInstanceOf(CoopValidationException.class)
                .hasMessage("overrulers: must include PLATFORM_ADMIN, where every escalation ends");
    }

    @Test
    void someRoleMustBeAbleToApproveAndToReject() {
        assertThatThrownBy(() -> new TierRights(EnumSet.noneOf(CommitteeRole.class), EnumSet.noneOf(CommitteeRole.class),
                EnumSet.of(Overruler.PLATFORM_ADMIN), QuorumRule.majority()))
                .isInstanceOf(CoopValidationException.class)
                .hasMessage("approvers: at least one role must be able to approve; "
                        + "rejecters: at least one role must be able to reject");
    }

    @Test
    void aFixedThresholdMustBeAtLeastOne() {
        assertThatThrownBy(() -> VoteThreshold.fixed(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @EnumSource(CampaignTier.class)
    void everyDefaultEscalationTargetMayOverruleTheTierItEscalates(CampaignTier tier) {
        for (EscalationStep step : EscalationRules.defaults().forTier(tier).path()) {
            assertThat(DEFAULTS.forTier(tier).mayOverrule(step.target())).as(step.toString()).isTrue();
        }
    }
}
