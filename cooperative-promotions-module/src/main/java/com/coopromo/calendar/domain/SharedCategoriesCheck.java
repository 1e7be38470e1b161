package com.coopromo.calendar.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Overlapping campaigns promoting the same category compete for the same shoppers: flag them for the planner. */
final class SharedCategoriesCheck implements ConflictCheck {
    @Override
    public List<CalendarConflict> find(CalendarSnapshot calendar) {
        List<CalendarConflict> found = new ArrayList<CalendarConflict>();
        for (CalendarEntry[] pair : calendar.overlappingPairs()) {
            Set<String> shared = new TreeSet<String>(pair[0].categories());
            shared.retainAll(pair[1].categories());
            if (!shared.isEmpty()) {
                found.add(new CalendarConflict(ConflictKind.CATEGORY_OVERLAP, Describe.ids(pair[0], pair[1]), null,
                        "Campaigns " + pair[0].describe() + " and " + pair[1].describe()
                                + " overlap in time and share the " + Describe.plural(shared.size(), "category", "categories")
                                + " " + Describe.list(shared, "'") + "."));
            }
        }
        return found;
    }
}
