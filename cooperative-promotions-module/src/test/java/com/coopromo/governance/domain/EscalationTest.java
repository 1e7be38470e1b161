package com.coopromo.governance.domain;

import com.coopromo.campaign.domain.CampaignTier;
import com.coopromo.common.domain.CoopValidationException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static com.coopromo.governance.domain.GovernanceFixture.DESK;
import static com.coopromo.governance.domain.GovernanceFixture.MIA;
import static com.coopromo.governance.domain.GovernanceFixture.OPENS;
import static com.coopromo.governance.domain.GovernanceFixture.approval;
import static com.coopromo.governance.domain.GovernanceFixture.approve;
import static com.coopromo.governance.domain.GovernanceFixture.castAll;
import static com.coopromo.governance.domain.GovernanceFixture.hoursIn;
import static com.coopromo.governance.domain.GovernanceFixture.votes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The standard approval opens 2027-03-02T09:00Z and is due when its 3-day vote closes, 2027-03-05T09:00Z. */
class EscalationTest {
    private static final Decision STANDARD = approval(CampaignTier.STANDARD);
    private static final List<Vote> ONE_APPROVAL = castAll(STANDARD, approve(MIA, hoursIn(1)));
    private static final Instant DEADLINE = STANDARD.deadline();
    private static final Duration DAY = Duration.ofDays(1);

    @Test
    void givenTheDeadlineHasNotPassed_whenChecked_thenNothingIsDue() {
        assertThat(Escalations.escalationDue(STANDARD, ONE_APPROVAL, DEADLINE.minusSeconds(1))).isNull();
    }

    @Test
    void givenNoQuorumAtTheDeadline_whenChecked_thenItGoesToTheChairFirst() {
        Escalation due = Escalations.escalationDue(STANDARD, ONE_APPROVAL, DEADLINE);

        assertThat(due.target()).isEqualTo(Overruler.CHAIR);
        assertThat(due.step()).isEqualTo(1);
        assertThat(due.since()).isEqualTo(DEADLINE);
        assertThat(due.message()).isEqualTo("CAMPAIGN_APPROVAL #1 on 500 (STANDARD) was not settled by its deadline "
                + "2027-03-05T09:00:00Z (NO_QUORUM at 2027-03-05T09:00:00Z: 1 approve, 0 reject, 0 abstain of 3 eligible); "
                + "escalated to CHAIR at 2027-03-05T09:00:00Z");
    }

    @Test
    void givenTheChairHasNotActedWithinADay_whenChecked_thenItGoesToThePlatformAdmin() {
        Escalation due = Escalations.escalationDue(STANDARD, ONE_APPROVAL, DEADLINE.plus(DAY));

        assertThat(due.target()).isEqualTo(Overruler.PLATFORM_ADMIN);
        assertThat(due.step()).isEqualTo(2);
    }

    @Test
    void givenASettledDecision_whenChecked_thenNothingIsDue() {
        List<Vote> approved = castAll(STANDARD, approve(MIA, hoursIn(1)), approve(GovernanceFixture.LEO, hoursIn(2)));

        assertThat(Escalations.escalationDue(STANDARD, approved, DEADLINE.plus(DAY))).isNull();
    }

    @Test
    void givenAnOverruleAfterEscalation_whenChecked_thenNothingIsDueAnyMore() {
        Overrule chairDecides = new Overrule(Overruler.CHAIR, "sam", DecisionStatus.APPROVED, "only quorum was missing",
                DEADLINE.plusSeconds(3600));

        assertThat(Escalations.escalationDue(STANDARD, ONE_APPROVAL, chairDecides, DEADLINE.plusSeconds(3600))).isNull();
        assertThat(Escalations.escalationDue(STANDARD, ONE_APPROVAL, chairDecides, DEADLINE).target())
                .isEqualTo(Overruler.CHAIR);
    }

    @Test
    void givenAFlagship_whenItMissesItsDeadline_thenItGoesStraightToThePlatformAdmin() {
        Decision flagship = approval(CampaignTier.FLAGSHIP);

        assertThat(Escalations.escalationDue(flagship, votes(), flagship.deadline()).target())
                .isEqualTo(Overruler.PLATFORM_ADMIN);
    }

    @Test
    void givenTheChairIsConflicted_whenTheDecisionMissesItsDeadline_thenTheChairStepIsSkipped() {
        // sam chairs this week and represents seller 101
        Decision dispute = DESK.openDispute(2, 900, CampaignTier.STANDARD, Collections.singleton(101L), OPENS);

        assertThat(Escalations.escalationDue(dispute, votes(), dispute.deadline())).isNull();
        assertThat(Escalations.escalationDue(dispute, votes(), dispute.deadline().plus(DAY)).target())
                .isEqualTo(Overruler.PLATFORM_ADMIN);
    }

    @Test
    void aTiersTimingsCanBeReplacedWithALongerDeadline() {
        TierTimings patient = new TierTimings(Duration.ofDays(3), Duration.ofDays(5), Duration.ofDays(5),
                Collections.singletonList(new EscalationStep(Overruler.PLATFORM_ADMIN, Duration.ZERO)));
        DecisionDesk desk = new DecisionDesk(GovernanceFixture.ROTATION, DecisionRights.defaults(),
                EscalationRules.defaults().withTier(CampaignTier.STANDARD, patient));

        Decision decision = desk.openCampaignApproval(4, 500, CampaignTier.STANDARD, Collections.<Long>emptySet(), OPENS);

        assertThat(decision.deadline()).isEqualTo(OPENS.plus(Duration.ofDays(5)));
        assertThat(Escalations.escalationDue(decision, votes(), decision.closesAt())).isNull();
    }

    @Test
    void anEscalationPathMustEndWithThePlatformAdmin() {
        assertThatThrownBy(() -> new TierTimings(DAY, DAY, DAY,
                Collections.singletonList(new EscalationStep(Overruler.CHAIR, Duration.ZERO))))
                .isInstanceOf(CoopValidationException.class)
                .hasMessage("path: must end with PLATFORM_ADMIN (ends with CHAIR)");
    }

    @Test
    void escalationStepsComeInOrder() {
        assertThatThrownBy(() -> new TierTimings(DAY, DAY, DAY, Arrays.asList(
                new EscalationStep(Overruler.CHAIR, DAY), new EscalationStep(Overruler.PLATFORM_ADMIN, Duration.ZERO))))
                .isInstanceOf(CoopValidationException.class)
                .hasMessage("path: step 2 (PLATFORM_ADMIN after PT0S) comes before step 1 (CHAIR after PT24H)");
    }

    @Test
    void noWindowDeadlineOrEscalationDelayIsLongerThanAYear() {
        Duration tooLong = Duration.ofDays(367);
        assertThatThrownBy(() -> new TierTimings(DAY, tooLong, tooLong, Arrays.asList(
                new EscalationStep(Overruler.CHAIR, DAY), new EscalationStep(Overruler.PLATFORM_ADMIN, tooLong))))
                .isInstanceOf(CoopValidationException.class)
                .hasMessage("deadline: must be at most 366 days (was 367 days); appealWindow: must be at most 366 days "
                        + "(was 367 days); path: step 2 (PLATFORM_ADMIN after PT8808H) must escalate within 366 days");
        new TierTimings(DAY, TierTimings.LONGEST, TierTimings.LONGEST,
                Collections.singletonList(new EscalationStep(Overruler.PLATFORM_ADMIN, TierTimings.LONGEST)));
    }

    @Test
    void aDeadlineMayNotComeBeforeTheVoteCloses() {
        assertThatThrownBy(() -> new TierTimings(Duration.ofDays(3), DAY, DAY,
                Collections.singletonList(new EscalationStep(Overruler.PLATFORM_ADMIN, Duration.ZERO))))
                .isInstanceOf(CoopValidationException.class)
                .hasMessage("deadline: must not come before the voting window closes (PT24H < PT72H)");
    }

    @Test
    void theDefaultTimingsGrowWithTheTier() {
        EscalationRules rules = EscalationRules.defaults();

        assertThat(rules.forTier(CampaignTier.LIGHTWEIGHT).votingWindow()).isEqualTo(Duration.ofDays(2));
        assertThat(rules.forTier(CampaignTier.STANDARD).votingWindow()).isEqualTo(Duration.ofDays(3));
        assertThat(rules.forTier(CampaignTier.FLAGSHIP).votingWindow()).isEqualTo(Duration.ofDays(5));
        assertThat(rules.forTier(CampaignTier.FLAGSHIP).appealWindow()).isEqualTo(Duration.ofDays(7));
    }
}
