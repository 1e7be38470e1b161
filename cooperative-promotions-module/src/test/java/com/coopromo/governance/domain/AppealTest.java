package com.coopromo.governance.domain;

import com.coopromo.campaign.domain.CampaignTier;
import com.coopromo.common.domain.CoopValidationException;
import com.coopromo.common.domain.FieldError;
import com.coopromo.common.domain.PolicyResult;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Collections;
import java.util.List;

import static com.coopromo.governance.domain.GovernanceFixture.DESK;
import static com.coopromo.governance.domain.GovernanceFixture.LEO;
import static com.coopromo.governance.domain.GovernanceFixture.MIA;
import static com.coopromo.governance.domain.GovernanceFixture.OPENS;
import static com.coopromo.governance.domain.GovernanceFixture.PIA;
import static com.coopromo.governance.domain.GovernanceFixture.SAM;
import static com.coopromo.governance.domain.GovernanceFixture.SOL;
import static com.coopromo.governance.domain.GovernanceFixture.approval;
import static com.coopromo.governance.domain.GovernanceFixture.approve;
import static com.coopromo.governance.domain.GovernanceFixture.castAll;
import static com.coopromo.governance.domain.GovernanceFixture.hoursIn;
import static com.coopromo.governance.domain.GovernanceFixture.reject;
import static org.assertj.core.api.Assertions.assertThat;

/** The standard campaign approval #1 is rejected by mia and sam two hours after opening (the appeal window is 5 days). */
class AppealTest {
    private static final Decision ORIGINAL = approval(CampaignTier.STANDARD);
    private static final List<Vote> ORIGINAL_VOTES = castAll(ORIGINAL, reject(MIA, hoursIn(1)), reject(SAM, hoursIn(2)));
    private static final Instant REJECTED_AT = hoursIn(2);

    private static Decision appeal(Long appellantSeller, Instant filedAt) {
        return DESK.openAppeal(7, ORIGINAL, ORIGINAL_VOTES, appellantSeller, "the discount range matches the brief", filedAt);
    }

    private static List<FieldError> refusedAppeal(Decision original, List<Vote> votes, String reason, Instant filedAt) {
        try {
            DESK.openAppeal(7, original, votes, null, reason, filedAt);
        } catch (CoopValidationException e) {
            return e.errors();
        }
        throw new AssertionError("the appeal was opened");
    }

    @Test
    void givenARejectedDecision_whenAppealedInTime_thenTheMembersWhoDidNotDecideItVote() {
        Decision appeal = appeal(null, hoursIn(24));

        assertThat(appeal.kind()).isEqualTo(DecisionKind.APPEAL);
        assertThat(appeal.appealOf()).isEqualTo(1L);
        assertThat(appeal.reason()).isEqualTo("the discount range matches the brief");
        assertThat(appeal.voters()).extracting(Voter::id).containsExactly("leo", "pia", "sol");
        assertThat(appeal.excluded()).containsEntry("mia", "they voted on the original CAMPAIGN_APPROVAL #1 on 500 (STANDARD)");
    }

    @Test
    void givenAnAppeal_whenAnOriginalDeciderVotes_thenTheyAreToldWhy() {
        Decision appeal = appeal(null, hoursIn(24));

        try {
            Ballot.cast(appeal, Collections.<Vote>emptyList(), approve(SAM, hoursIn(25)));
            throw new AssertionError("accepted");
        } catch (VoteRefusedException e) {
            assertThat(e.reasons()).extracting(PolicyResult::reason).containsExactly("sam may not vote on APPEAL #7 on 1 "
                    + "(STANDARD): they voted on the original CAMPAIGN_APPROVAL #1 on 500 (STANDARD)");
        }
    }

    @Test
    void givenAnAppeal_whenAPlainMemberVotes_thenTheirOfficeDoesNotMatter() {
        Decision appeal = appeal(null, hoursIn(24));

        List<Vote> votes = castAll(appeal, approve(PIA, hoursIn(25)), approve(SOL, hoursIn(26)));

        assertThat(Tally.of(appeal, votes, hoursIn(27)).status()).isEqualTo(DecisionStatus.APPROVED);
    }

    @Test
    void givenASellerAppealing_whenOpened_thenItsMemberDoesNotVoteOnItsOwnAppeal() {
        Decision appeal = appeal(104L, hoursIn(24));

        assertThat(appeal.voters()).extracting(Voter::id).containsExactly("leo", "pia");
        assertThat(appeal.sellersInvolved()).containsExactly(104L);
    }

    @Test
    void givenTheAppealWindowHasPassed_whenAppealed_thenTheLastMomentIsNamed() {
        Instant tooLate = REJECTED_AT.plusSeconds(5 * 86400 + 1);

        assertThat(refusedAppeal(ORIGINAL, ORIGINAL_VOTES, "new facts", tooLate)).containsExactly(new FieldError("filedAt",
                "an appeal against CAMPAIGN_APPROVAL #1 on 500 (STANDARD) could be filed until 2027-03-07T11:00:00Z "
                        + "(PT120H after the rejection at 2027-03-02T11:00:00Z); this one was filed at 2027-03-07T11:00:01Z"));
    }

    @Test
    void givenTheLastMomentOfTheAppealWindow_whenAppealed_thenItIsOpened() {
        assertThat(appeal(null, REJECTED_AT.plusSeconds(5 * 86400)).kind()).isEqualTo(DecisionKind.APPEAL);
    }

    @Test
    void givenAnApprovedDecision_whenAppealed_thenOnlyRejectionsAreSaidToBeAppealable() {
        List<Vote> approved = castAll(ORIGINAL, approve(MIA, hoursIn(1)), approve(LEO, hoursIn(2)));

        assertThat(refusedAppeal(ORIGINAL, approved, "x", hoursIn(3))).containsExactly(new FieldError("appealOf",
                "only a REJECTED decision can be appealed; CAMPAIGN_APPROVAL #1 on 500 (STANDARD) is APPROVED"));
    }

    @Test
    void givenNoReason_whenAppealed_thenAReasonIsRequired() {
        assertThat(refusedAppeal(ORIGINAL, ORIGINAL_VOTES, " ", hoursIn(3)))
                .containsExactly(new FieldError("reason", "is required"));
    }

    @Test
    void givenARejectedAppeal_whenAppealedAgain_thenTheAppealsOutcomeIsFinal() {
        Decision appeal = appeal(null, hoursIn(24));
        List<Vote> rejected = castAll(appeal, reject(PIA, hoursIn(25)), reject(SOL, hoursIn(26)));

        assertThat(refusedAppeal(appeal, rejected, "still unfair", hoursIn(27)))
                .containsExactly(new FieldError("appealOf", "APPEAL #7 on 1 (STANDARD) is itself an appeal; its outcome is final"));
    }

    @Test
    void anAppealRunsOnTheOriginalTiersWindowFromWhenItWasFiled() {
        Decision appeal = appeal(null, hoursIn(24));

        assertThat(appeal.opensAt()).isEqualTo(hoursIn(24));
        assertThat(appeal.closesAt()).isEqualTo(hoursIn(24 + 72));
        assertThat(appeal.tier()).isEqualTo(CampaignTier.STANDARD);
        assertThat(OPENS).isBefore(appeal.opensAt());
    }

    @Test
    void givenThreeEligibleOnAnAppeal_whenOneApproves_thenAMajorityIsStillMissing() {
        Decision appeal = appeal(null, hoursIn(24));

        DecisionResult result = Tally.of(appeal, castAll(appeal, approve(PIA, hoursIn(25))), hoursIn(26));

        assertThat(result.status()).isEqualTo(DecisionStatus.PENDING);
    }
}
