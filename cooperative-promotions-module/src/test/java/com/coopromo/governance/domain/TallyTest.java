package com.coopromo.governance.domain;

import com.coopromo.campaign.domain.CampaignTier;
import com.coopromo.common.domain.CoopValidationException;
import org.junit.jupiter.api.Test;

import java.util.Collections;

import static com.coopromo.governance.domain.GovernanceFixture.LEO;
import static com.coopromo.governance.domain.GovernanceFixture.MIA;
import static com.coopromo.governance.domain.GovernanceFixture.PIA;
import static com.coopromo.governance.domain.GovernanceFixture.SAM;
import static com.coopromo.governance.domain.GovernanceFixture.SOL;
import static com.coopromo.governance.domain.GovernanceFixture.abstain;
import static com.coopromo.governance.domain.GovernanceFixture.approval;
import static com.coopromo.governance.domain.GovernanceFixture.approve;
import static com.coopromo.governance.domain.GovernanceFixture.hoursIn;
import static com.coopromo.governance.domain.GovernanceFixture.reject;
import static com.coopromo.governance.domain.GovernanceFixture.votes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Decisions open 2027-03-02T09:00Z; sam chairs, mia reviews, leo is secretary; pia and sol hold no office. */
class TallyTest {
    private static final Decision LIGHT = approval(CampaignTier.LIGHTWEIGHT);
    private static final Decision STANDARD = approval(CampaignTier.STANDARD);
    private static final Decision FLAGSHIP = approval(CampaignTier.FLAGSHIP);

    @Test
    void givenNoVotesYet_whenCountedWhileOpen_thenTheDecisionIsPending() {
        DecisionResult result = Tally.of(STANDARD, votes(), hoursIn(1));

        assertThat(result.status()).isEqualTo(DecisionStatus.PENDING);
        assertThat(result.decidedAt()).isNull();
        assertThat(result.eligible()).isEqualTo(3);
    }

    @Test
    void givenOneApproval_whenAStandardDecisionIsCounted_thenItWaitsForTheSecond() {
        assertThat(Tally.of(STANDARD, votes(approve(MIA, hoursIn(1))), hoursIn(2)).status())
                .isEqualTo(DecisionStatus.PENDING);
    }

    @Test
    void givenTwoApprovals_whenAStandardDecisionIsCounted_thenItIsApprovedAtTheSecondVote() {
        DecisionResult result = Tally.of(STANDARD, votes(approve(MIA, hoursIn(1)), approve(SAM, hoursIn(5))), hoursIn(6));

        assertThat(result.status()).isEqualTo(DecisionStatus.APPROVED);
        assertThat(result.decidedAt()).isEqualTo(hoursIn(5));
        assertThat(result.approvals()).isEqualTo(2);
    }

    @Test
    void givenOneRejection_whenALightweightDecisionIsCounted_thenItIsRejectedAtOnce() {
        DecisionResult result = Tally.of(LIGHT, votes(reject(MIA, hoursIn(1))), hoursIn(1));

        assertThat(result.status()).isEqualTo(DecisionStatus.REJECTED);
        assertThat(result.decidedAt()).isEqualTo(hoursIn(1));
    }

    @Test
    void givenAnAbstention_whenCounted_thenItMakesUpTheQuorumButApprovesNothing() {
        DecisionResult result = Tally.of(STANDARD, votes(abstain(LEO, hoursIn(1)), approve(MIA, hoursIn(2))), hoursIn(3));

        assertThat(result.status()).isEqualTo(DecisionStatus.PENDING);
        assertThat(result.ballots()).isEqualTo(2);
        assertThat(result.abstentions()).isEqualTo(1);
    }

    @Test
    void givenTooFewVotersLeftToApprove_whenCounted_thenItIsRejectedBeforeTheWindowCloses() {
        // one abstention and one rejection of three: at most one approval is still possible, two are needed
        DecisionResult result = Tally.of(STANDARD, votes(abstain(LEO, hoursIn(1)), reject(MIA, hoursIn(2))), hoursIn(3));

        assertThat(result.status()).isEqualTo(DecisionStatus.REJECTED);
        assertThat(result.decidedAt()).isEqualTo(hoursIn(2));
    }

    @Test
    void givenTooFewBallots_whenTheWindowCloses_thenThereIsNoQuorumAsOfTheClose() {
        DecisionResult result = Tally.of(STANDARD, votes(approve(MIA, hoursIn(1))), STANDARD.closesAt());

        assertThat(result.status()).isEqualTo(DecisionStatus.NO_QUORUM);
        assertThat(result.decidedAt()).isEqualTo(STANDARD.closesAt());
    }

    @Test
    void givenAQuorumButNoMajority_whenTheWindowCloses_thenItIsRejected() {
        // flagship: 5 eligible, 3 needed; 2 approve, 1 rejects, 2 never vote
        DecisionResult result = Tally.of(FLAGSHIP, votes(approve(SAM, hoursIn(1)), approve(MIA, hoursIn(2)),
                reject(PIA, hoursIn(3))), FLAGSHIP.closesAt());

        assertThat(result.status()).isEqualTo(DecisionStatus.REJECTED);
        assertThat(result.decidedAt()).isEqualTo(FLAGSHIP.closesAt());
    }

    @Test
    void givenAMajorityOfTheCommittee_whenAFlagshipIsCounted_thenItIsApprovedWithoutWaitingForTheRest() {
        DecisionResult result = Tally.of(FLAGSHIP, votes(approve(SAM, hoursIn(1)), approve(PIA, hoursIn(2)),
                approve(SOL, hoursIn(3))), hoursIn(4));

        assertThat(result.status()).isEqualTo(DecisionStatus.APPROVED);
    }

    @Test
    void givenVotesAfterTheDecidingOne_whenCounted_thenTheyDoNotChangeTheOutcome() {
        DecisionResult result = Tally.of(LIGHT, votes(approve(LEO, hoursIn(1)), reject(SAM, hoursIn(2))), hoursIn(3));

        assertThat(result.status()).isEqualTo(DecisionStatus.APPROVED);
        assertThat(result.counted()).extracting(Vote::voterId).containsExactly("leo");
    }

    @Test
    void givenVotesRecordedOutOfOrder_whenCounted_thenTheyAreReplayedInTheOrderCast() {
        DecisionResult result = Tally.of(LIGHT, votes(reject(SAM, hoursIn(2)), approve(LEO, hoursIn(1))), hoursIn(3));

        assertThat(result.status()).isEqualTo(DecisionStatus.APPROVED);
    }

    @Test
    void givenAVoteThatBreaksARule_whenCounted_thenItIsLeftOut() {
        // pia holds no office this week, so she does not vote on a lightweight campaign
        DecisionResult result = Tally.of(LIGHT, votes(approve(PIA, hoursIn(1))), hoursIn(2));

        assertThat(result.status()).isEqualTo(DecisionStatus.PENDING);
        assertThat(result.counted()).isEmpty();
    }

    @Test
    void givenAVoteCastAfterTheInstantAskedAbout_whenCounted_thenItIsNotCountedYet() {
        assertThat(Tally.of(LIGHT, votes(approve(LEO, hoursIn(5))), hoursIn(4)).status())
                .isEqualTo(DecisionStatus.PENDING);
    }

    @Test
    void givenThePlatformAdminOverrules_whenCountedAfterwards_thenTheOverruleSetsTheOutcome() {
        Overrule overrule = new Overrule(Overruler.PLATFORM_ADMIN, "admin", DecisionStatus.APPROVED,
                "seasonal deadline; reviewed by phone", hoursIn(80));

        DecisionResult result = Tally.of(STANDARD, votes(approve(MIA, hoursIn(1))), overrule, hoursIn(81));

        assertThat(result.status()).isEqualTo(DecisionStatus.APPROVED);
        assertThat(result.decidedAt()).isEqualTo(hoursIn(80));
        assertThat(result.overrule()).isSameAs(overrule);
        assertThat(result.approvals()).isEqualTo(1);
    }

    @Test
    void givenAnOverruleLaterThanTheInstant_whenCounted_thenTheVotesStillDecide() {
        Overrule overrule = new Overrule(Overruler.PLATFORM_ADMIN, "admin", DecisionStatus.APPROVED, "ok", hoursIn(80));

        assertThat(Tally.of(STANDARD, votes(), overrule, hoursIn(10)).status()).isEqualTo(DecisionStatus.PENDING);
    }

    @Test
    void theChairMayNotOverruleAFlagshipDecision() {
        Overrule overrule = new Overrule(Overruler.CHAIR, "sam", DecisionStatus.APPROVED, "urgent", hoursIn(2));

        assertThatThrownBy(() -> Tally.of(FLAGSHIP, votes(), overrule, hoursIn(3)))
                .isInstanceOf(CoopValidationException.class)
                .hasMessage("by: CHAIR may not overrule CAMPAIGN_APPROVAL #1 on 500 (FLAGSHIP) "
                        + "(may overrule: [PLATFORM_ADMIN])");
    }

    @Test
    void onlyTheChairRecordedOnTheDecisionMayOverruleAsChair() {
        Overrule overrule = new Overrule(Overruler.CHAIR, "mia", DecisionStatus.REJECTED, "off-brand", hoursIn(2));

        assertThatThrownBy(() -> Tally.checkOverrule(STANDARD, overrule))
                .isInstanceOf(CoopValidationException.class)
                .hasMessage("actorId: mia is not the chair recorded on CAMPAIGN_APPROVAL #1 on 500 (STANDARD)");
    }

    @Test
    void anOverruleNeedsAReasonAndAClearOutcome() {
        Overrule overrule = new Overrule(Overruler.PLATFORM_ADMIN, "admin", DecisionStatus.PENDING, " ", hoursIn(2));

        assertThatThrownBy(() -> Tally.checkOverrule(STANDARD, overrule))
                .isInstanceOf(CoopValidationException.class)
                .hasMessage("outcome: an overrule approves or rejects (was PENDING); reason: an overrule needs a reason");
    }

    @Test
    void theChairOfTheDecisionMayOverruleAStandardOne() {
        Overrule overrule = new Overrule(Overruler.CHAIR, "sam", DecisionStatus.REJECTED, "off-brand", hoursIn(2));

        assertThat(Tally.of(STANDARD, Collections.<Vote>emptyList(), overrule, hoursIn(2)).status())
                .isEqualTo(DecisionStatus.REJECTED);
    }
}
