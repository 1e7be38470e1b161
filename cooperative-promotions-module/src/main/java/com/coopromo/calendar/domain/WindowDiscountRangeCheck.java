package com.coopromo.calendar.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A campaign inside a theming window keeps its [minimum, cap] discount range within the window's allowed range. */
final class WindowDiscountRangeCheck implements ConflictCheck {
    @Override
    public List<CalendarConflict> find(CalendarSnapshot calendar) {
        List<CalendarConflict> found = new ArrayList<CalendarConflict>();
        for (CalendarEntry entry : calendar.campaigns) {
            ThemingWindow window = calendar.governingWindow(entry);
            if (window != null && !window.allowsDiscountRange(entry.terms().minDiscountPercent(),
                    entry.terms().maxDiscountPercent())) {
                found.add(new CalendarConflict(ConflictKind.DISCOUNT_OUTSIDE_WINDOW_RANGE,
                        Collections.singletonList(entry.campaignId()), null,
                        "Campaign " + entry.shortName() + " offers discounts of "
                                + entry.terms().minDiscountPercent().toPlainString() + "%-"
                                + entry.terms().maxDiscountPercent().toPlainString() + "%, outside the "
                                + window.allowedRange() + " allowed by theming window " + window.describe() + "."));
            }
        }
        return found;
    }
}
