package com.coopromo.calendar.domain;

import com.coopromo.campaign.domain.CampaignState;
import com.coopromo.common.domain.Validation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A month of the calendar as seen from one time zone, ready for a grid: each day lists the campaigns running that day
 * (earliest start first) and the theming windows covering it (earliest first); {@link #conflicts()} holds the
 * conflicts involving a campaign that runs during the month. Days run midnight to midnight in the viewer's zone and
 * campaigns end exclusively, so a campaign ending at midnight does not show on the next day.
 */
public final class MonthView {
    private final YearMonth month;
    private final ZoneId zone;
    private final List<Day> days;
    private final List<CalendarConflict> conflicts;

    private MonthView(YearMonth month, ZoneId zone, List<Day> days, List<CalendarConflict> conflicts) {
        this.month = month;
        this.zone = zone;
        this.days = days;
        this.conflicts = conflicts;
    }

    static MonthView of(YearMonth month, ZoneId zone, List<CalendarEntry> entries, List<ThemingWindow> windows,
                        List<CalendarConflict> conflicts) {
        Validation v = new Validation();
        v.require(month != null, "month", "is required");
        v.require(zone != null, "zone", "is required");
        v.require(entries != null && !entries.contains(null), "entries", "are required (an empty list when there are no campaigns)");
        v.require(windows != null && !windows.contains(null), "windows", "are required (an empty list when none are defined)");
        v.require(conflicts != null && !conflicts.contains(null), "conflicts", "are required (an empty list to show none)");
        v.throwIfInvalid();

        List<CalendarEntry> shown = new ArrayList<CalendarEntry>();
        for (CalendarEntry entry : entries) {
            if (CalendarSnapshot.counts(entry.state())) {
                shown.add(entry);
            }
        }
        Collections.sort(shown, CalendarSnapshot.BY_START);
        List<ThemingWindow> sortedWindows = new ArrayList<ThemingWindow>(windows);
        Collections.sort(sortedWindows, CalendarSnapshot.WINDOWS_BY_START);

        Instant monthStart = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant monthEnd = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        Map<Long, CalendarEntry> inMonth = new HashMap<Long, CalendarEntry>();
        for (CalendarEntry entry : shown) {
            if (runsDuring(entry, monthStart, monthEnd)) {
                inMonth.put(entry.campaignId(), entry);
            }
        }
        List<CalendarConflict> touching = new ArrayList<CalendarConflict>();
        Set<Long> conflicted = new HashSet<Long>();
        for (CalendarConflict conflict : conflicts) {
            for (Long id : conflict.campaignIds()) {
                if (inMonth.containsKey(id)) {
                    touching.add(conflict);
                    conflicted.addAll(conflict.campaignIds());
                    break;
                }
            }
        }
        Collections.sort(touching, CalendarConflict.REPORT_ORDER);

        List<Day> days = new ArrayList<Day>();
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            LocalDate date = month.atDay(d);
            Instant dayStart = date.atStartOfDay(zone).toInstant();
            Instant dayEnd = date.plusDays(1).atStartOfDay(zone).toInstant();
            List<CampaignOnDay> running = new ArrayList<CampaignOnDay>();
            for (CalendarEntry entry : shown) {
                if (runsDuring(entry, dayStart, dayEnd)) {
                    running.add(new CampaignOnDay(entry.campaignId(), entry.campaignName(), entry.state(),
                            conflicted.contains(entry.campaignId())));
                }
            }
            List<String> covering = new ArrayList<String>();
            for (ThemingWindow window : sortedWindows) {
                if (window.overlaps(dayStart, dayEnd)) {
                    covering.add(window.name());
                }
            }
            days.add(new Day(date, Collections.unmodifiableList(running), Collections.unmodifiableList(covering)));
        }
        return new MonthView(month, zone, Collections.unmodifiableList(days), Collections.unmodifiableList(touching));
    }

    private static boolean runsDuring(CalendarEntry entry, Instant from, Instant until) {
        return entry.terms().startInstant().isBefore(until) && from.isBefore(entry.terms().endInstant());
    }

    public YearMonth month() { return month; }
    /** The viewer's zone the days are cut in. */
    public ZoneId zone() { return zone; }
    /** Every day of the month, the 1st first. */
    public List<Day> days() { return days; }
    /** Conflicts involving a campaign that runs during the month, in report order. */
    public List<CalendarConflict> conflicts() { return conflicts; }

    /** One cell of the grid. */
    public static final class Day {
        private final LocalDate date;
        private final List<CampaignOnDay> campaigns;
        private final List<String> windows;

        Day(LocalDate date, List<CampaignOnDay> campaigns, List<String> windows) {
            this.date = date;
            this.campaigns = campaigns;
            this.windows = windows;
        }

        public LocalDate date() { return date; }
        /** Campaigns running some time this day, earliest start first. */
        public List<CampaignOnDay> campaigns() { return campaigns; }
        /** Names of the theming windows covering some of this day, earliest first. */
        public List<String> windows() { return windows; }

        @Override
        public String toString() {
            return date + " " + campaigns + " " + windows;
        }
    }

    /** A campaign as a grid cell shows it. */
    public static final class CampaignOnDay {
        private final long id;
        private final String name;
        private final CampaignState state;
        private final boolean inConflict;

        CampaignOnDay(long id, String name, CampaignState state, boolean inConflict) {
            this.id = id;
            this.name = name;
            this.state = state;
            this.inConflict = inConflict;
        }

        public long id() { return id; }
        public String name() { return name; }
        public CampaignState state() { return state; }
        /** True if one of the month's {@link MonthView#conflicts()} involves this campaign. */
        public boolean inConflict() { return inConflict; }

        @Override
        public String toString() {
            return "'" + name + "' (#" + id + ", " + state + (inConflict ? ", in conflict" : "") + ")";
        }
    }
}
