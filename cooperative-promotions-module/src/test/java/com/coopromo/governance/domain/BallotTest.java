package com.coopromo.governance.domain;

import com.coopromo.campaign.domain.CampaignTier;
import com.coopromo.common.domain.PolicyResult;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;

import static com.coopromo.governance.domain.GovernanceFixture.DESK;
import static com.coopromo.governance.domain.GovernanceFixture.LEO;
import static com.coopromo.governance.domain.GovernanceFixture.MIA;
import static com.coopromo.governance.domain.GovernanceFixture.OPENS;
import static com.coopromo.governance.domain.GovernanceFixture.PIA;
import static com.coopromo.governance.domain.GovernanceFixture.SAM;
import static com.coopromo.governance.domain.GovernanceFixture.approval;
import static com.coopromo.governance.domain.GovernanceFixture.approve;
import static com.coopromo.governance.domain.GovernanceFixture.castAll;
import static com.coopromo.governance.domain.GovernanceFixture.hoursIn;
import static com.coopromo.governance.domain.GovernanceFixture.reject;
import static org.assertj.core.api.Assertions.assertThat;

/** The standard decision opens 2027-03-02T09:00Z for 3 days; sam chairs, mia reviews, leo is secretary. */
class BallotTest {
    private static final Decision STANDARD = approval(CampaignTier.STANDARD);
    private static final Decision LIGHT = approval(CampaignTier.LIGHTWEIGHT);

    private static List<PolicyResult> refusals(Decision decision, List<Vote> recorded, Vote vote) {
        try {
            Ballot.cast(decision, recorded, vote);
        } catch (VoteRefusedException e) {
            return e.reasons();
        }
        throw new AssertionError("the vote was accepted");
    }

    private static List<PolicyResult> refusals(Decision decision, Vote vote) {
        return refusals(decision, Collections.<Vote>emptyList(), vote);
    }

    @Test
    void givenAnEligibleVoterInTheWindow_whenTheyVote_thenTheVoteIsRecorded() {
        List<Vote> recorded = Ballot.cast(STANDARD, Collections.<Vote>emptyList(), approve(MIA, hoursIn(1)));

        assertThat(recorded).extracting(Vote::voterId).containsExactly("mia");
    }

    @Test
    void givenTheWindowHasClosed_whenSomeoneVotes_thenTheRefusalShowsTheWindow() {
        List<PolicyResult> refused = refusals(STANDARD, approve(MIA, STANDARD.closesAt()));

        assertThat(refused).extracting(PolicyResult::reason).contains("votes are accepted from 2027-03-02T09:00:00Z "
                + "until 2027-03-05T09:00:00Z (exclusive); this vote was cast at 2027-03-05T09:00:00Z");
    }

    @Test
    void givenTheWindowHasNotOpened_whenSomeoneVotes_thenTheVoteIsRefused() {
        assertThat(refusals(STANDARD, approve(MIA, OPENS.minusSeconds(1))))
                .extracting(PolicyResult::rule).containsExactly(VotingWindowPolicy.RULE);
    }

    @Test
    void givenAVoterHasVoted_whenTheyVoteAgain_thenTheEarlierVoteIsNamed() {
        List<Vote> recorded = castAll(STANDARD, approve(MIA, hoursIn(1)));

        assertThat(refusals(STANDARD, recorded, reject(MIA, hoursIn(2))))
                .extracting(PolicyResult::reason).containsExactly("mia already voted APPROVE at 2027-03-02T10:00:00Z");
    }

    @Test
    void givenSomeoneOutsideTheCommittee_whenTheyVote_thenTheyAreToldSoOnce() {
        assertThat(refusals(STANDARD, new Vote("zoe", VoteChoice.APPROVE, null, hoursIn(1))))
                .extracting(PolicyResult::toString).containsExactly("committee member: 'zoe' is not a member of the committee");
    }

    @Test
    void givenASellerMember_whenTheyVoteOnTheirOwnSellersDispute_thenTheConflictIsNamed() {
        Decision dispute = DESK.openDispute(2, 900, CampaignTier.STANDARD, Collections.singleton(102L), OPENS);

        assertThat(refusals(dispute, approve(MIA, hoursIn(1))))
                .extracting(PolicyResult::toString)
                .containsExactly("conflict of interest: mia represents seller 102, which this PARTICIPATION_DISPUTE involves");
    }

    @Test
    void givenAMemberWithoutAVotingOffice_whenTheyVote_thenTheRefusalSaysWhichRolesVote() {
        assertThat(refusals(STANDARD, approve(PIA, hoursIn(1))))
                .extracting(PolicyResult::reason).containsExactly("pia may not vote on CAMPAIGN_APPROVAL #1 on 500 (STANDARD): "
                        + "a MEMBER does not vote on STANDARD decisions (voting roles: [CHAIR, REVIEWER, SECRETARY])");
    }

    @Test
    void givenTheSecretary_whenRejectingALightweightCampaign_thenTheRefusalNamesWhoMayReject() {
        assertThat(refusals(LIGHT, reject(LEO, hoursIn(1))))
                .extracting(PolicyResult::reason).containsExactly("a SECRETARY may not reject CAMPAIGN_APPROVAL #1 on 500 "
                        + "(LIGHTWEIGHT) (may reject: [CHAIR, REVIEWER])");
    }

    @Test
    void givenARejectionWithoutAComment_whenCast_thenACommentIsAskedFor() {
        assertThat(refusals(STANDARD, new Vote("mia", VoteChoice.REJECT, "  ", hoursIn(1))))
                .extracting(PolicyResult::reason).containsExactly("a REJECT vote needs a comment saying why");
    }

    @Test
    void givenASettledDecision_whenAnotherVoteComes_thenTheRefusalSaysWhenItWasSettled() {
        List<Vote> recorded = castAll(LIGHT, approve(MIA, hoursIn(1)));

        assertThat(refusals(LIGHT, recorded, reject(SAM, hoursIn(2))))
                .extracting(PolicyResult::toString).containsExactly(
                        "decision settled: CAMPAIGN_APPROVAL #1 on 500 (LIGHTWEIGHT) was already APPROVED at 2027-03-02T10:00:00Z");
    }

    @Test
    void givenAVoteBreakingSeveralRules_whenCast_thenEveryRuleIsListed() {
        Vote late = new Vote("leo", VoteChoice.REJECT, null, LIGHT.closesAt().plusSeconds(60));

        assertThat(refusals(LIGHT, late)).extracting(PolicyResult::rule).containsExactly(
                VotingWindowPolicy.RULE, VotingRightPolicy.RULE, RejectionCommentPolicy.RULE);
    }

    @Test
    void anyVoterMayAbstainWhateverTheirRights() {
        List<Vote> recorded = Ballot.cast(LIGHT, Collections.<Vote>emptyList(),
                new Vote("leo", VoteChoice.ABSTAIN, null, hoursIn(1)));

        assertThat(recorded).hasSize(1);
    }
}
