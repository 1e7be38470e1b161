package com.coopromo.calendar.domain;

import com.coopromo.campaign.domain.CampaignState;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static com.coopromo.calendar.domain.CalendarFixture.CALENDAR;
import static com.coopromo.calendar.domain.CalendarFixture.LOS_ANGELES;
import static com.coopromo.calendar.domain.CalendarFixture.NEW_YORK;
import static com.coopromo.calendar.domain.CalendarFixture.PARIS;
import static com.coopromo.calendar.domain.CalendarFixture.TOKYO;
import static com.coopromo.calendar.domain.CalendarFixture.campaign;
import static com.coopromo.calendar.domain.CalendarFixture.conflicts;
import static com.coopromo.calendar.domain.CalendarFixture.window;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class MonthViewTest {
    private static final YearMonth MARCH = YearMonth.of(2027, 3);

    private static MonthView view(YearMonth month, String viewerZone, List<CalendarEntry> entries,
                                  List<ThemingWindow> windows) {
        return CALENDAR.monthView(month, ZoneId.of(viewerZone), entries, windows, Collections.<CalendarConflict>emptyList());
    }

    private static MonthView view(String viewerZone, CalendarEntry... entries) {
        return view(MARCH, viewerZone, Arrays.asList(entries), Collections.<ThemingWindow>emptyList());
    }

    /** The days of the month on which the campaign shows. */
    private static List<Integer> daysShowing(MonthView view, long campaignId) {
        List<Integer> days = new ArrayList<Integer>();
        for (MonthView.Day day : view.days()) {
            for (MonthView.CampaignOnDay shown : day.campaigns()) {
                if (shown.id() == campaignId) {
                    days.add(day.date().getDayOfMonth());
                }
            }
        }
        return days;
    }

    @Test
    void givenAMonth_whenViewed_thenThereIsOneDayPerDateInOrder() {
        MonthView february = view(YearMonth.of(2027, 2), PARIS, Collections.<CalendarEntry>emptyList(),
                Collections.<ThemingWindow>emptyList());

        assertThat(february.month()).isEqualTo(YearMonth.of(2027, 2));
        assertThat(february.zone()).isEqualTo(ZoneId.of(PARIS));
        assertThat(february.days()).hasSize(28);
        assertThat(february.days().get(0).date()).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(february.days().get(27).date()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(february.conflicts()).isEmpty();
    }

    @Test
    void givenACampaignEndingAtMidnight_whenViewedInItsOwnZone_thenItShowsOnlyOnTheDaysItRuns() {
        CalendarEntry entry = campaign(1).named("Seed swap").in(CampaignState.SCHEDULED)
                .running(PARIS, "2027-03-10T00:00", "2027-03-12T00:00").build();

        MonthView march = view(PARIS, entry);

        assertThat(daysShowing(march, 1)).containsExactly(10, 11);
        assertThat(march.days().get(9).campaigns())
                .extracting(MonthView.CampaignOnDay::id, MonthView.CampaignOnDay::name, MonthView.CampaignOnDay::state)
                .containsExactly(tuple(1L, "Seed swap", CampaignState.SCHEDULED));
    }

    @Test
    void givenACampaignViewedFromAZoneBehindItsOwn_whenViewed_thenItShowsOnTheViewersDates() {
        // Paris 10 March 00:00 to 12 March 00:00 is New York 9 March 18:00 to 11 March 18:00 (EST)
        CalendarEntry entry = campaign(1).running(PARIS, "2027-03-10T00:00", "2027-03-12T00:00").build();

        assertThat(daysShowing(view(NEW_YORK, entry), 1)).containsExactly(9, 10, 11);
    }

    @Test
    void givenACampaignThatIsInFebruaryInItsZoneButMarchForTheViewer_whenViewed_thenItShowsOnTheViewersFirstOfMarch() {
        // Los Angeles 28 February 18:00-22:00 (PST) is Tokyo 1 March 11:00-15:00
        CalendarEntry entry = campaign(1).running(LOS_ANGELES, "2027-02-28T18:00", "2027-02-28T22:00").build();

        assertThat(daysShowing(view(TOKYO, entry), 1)).containsExactly(1);
        assertThat(daysShowing(view(LOS_ANGELES, entry), 1)).isEmpty();
    }

    @Test
    void givenSeveralCampaignsOnADay_whenViewed_thenTheEarliestStartComesFirst() {
        CalendarEntry later = campaign(1).running(PARIS, "2027-03-10T12:00", "2027-03-10T18:00").build();
        CalendarEntry earlier = campaign(2).running(PARIS, "2027-03-10T08:00", "2027-03-10T10:00").build();

        assertThat(view(PARIS, later, earlier).days().get(9).campaigns())
                .extracting(MonthView.CampaignOnDay::id).containsExactly(2L, 1L);
    }

    @Test
    void givenThemingWindows_whenViewed_thenEachDayNamesTheWindowsCoveringItAndAWindowEndingAtMidnightStopsThere() {
        ThemingWindow garden = window("Garden week", PARIS, "2027-03-08T00:00", "2027-03-15T00:00");
        ThemingWindow spring = window("Spring", PARIS, "2027-03-01T00:00", "2027-04-01T00:00");

        MonthView march = view(MARCH, PARIS, Collections.<CalendarEntry>emptyList(), Arrays.asList(garden, spring));

        assertThat(march.days().get(6).windows()).containsExactly("Spring");
        assertThat(march.days().get(7).windows()).containsExactly("Spring", "Garden week");
        assertThat(march.days().get(13).windows()).containsExactly("Spring", "Garden week");
        assertThat(march.days().get(14).windows()).containsExactly("Spring");
        assertThat(march.days().get(30).windows()).containsExactly("Spring");
    }

    @Test
    void givenRejectedAndCancelledCampaigns_whenViewed_thenTheyAreNotShown() {
        CalendarEntry live = campaign(1).in(CampaignState.LIVE).build();
        CalendarEntry rejected = campaign(2).in(CampaignState.REJECTED).build();
        CalendarEntry cancelled = campaign(3).in(CampaignState.CANCELLED).build();

        assertThat(view(PARIS, live, rejected, cancelled).days().get(14).campaigns())
                .extracting(MonthView.CampaignOnDay::id).containsExactly(1L);
    }

    @Test
    void givenConflicts_whenViewed_thenOnlyThoseInvolvingACampaignRunningThatMonthAreShownAndItsCampaignsAreFlagged() {
        List<CalendarEntry> entries = Arrays.asList(
                campaign(1).listings(10L).build(),
                campaign(2).listings(10L).build(),
                campaign(3).running(PARIS, "2027-04-10T09:00", "2027-04-20T09:00").listings(20L).build(),
                campaign(4).running(PARIS, "2027-04-10T09:00", "2027-04-20T09:00").listings(20L).build(),
                campaign(5).running(PARIS, "2027-03-25T09:00", "2027-03-26T09:00").build());
        List<CalendarConflict> all = conflicts(entries, Collections.<ThemingWindow>emptyList());

        MonthView march = CALENDAR.monthView(MARCH, ZoneId.of(PARIS), entries, Collections.<ThemingWindow>emptyList(), all);

        assertThat(all).extracting(CalendarConflict::campaignIds)
                .containsExactly(Arrays.asList(1L, 2L), Arrays.asList(3L, 4L));
        assertThat(march.conflicts()).extracting(CalendarConflict::campaignIds).containsExactly(Arrays.asList(1L, 2L));
        assertThat(march.days().get(14).campaigns())
                .extracting(MonthView.CampaignOnDay::id, MonthView.CampaignOnDay::inConflict)
                .containsExactly(tuple(1L, true), tuple(2L, true));
        assertThat(march.days().get(24).campaigns())
                .extracting(MonthView.CampaignOnDay::id, MonthView.CampaignOnDay::inConflict)
                .containsExactly(tuple(5L, false));
    }
}
