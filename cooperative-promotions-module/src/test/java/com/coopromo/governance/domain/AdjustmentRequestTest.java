package com.coopromo.governance.domain;

import com.coopromo.campaign.domain.CampaignState;
import com.coopromo.campaign.domain.CampaignTier;
import com.coopromo.common.domain.CoopValidationException;
import org.junit.jupiter.api.Test;

import static com.coopromo.governance.domain.GovernanceFixture.DESK;
import static com.coopromo.governance.domain.GovernanceFixture.OPENS;
import static com.coopromo.governance.domain.GovernanceFixture.approve;
import static com.coopromo.governance.domain.GovernanceFixture.castAll;
import static com.coopromo.governance.domain.GovernanceFixture.hoursIn;
import static com.coopromo.governance.domain.GovernanceFixture.SAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AdjustmentRequestTest {
    /** Seller 102 (mia's) asks to pause listing 4711 in live campaign 500. */
    private static final Adjustment PAUSE = new Adjustment(AdjustmentKind.PAUSE_LISTING, 500, 4711, 102L);

    @Test
    void givenALiveCampaign_whenASellerAsksToPauseAListing_thenTheCommitteeDecidesItAsAnAdjustmentRequest() {
        Decision decision = DESK.openAdjustment(3, PAUSE, CampaignState.LIVE, CampaignTier.LIGHTWEIGHT,
                "supplier recall on this batch", OPENS);

        assertThat(decision.kind()).isEqualTo(DecisionKind.ADJUSTMENT_REQUEST);
        assertThat(decision.subjectId()).isEqualTo(500L);
        assertThat(decision.adjustment()).isSameAs(PAUSE);
        assertThat(decision.reason()).isEqualTo("supplier recall on this batch");
    }

    @Test
    void givenASellersRequest_whenOpened_thenItsMemberDoesNotVoteOnIt() {
        Decision decision = DESK.openAdjustment(3, PAUSE, CampaignState.LIVE, CampaignTier.LIGHTWEIGHT, "recall", OPENS);

        assertThat(decision.voters()).extracting(Voter::id).containsExactly("sam", "leo");
        assertThat(decision.excluded()).containsEntry("mia", "mia represents seller 102, which this ADJUSTMENT_REQUEST involves");
    }

    @Test
    void givenAnAdjustmentRequest_whenAnEligibleMemberApproves_thenItIsSettledLikeAnyDecision() {
        Decision decision = DESK.openAdjustment(3, PAUSE, CampaignState.LIVE, CampaignTier.LIGHTWEIGHT, "recall", OPENS);

        assertThat(Tally.of(decision, castAll(decision, approve(SAM, hoursIn(1))), hoursIn(1)).status())
                .isEqualTo(DecisionStatus.APPROVED);
    }

    @Test
    void givenACampaignThatIsNotLive_whenAnAdjustmentIsAsked_thenTheStateIsNamed() {
        assertThatThrownBy(() -> DESK.openAdjustment(3, PAUSE, CampaignState.SCHEDULED, CampaignTier.LIGHTWEIGHT,
                "recall", OPENS))
                .isInstanceOf(CoopValidationException.class)
                .hasMessage("campaignState: adjustments apply to LIVE campaigns; campaign 500 is SCHEDULED");
    }

    @Test
    void givenNoReason_whenAnAdjustmentIsAsked_thenAReasonIsRequired() {
        assertThatThrownBy(() -> DESK.openAdjustment(3, PAUSE, CampaignState.LIVE, CampaignTier.LIGHTWEIGHT, null, OPENS))
                .isInstanceOf(CoopValidationException.class)
                .hasMessage("reason: is required");
    }
}
