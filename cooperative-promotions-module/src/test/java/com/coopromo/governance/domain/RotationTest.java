package com.coopromo.governance.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static com.coopromo.governance.domain.CommitteeRole.CHAIR;
import static com.coopromo.governance.domain.CommitteeRole.MEMBER;
import static com.coopromo.governance.domain.CommitteeRole.REVIEWER;
import static com.coopromo.governance.domain.CommitteeRole.SECRETARY;
import static com.coopromo.governance.domain.GovernanceFixture.COMMITTEE;
import static com.coopromo.governance.domain.GovernanceFixture.LEO;
import static com.coopromo.governance.domain.GovernanceFixture.MIA;
import static com.coopromo.governance.domain.GovernanceFixture.PIA;
import static com.coopromo.governance.domain.GovernanceFixture.ROTATION;
import static com.coopromo.governance.domain.GovernanceFixture.SAM;
import static com.coopromo.governance.domain.GovernanceFixture.SOL;
import static com.coopromo.governance.domain.GovernanceFixture.WEEKLY;
import static com.coopromo.governance.domain.GovernanceFixture.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

class RotationTest {
    private static final Instant FIRST_WEEK = at("2027-03-03T12:00:00Z");
    private static final Instant SECOND_WEEK = at("2027-03-10T12:00:00Z");

    @Test
    void inTheFirstTermTheOfficesGoToTheFirstMembersInCommitteeOrder() {
        assertThat(ROTATION.holderOf(CHAIR, FIRST_WEEK)).isEqualTo(SAM);
        assertThat(ROTATION.holderOf(REVIEWER, FIRST_WEEK)).isEqualTo(MIA);
        assertThat(ROTATION.holderOf(SECRETARY, FIRST_WEEK)).isEqualTo(LEO);
    }

    @Test
    void eachNewTermMovesEveryOfficeOneMemberOnSoTheReviewerBecomesChair() {
        assertThat(ROTATION.holderOf(CHAIR, SECOND_WEEK)).isEqualTo(MIA);
        assertThat(ROTATION.holderOf(REVIEWER, SECOND_WEEK)).isEqualTo(LEO);
        assertThat(ROTATION.holderOf(SECRETARY, SECOND_WEEK)).isEqualTo(PIA);
    }

    @Test
    void theRotationWrapsAroundAfterTheLastMember() {
        Instant fifthWeek = at("2027-03-31T12:00:00Z");

        assertThat(ROTATION.holderOf(CHAIR, fifthWeek)).isEqualTo(SOL);
        assertThat(ROTATION.holderOf(REVIEWER, fifthWeek)).isEqualTo(SAM);
        assertThat(ROTATION.holderOf(SECRETARY, fifthWeek)).isEqualTo(MIA);
    }

    @Test
    void aMemberWithoutAnOfficeSitsAsAPlainMember() {
        assertThat(ROTATION.roleOf(PIA, FIRST_WEEK)).isEqualTo(MEMBER);
        assertThat(ROTATION.roleOf(PIA, SECOND_WEEK)).isEqualTo(SECRETARY);
    }

    @Test
    void memberIsNotAnOfficeThatCanBeHeld() {
        assertThatThrownBy(() -> ROTATION.holderOf(MEMBER, FIRST_WEEK))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("MEMBER is not a rotating office (offices: [CHAIR, REVIEWER, SECRETARY])");
    }

    @Test
    void theRotationAheadListsEachTermsIndexSpanAndHolders() {
        List<Term> ahead = ROTATION.rotationAhead(SECOND_WEEK, 2);

        assertThat(ahead).extracting(Term::index).containsExactly(1L, 2L);
        assertThat(ahead.get(0).start()).isEqualTo(at("2027-03-07T23:00:00Z"));
        assertThat(ahead.get(0).end()).isEqualTo(at("2027-03-14T23:00:00Z"));
        assertThat(ahead.get(1).holders()).containsExactly(
                entry(CHAIR, LEO), entry(REVIEWER, PIA), entry(SECRETARY, SOL));
    }

    @Test
    void theRotationAheadOfAnInstantBeforeTheFirstTermStartsWithTheFirstTerm() {
        assertThat(ROTATION.rotationAhead(at("2027-01-01T00:00:00Z"), 1).get(0).index()).isEqualTo(0L);
    }

    @Test
    void overAsManyTermsAsMembersEveryMemberHoldsEveryOfficeExactlyOnce() {
        List<Term> cycle = ROTATION.rotationAhead(WEEKLY.termStart(0), COMMITTEE.size());

        for (CommitteeRole office : CommitteeRole.offices()) {
            Set<CommitteeMember> holders = new HashSet<CommitteeMember>();
            for (Term term : cycle) {
                holders.add(term.holderOf(office));
            }
            assertThat(holders).as(office.name()).containsExactlyInAnyOrderElementsOf(COMMITTEE.members());
        }
    }

    @Test
    void noMemberHoldsTwoOfficesInTheSameTerm() {
        for (Term term : ROTATION.rotationAhead(WEEKLY.termStart(0), 20)) {
            assertThat(new HashSet<CommitteeMember>(term.holders().values())).as(term.toString()).hasSize(3);
        }
    }
}
