package com.coopromo.governance.domain;

import com.coopromo.campaign.domain.CampaignTier;
import com.coopromo.common.domain.CoopValidationException;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;

import static com.coopromo.governance.domain.GovernanceFixture.COMMITTEE;
import static com.coopromo.governance.domain.GovernanceFixture.DESK;
import static com.coopromo.governance.domain.GovernanceFixture.LEO;
import static com.coopromo.governance.domain.GovernanceFixture.MIA;
import static com.coopromo.governance.domain.GovernanceFixture.OPENS;
import static com.coopromo.governance.domain.GovernanceFixture.SAM;
import static com.coopromo.governance.domain.GovernanceFixture.approval;
import static com.coopromo.governance.domain.GovernanceFixture.hoursIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DecisionDeskTest {

    @Test
    void aStandardApprovalIsVotedOnByTheOfficeHoldersInTheRolesTheyHeldWhenItOpened() {
        Decision decision = approval(CampaignTier.STANDARD);

        assertThat(decision.voters()).containsExactly(new Voter(SAM, CommitteeRole.CHAIR),
                new Voter(MIA, CommitteeRole.REVIEWER), new Voter(LEO, CommitteeRole.SECRETARY));
        assertThat(decision.excluded()).containsOnlyKeys("pia", "sol");
    }

    @Test
    void aDecisionTakesItsWindowDeadlineAndPathFromItsTier() {
        Decision decision = approval(CampaignTier.FLAGSHIP);

        assertThat(decision.opensAt()).isEqualTo(OPENS);
        assertThat(decision.closesAt()).isEqualTo(OPENS.plusSeconds(5 * 86400));
        assertThat(decision.deadline()).isEqualTo(decision.closesAt());
        assertThat(decision.escalationPath()).extracting(EscalationStep::target).containsExactly(Overruler.PLATFORM_ADMIN);
        assertThat(decision.voters()).hasSize(COMMITTEE.size());
    }

    @Test
    void theMembersOfTheSellersInADisputeAreLeftOutOfTheVote() {
        Decision dispute = DESK.openDispute(2, 900, CampaignTier.FLAGSHIP, new HashSet<Long>(Arrays.asList(101L, 103L)), OPENS);

        assertThat(dispute.voters()).extracting(Voter::id).containsExactly("mia", "pia", "sol");
        assertThat(dispute.excluded()).containsEntry("sam",
                "sam represents seller 101, which this PARTICIPATION_DISPUTE involves");
    }

    @Test
    void aDecisionThatCouldNeverReachItsQuorumIsRefused() {
        // sam and mia are involved: only leo is left of the three office holders, and two must agree
        assertThatThrownBy(() -> DESK.openDispute(2, 900, CampaignTier.STANDARD,
                new HashSet<Long>(Arrays.asList(101L, 102L)), OPENS))
                .isInstanceOf(CoopValidationException.class)
                .hasMessage("voters: 1 eligible voter(s) can never reach the quorum of 2 ballot(s); "
                        + "voters: 1 eligible voter(s) can never give the 2 approval(s) needed");
    }

    @Test
    void aDecisionIsRefusedIfItsDeadlineComesBeforeItsVoteCloses() {
        Decision valid = approval(CampaignTier.LIGHTWEIGHT);

        assertThatThrownBy(() -> Decision.builder().id(9).kind(DecisionKind.CAMPAIGN_APPROVAL).subjectId(1)
                .tier(CampaignTier.LIGHTWEIGHT).committee(COMMITTEE).voters(valid.voters()).rights(valid.rights())
                .escalationPath(valid.escalationPath())
                .opensAt(OPENS).closesAt(hoursIn(48)).deadline(hoursIn(24)).build())
                .isInstanceOf(CoopValidationException.class)
                .hasMessage("deadline: must not come before the voting window closes "
                        + "(2027-03-03T09:00:00Z is before 2027-03-04T09:00:00Z)");
    }

    @Test
    void aDecisionCannotOpenBeforeTheCommitteesFirstTerm() {
        assertThatThrownBy(() -> DESK.openCampaignApproval(3, 1, CampaignTier.STANDARD, Collections.<Long>emptySet(),
                GovernanceFixture.at("2027-01-01T00:00:00Z")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the committee's first term starts at 2027-03-01");
    }
}
