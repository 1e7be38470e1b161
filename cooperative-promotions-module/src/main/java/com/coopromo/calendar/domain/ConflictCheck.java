package com.coopromo.calendar.domain;

import java.util.List;

/** One calendar rule: the conflicts it finds in a snapshot, in any order. {@link CampaignCalendar} assembles them. */
interface ConflictCheck {
    List<CalendarConflict> find(CalendarSnapshot calendar);
}
