package com.coopromo.calendar.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/** One problem found on the calendar: its kind, the campaigns involved (ascending ids), the seller if any, and a sentence. */
public final class CalendarConflict {
    /** Kind, then campaign ids, then seller (none first), then message: the order conflicts are reported in. */
    static final Comparator<CalendarConflict> REPORT_ORDER = new Comparator<CalendarConflict>() {
        @Override
        public int compare(CalendarConflict a, CalendarConflict b) {
            int byKind = a.kind.compareTo(b.kind);
            if (byKind != 0) {
                return byKind;
            }
            for (int i = 0; i < Math.min(a.campaignIds.size(), b.campaignIds.size()); i++) {
                int byId = a.campaignIds.get(i).compareTo(b.campaignIds.get(i));
                if (byId != 0) {
                    return byId;
                }
            }
            if (a.campaignIds.size() != b.campaignIds.size()) {
                return a.campaignIds.size() < b.campaignIds.size() ? -1 : 1;
            }
            long sa = a.sellerId == null ? Long.MIN_VALUE : a.sellerId;
            long sb = b.sellerId == null ? Long.MIN_VALUE : b.sellerId;
            if (sa != sb) {
                return sa < sb ? -1 : 1;
            }
            return a.message.compareTo(b.message);
        }
    };

    private final ConflictKind kind;
    private final List<Long> campaignIds;
    private final Long sellerId;
    private final String message;

    /**
     * @param campaignIds the campaigns involved, in any order; kept ascending
     * @param sellerId the seller concerned, or null when the conflict is not about one seller
     */
    public CalendarConflict(ConflictKind kind, List<Long> campaignIds, Long sellerId, String message) {
        if (kind == null || campaignIds == null || campaignIds.isEmpty() || message == null) {
            throw new IllegalArgumentException("a conflict needs a kind, at least one campaign and a message");
        }
        List<Long> ids = new ArrayList<Long>(campaignIds);
        Collections.sort(ids);
        this.kind = kind;
        this.campaignIds = Collections.unmodifiableList(ids);
        this.sellerId = sellerId;
        this.message = message;
    }

    public ConflictKind kind() { return kind; }
    /** Ascending, unmodifiable. */
    public List<Long> campaignIds() { return campaignIds; }
    /** The seller concerned (SELLER_OVER_LIMIT), or null. */
    public Long sellerId() { return sellerId; }
    public String message() { return message; }

    public boolean involves(long campaignId) {
        return campaignIds.contains(campaignId);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof CalendarConflict)) {
            return false;
        }
        CalendarConflict c = (CalendarConflict) o;
        return kind == c.kind && campaignIds.equals(c.campaignIds)
                && (sellerId == null ? c.sellerId == null : sellerId.equals(c.sellerId)) && message.equals(c.message);
    }

    @Override
    public int hashCode() {
        int h = kind.hashCode();
        h = 31 * h + campaignIds.hashCode();
        h = 31 * h + (sellerId == null ? 0 : sellerId.hashCode());
        return 31 * h + message.hashCode();
    }

    @Override
    public String toString() {
        return kind + " " + campaignIds + (sellerId == null ? "" : " seller " + sellerId) + ": " + message;
    }
}
