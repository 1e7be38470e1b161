package com.coopromo.governance.domain;

import com.coopromo.common.domain.CoopValidationException;
import com.coopromo.common.domain.FieldError;
import com.coopromo.seller.domain.SellerSegment;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Collections;

import static com.coopromo.governance.domain.GovernanceFixture.COMMITTEE;
import static com.coopromo.governance.domain.GovernanceFixture.LEO;
import static com.coopromo.governance.domain.GovernanceFixture.MIA;
import static com.coopromo.governance.domain.GovernanceFixture.PIA;
import static com.coopromo.governance.domain.GovernanceFixture.SAM;
import static com.coopromo.governance.domain.GovernanceFixture.SOL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommitteeTest {

    private static CoopValidationException refused(CommitteeMember... members) {
        try {
            Committee.of(Arrays.asList(members));
        } catch (CoopValidationException e) {
            return e;
        }
        throw new AssertionError("the committee was accepted");
    }

    @Test
    void givenEverySegmentAndAMarketer_whenFormed_thenTheCommitteeKeepsItsMembersInOrder() {
        assertThat(COMMITTEE.members()).containsExactly(SAM, MIA, LEO, PIA, SOL);
        assertThat(COMMITTEE.member("leo")).isEqualTo(LEO);
        assertThat(COMMITTEE.contains("nobody")).isFalse();
    }

    @Test
    void givenNoSmallSeller_whenFormed_thenTheMissingSegmentIsNamed() {
        assertThat(refused(MIA, LEO, PIA).errors())
                .containsExactly(new FieldError("members", "needs at least one SMALL seller member"));
    }

    @Test
    void givenNoPlatformMarketer_whenFormed_thenTheMissingMarketerIsNamed() {
        assertThat(refused(SAM, MIA, LEO).errors())
                .containsExactly(new FieldError("members", "needs at least one platform marketer"));
    }

    @Test
    void givenOnlySellersOfOneSegment_whenFormed_thenEveryProblemIsListedAtOnce() {
        assertThat(refused(SAM, SOL).errors()).extracting(FieldError::reason).containsExactly(
                "needs at least one MID seller member",
                "needs at least one LARGE seller member",
                "needs at least one platform marketer");
    }

    @Test
    void givenNoMembers_whenFormed_thenTheWholeCompositionIsExplained() {
        assertThatThrownBy(() -> Committee.of(Collections.<CommitteeMember>emptyList()))
                .isInstanceOf(CoopValidationException.class)
                .hasMessageContaining("at least one SMALL, one MID and one LARGE seller member and a platform marketer");
    }

    @Test
    void givenTheSameMemberIdTwice_whenFormed_thenTheIdIsNamed() {
        CommitteeMember otherSam = CommitteeMember.platformMarketer("sam");

        assertThat(refused(SAM, MIA, LEO, PIA, otherSam).errors())
                .containsExactly(new FieldError("members", "member id 'sam' appears more than once"));
    }

    @Test
    void givenTwoSeatsForOneSeller_whenFormed_thenTheSellerAndBothSeatsAreNamed() {
        CommitteeMember samsColleague = CommitteeMember.seller("sue", SellerSegment.SMALL, 101);

        assertThat(refused(SAM, MIA, LEO, PIA, samsColleague).errors())
                .containsExactly(new FieldError("members", "seller 101 has more than one seat (sam, sue)"));
    }

    @Test
    void aSellerMemberRepresentsOnlyItsOwnSellerAndAMarketerNone() {
        assertThat(SAM.represents(101)).isTrue();
        assertThat(SAM.represents(102)).isFalse();
        assertThat(PIA.represents(101)).isFalse();
        assertThat(PIA.isPlatformMarketer()).isTrue();
    }
}
