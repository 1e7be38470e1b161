package com.coopromo.calendar.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Once the marketplace has outlined theming windows, every campaign must run wholly inside one of them. */
final class OutsideThemingWindowsCheck implements ConflictCheck {
    @Override
    public List<CalendarConflict> find(CalendarSnapshot calendar) {
        List<CalendarConflict> found = new ArrayList<CalendarConflict>();
        if (calendar.windows.isEmpty()) {
            return found;
        }
        List<String> windows = new ArrayList<String>();
        for (ThemingWindow window : calendar.windows) {
            windows.add(window.describe());
        }
        for (CalendarEntry entry : calendar.campaigns) {
            if (calendar.windowsContaining(entry).isEmpty()) {
                found.add(new CalendarConflict(ConflictKind.OUTSIDE_THEMING_WINDOWS,
                        Collections.singletonList(entry.campaignId()), null,
                        "Campaign " + entry.describe() + " does not lie inside any theming window; the windows are "
                                + Describe.list(windows, "") + "."));
            }
        }
        return found;
    }
}
