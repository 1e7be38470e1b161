package com.coopromo.calendar.domain;

import com.coopromo.campaign.domain.CampaignState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Collections;
import java.util.List;

import static com.coopromo.calendar.domain.CalendarFixture.PARIS;
import static com.coopromo.calendar.domain.CalendarFixture.campaign;
import static com.coopromo.calendar.domain.CalendarFixture.conflictsAt;
import static com.coopromo.calendar.domain.CalendarFixture.window;
import static org.assertj.core.api.Assertions.assertThat;

/** The default campaign starts 2027-03-10T09:00 Paris (08:00Z); the window wants approval 7 days earlier. */
class ApprovalOverdueTest {
    private static final ThemingWindow SPRING =
            window("Spring garden", PARIS, "2027-03-01T00:00", "2027-04-01T00:00", "5", "50", 0, 7);
    private static final Instant DUE = Instant.parse("2027-03-03T08:00:00Z");

    private static List<CalendarConflict> conflictsAtWithSpring(Instant now, CalendarEntry entry) {
        return conflictsAt(now, Collections.singletonList(entry), Collections.singletonList(SPRING));
    }

    @Test
    void givenACampaignStillInReviewPastStartMinusTheApprovalLead_whenChecked_thenItIsOverdue() {
        CalendarEntry entry = campaign(1).named("Seed swap").in(CampaignState.IN_REVIEW).build();

        List<CalendarConflict> found = conflictsAtWithSpring(DUE.plusSeconds(60), entry);

        assertThat(found).extracting(CalendarConflict::kind).containsExactly(ConflictKind.APPROVAL_OVERDUE);
        assertThat(found.get(0).campaignIds()).containsExactly(1L);
        assertThat(found.get(0).message()).isEqualTo("Campaign 'Seed swap' (#1, 2027-03-10T09:00 to 2027-03-20T09:00 "
                + "Europe/Paris) is still IN_REVIEW, but theming window 'Spring garden' needs approval 7 days before the "
                + "start, by 2027-03-03T09:00 Europe/Paris (now 2027-03-03T08:01:00Z).");
    }

    @Test
    void givenNowExactlyAtStartMinusTheApprovalLead_whenChecked_thenItIsNotYetOverdue() {
        assertThat(conflictsAtWithSpring(DUE, campaign(1).in(CampaignState.IN_REVIEW).build())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = CampaignState.class, names = {"DRAFT", "SUBMITTED", "IN_REVIEW"})
    void givenACampaignAwaitingApprovalPastItsDueDate_whenChecked_thenItIsOverdue(CampaignState state) {
        assertThat(conflictsAtWithSpring(DUE.plusSeconds(1), campaign(1).in(state).build()))
                .extracting(CalendarConflict::kind).containsExactly(ConflictKind.APPROVAL_OVERDUE);
    }

    @ParameterizedTest
    @EnumSource(value = CampaignState.class, names = {"DRAFT", "SUBMITTED", "IN_REVIEW"}, mode = EnumSource.Mode.EXCLUDE)
    void givenACampaignApprovedOrPastApprovalOrWithdrawn_whenCheckedLongAfterItsStart_thenItIsNeverOverdue(CampaignState state) {
        Instant afterTheCampaign = Instant.parse("2027-05-01T00:00:00Z");

        assertThat(conflictsAtWithSpring(afterTheCampaign, campaign(1).in(state).build())).isEmpty();
    }

    @Test
    void givenNoThemingWindows_whenADraftIsPastItsStart_thenItIsOverdueWithNoLead() {
        CalendarEntry draft = campaign(1).in(CampaignState.DRAFT).build();
        Instant start = Instant.parse("2027-03-10T08:00:00Z");

        assertThat(conflictsAt(start, Collections.singletonList(draft), Collections.<ThemingWindow>emptyList())).isEmpty();
        List<CalendarConflict> late = conflictsAt(start.plusSeconds(1), Collections.singletonList(draft),
                Collections.<ThemingWindow>emptyList());
        assertThat(late).extracting(CalendarConflict::kind).containsExactly(ConflictKind.APPROVAL_OVERDUE);
        assertThat(late.get(0).message()).contains("is still DRAFT, but it had to be approved before its start, by "
                + "2027-03-10T09:00 Europe/Paris");
    }
}
