package com.coopromo.calendar.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A listing runs in one campaign at a time: two overlapping campaigns must not share an enrolled listing. */
final class SharedListingsCheck implements ConflictCheck {
    @Override
    public List<CalendarConflict> find(CalendarSnapshot calendar) {
        List<CalendarConflict> found = new ArrayList<CalendarConflict>();
        for (CalendarEntry[] pair : calendar.overlappingPairs()) {
            Set<Long> shared = new TreeSet<Long>(pair[0].listingIds());
            shared.retainAll(pair[1].listingIds());
            if (!shared.isEmpty()) {
                found.add(new CalendarConflict(ConflictKind.LISTING_OVERLAP, Describe.ids(pair[0], pair[1]), null,
                        "Campaigns " + pair[0].describe() + " and " + pair[1].describe()
                                + " overlap in time and share enrolled " + Describe.plural(shared.size(), "listing", "listings")
                                + " " + Describe.list(shared, "") + "."));
            }
        }
        return found;
    }
}
