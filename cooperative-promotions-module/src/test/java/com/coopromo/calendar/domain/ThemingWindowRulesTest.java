package com.coopromo.calendar.domain;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static com.coopromo.calendar.domain.CalendarFixture.PARIS;
import static com.coopromo.calendar.domain.CalendarFixture.TOKYO;
import static com.coopromo.calendar.domain.CalendarFixture.UTC;
import static com.coopromo.calendar.domain.CalendarFixture.campaign;
import static com.coopromo.calendar.domain.CalendarFixture.conflicts;
import static com.coopromo.calendar.domain.CalendarFixture.window;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Outside-window, discount-range and asset-lead rules. The default campaign runs 10-20 March 2027, Paris time. */
class ThemingWindowRulesTest {
    private static final ThemingWindow SPRING = window("Spring garden", PARIS, "2027-03-01T00:00", "2027-04-01T00:00");
    private static final ThemingWindow SUMMER = window("Summer", PARIS, "2027-06-01T00:00", "2027-09-01T00:00");

    private static List<CalendarConflict> conflictsWith(CalendarEntry entry, ThemingWindow... windows) {
        return conflicts(Collections.singletonList(entry), Arrays.asList(windows));
    }

    @Test
    void givenNoThemingWindowsDefined_whenChecked_thenNoCampaignIsOutsideOne() {
        assertThat(conflicts(campaign(1).build())).isEmpty();
    }

    @Test
    void givenWindowsDefinedAndACampaignInsideNone_whenChecked_thenItIsReportedNamingTheCampaignAndTheWindows() {
        CalendarEntry april = campaign(1).named("April fools")
                .running(PARIS, "2027-04-01T09:00", "2027-04-02T09:00").build();

        List<CalendarConflict> found = conflictsWith(april, SUMMER, SPRING);

        assertThat(found).extracting(CalendarConflict::kind).containsExactly(ConflictKind.OUTSIDE_THEMING_WINDOWS);
        assertThat(found.get(0).campaignIds()).containsExactly(1L);
        assertThat(found.get(0).message()).isEqualTo("Campaign 'April fools' (#1, 2027-04-01T09:00 to 2027-04-02T09:00 "
                + "Europe/Paris) does not lie inside any theming window; the windows are 'Spring garden' (2027-03-01T00:00 "
                + "to 2027-04-01T00:00 Europe/Paris) and 'Summer' (2027-06-01T00:00 to 2027-09-01T00:00 Europe/Paris).");
    }

    @Test
    void givenACampaignRunningPastTheEndOfItsWindow_whenChecked_thenItIsOutsideTheWindows() {
        CalendarEntry straddling = campaign(1).running(PARIS, "2027-03-25T00:00", "2027-04-01T00:01").build();

        assertThat(conflictsWith(straddling, SPRING)).extracting(CalendarConflict::kind)
                .containsExactly(ConflictKind.OUTSIDE_THEMING_WINDOWS);
    }

    @Test
    void givenACampaignFillingItsWindowExactly_whenChecked_thenItIsInside() {
        CalendarEntry wholeMonth = campaign(1).running(PARIS, "2027-03-01T00:00", "2027-04-01T00:00").build();

        assertThat(conflictsWith(wholeMonth, SPRING)).isEmpty();
    }

    @Test
    void givenAWindowInAnotherZone_whenChecked_thenContainmentIsJudgedOnInstants() {
        // Tokyo March starts 2027-02-28T15:00Z, i.e. 16:00 on 28 February in Paris
        ThemingWindow tokyoMarch = window("Tokyo March", TOKYO, "2027-03-01T00:00", "2027-04-01T00:00");
        CalendarEntry inside = campaign(1).running(PARIS, "2027-02-28T16:00", "2027-02-28T20:00").build();
        CalendarEntry before = campaign(2).running(PARIS, "2027-02-28T15:59", "2027-02-28T20:00").build();

        assertThat(conflicts(Arrays.asList(inside, before), Collections.singletonList(tokyoMarch)))
                .extracting(CalendarConflict::kind, CalendarConflict::campaignIds)
                .containsExactly(tuple(ConflictKind.OUTSIDE_THEMING_WINDOWS,
                        Collections.singletonList(2L)));
    }

    @Test
    void givenADiscountRangeExactlyAtTheWindowsMinimumAndMaximum_whenChecked_thenItIsAllowed() {
        ThemingWindow window = window("Spring garden", PARIS, "2027-03-01T00:00", "2027-04-01T00:00", "10", "30", 0, 0);

        assertThat(conflictsWith(campaign(1).discounts("10.00", "30").build(), window)).isEmpty();
    }

    @Test
    void givenAMinimumDiscountBelowTheWindowsRange_whenChecked_thenTheRangesAreNamed() {
        ThemingWindow window = window("Spring garden", PARIS, "2027-03-01T00:00", "2027-04-01T00:00", "10", "30", 0, 0);
        CalendarEntry entry = campaign(1).named("Seed swap").discounts("9.99", "30").build();

        List<CalendarConflict> found = conflictsWith(entry, window);

        assertThat(found).extracting(CalendarConflict::kind).containsExactly(ConflictKind.DISCOUNT_OUTSIDE_WINDOW_RANGE);
        assertThat(found.get(0).message()).isEqualTo("Campaign 'Seed swap' (#1) offers discounts of 9.99%-30%, outside "
                + "the 10%-30% allowed by theming window 'Spring garden' (2027-03-01T00:00 to 2027-04-01T00:00 Europe/Paris).");
    }

    @Test
    void givenADiscountCapAboveTheWindowsRange_whenChecked_thenItIsReported() {
        ThemingWindow window = window("Spring garden", PARIS, "2027-03-01T00:00", "2027-04-01T00:00", "10", "30", 0, 0);

        assertThat(conflictsWith(campaign(1).discounts("10", "30.01").build(), window))
                .extracting(CalendarConflict::kind).containsExactly(ConflictKind.DISCOUNT_OUTSIDE_WINDOW_RANGE);
    }

    @Test
    void givenACampaignInsideTwoWindowsOfWhichOneAllowsItsRange_whenChecked_thenItIsAllowed() {
        ThemingWindow narrow = window("Garden week", PARIS, "2027-03-08T00:00", "2027-03-22T00:00", "5", "15", 0, 0);
        ThemingWindow wide = window("Spring", UTC, "2027-03-01T00:00", "2027-04-01T00:00", "5", "40", 0, 0);

        assertThat(conflictsWith(campaign(1).discounts("10", "30").build(), narrow, wide)).isEmpty();
    }

    @Test
    void givenAnAssetDeadlineExactlyAtStartMinusTheLeadDays_whenChecked_thenItIsOnTime() {
        ThemingWindow window = window("Spring garden", PARIS, "2027-03-01T00:00", "2027-04-01T00:00", "5", "50", 5, 0);

        assertThat(conflictsWith(campaign(1).assetDeadline("2027-03-05T09:00").build(), window)).isEmpty();
    }

    @Test
    void givenAnAssetDeadlineAMinuteLaterThanStartMinusTheLeadDays_whenChecked_thenItIsTooLate() {
        ThemingWindow window = window("Spring garden", PARIS, "2027-03-01T00:00", "2027-04-01T00:00", "5", "50", 5, 0);
        CalendarEntry entry = campaign(1).named("Seed swap").assetDeadline("2027-03-05T09:01").build();

        List<CalendarConflict> found = conflictsWith(entry, window);

        assertThat(found).extracting(CalendarConflict::kind).containsExactly(ConflictKind.ASSET_DEADLINE_TOO_LATE);
        assertThat(found.get(0).message()).isEqualTo("Campaign 'Seed swap' (#1, 2027-03-10T09:00 to 2027-03-20T09:00 "
                + "Europe/Paris) has its asset deadline at 2027-03-05T09:01 Europe/Paris, but theming window 'Spring garden' "
                + "needs assets 5 days before the start, by 2027-03-05T09:00 Europe/Paris.");
    }

    @Test
    void givenALeadAcrossAClockChange_whenChecked_thenLeadDaysAreCalendarDaysInTheCampaignsZone() {
        // Paris moves to summer time on 28 March 2027: 27 March 09:00 to 30 March 09:00 is only 71 hours
        ThemingWindow window = window("Spring garden", PARIS, "2027-03-01T00:00", "2027-04-30T00:00", "5", "50", 3, 0);
        CalendarEntry entry = campaign(1).running(PARIS, "2027-03-30T09:00", "2027-04-02T09:00")
                .assetDeadline("2027-03-27T09:00").build();

        assertThat(conflictsWith(entry, window)).isEmpty();
    }

    @Test
    void givenACampaignOutsideEveryWindow_whenChecked_thenOnlyThatIsReportedNotItsRangeOrAssets() {
        ThemingWindow strict = window("Spring garden", PARIS, "2027-03-01T00:00", "2027-03-05T00:00", "40", "50", 30, 0);

        assertThat(conflictsWith(campaign(1).build(), strict)).extracting(CalendarConflict::kind)
                .containsExactly(ConflictKind.OUTSIDE_THEMING_WINDOWS);
    }
}
