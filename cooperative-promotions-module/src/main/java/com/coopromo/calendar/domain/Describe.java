package com.coopromo.calendar.domain;

import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;

/** Small helpers so every conflict message lists values the same way. */
final class Describe {
    private Describe() {
    }

    static List<Long> ids(CalendarEntry a, CalendarEntry b) {
        return Arrays.asList(a.campaignId(), b.campaignId());
    }

    /** "a, b and c"; each value wrapped in the quote given (may be empty). */
    static String list(Collection<?> values, String quote) {
        StringBuilder sb = new StringBuilder();
        Iterator<?> it = values.iterator();
        int i = 0;
        while (it.hasNext()) {
            Object value = it.next();
            if (i > 0) {
                sb.append(i == values.size() - 1 ? " and " : ", ");
            }
            sb.append(quote).append(value).append(quote);
            i++;
        }
        return sb.toString();
    }

    static String plural(int count, String singular, String plural) {
        return count == 1 ? singular : plural;
    }
}
