package com.coopromo.calendar.service;

import com.coopromo.calendar.domain.CalendarConflict;
import com.coopromo.calendar.domain.MonthView;
import com.coopromo.calendar.domain.ThemingWindow;
import com.coopromo.calendar.persistence.ThemingWindowImpl;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

/** The campaign calendar over the stored campaigns, enrollments, participants and theming windows. */
public interface CalendarService {
    ThemingWindowImpl addWindow(ThemingWindow window);

    List<ThemingWindow> windows();

    /** Every conflict on the calendar now. */
    List<CalendarConflict> conflicts();

    /** The conflicts that involve one campaign (shown before it is approved). */
    List<CalendarConflict> conflictsFor(long campaignId);

    MonthView month(YearMonth month, ZoneId zone);
}
