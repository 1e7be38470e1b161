package com.coopromo.calendar.domain;

import com.coopromo.campaign.domain.CampaignState;
import com.coopromo.common.domain.Validation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the conflict checks look at: the campaigns that still count (not rejected, not cancelled) ordered by start,
 * the theming windows ordered by start, the sellers' concurrency limits and the current instant.
 */
final class CalendarSnapshot {
    static final Comparator<CalendarEntry> BY_START = new Comparator<CalendarEntry>() {
        @Override
        public int compare(CalendarEntry a, CalendarEntry b) {
            int byStart = a.terms().startInstant().compareTo(b.terms().startInstant());
            return byStart != 0 ? byStart : Long.compare(a.campaignId(), b.campaignId());
        }
    };
    static final Comparator<ThemingWindow> WINDOWS_BY_START = new Comparator<ThemingWindow>() {
        @Override
        public int compare(ThemingWindow a, ThemingWindow b) {
            int byStart = a.startInstant().compareTo(b.startInstant());
            if (byStart != 0) {
                return byStart;
            }
            int byEnd = a.endInstant().compareTo(b.endInstant());
            return byEnd != 0 ? byEnd : a.name().compareTo(b.name());
        }
    };

    final List<CalendarEntry> campaigns;
    final List<ThemingWindow> windows;
    final Instant now;
    private final Map<Long, Integer> sellerLimits;
    private final int defaultSellerLimit;

    private CalendarSnapshot(List<CalendarEntry> campaigns, List<ThemingWindow> windows, Map<Long, Integer> sellerLimits,
                             int defaultSellerLimit, Instant now) {
        this.campaigns = campaigns;
        this.windows = windows;
        this.sellerLimits = sellerLimits;
        this.defaultSellerLimit = defaultSellerLimit;
        this.now = now;
    }

    /** @throws com.coopromo.common.domain.CoopValidationException naming each bad argument */
    static CalendarSnapshot of(List<CalendarEntry> entries, List<ThemingWindow> windows,
                               Map<Long, Integer> sellerConcurrencyLimits, int defaultSellerLimit, Instant now) {
        Validation v = new Validation();
        v.require(entries != null, "entries", "are required (an empty list when there are no campaigns)");
        v.require(windows != null, "windows", "are required (an empty list when no theming windows are defined)");
        v.require(sellerConcurrencyLimits != null, "sellerConcurrencyLimits",
                "are required (an empty map when every seller has the default limit)");
        v.require(now != null, "now", "is required");
        v.require(defaultSellerLimit >= 0, "defaultSellerLimit", "must be 0 or more (was " + defaultSellerLimit + ")");
        if (entries != null) {
            Set<Long> seen = new HashSet<Long>();
            for (CalendarEntry entry : entries) {
                if (entry == null) {
                    v.reject("entries", "must not contain an empty entry");
                } else if (!seen.add(entry.campaignId())) {
                    v.reject("entries", "campaign #" + entry.campaignId() + " is listed more than once");
                }
            }
        }
        v.require(windows == null || !windows.contains(null), "windows", "must not contain an empty window");
        if (sellerConcurrencyLimits != null) {
            for (Map.Entry<Long, Integer> limit : sellerConcurrencyLimits.entrySet()) {
                if (limit.getKey() == null || limit.getValue() == null || limit.getValue() < 0) {
                    v.reject("sellerConcurrencyLimits", "seller " + limit.getKey() + " has limit " + limit.getValue()
                            + "; every limit must be 0 or more");
                }
            }
        }
        v.throwIfInvalid();
        List<CalendarEntry> counted = new ArrayList<CalendarEntry>();
        for (CalendarEntry entry : entries) {
            if (counts(entry.state())) {
                counted.add(entry);
            }
        }
        Collections.sort(counted, BY_START);
        List<ThemingWindow> sortedWindows = new ArrayList<ThemingWindow>(windows);
        Collections.sort(sortedWindows, WINDOWS_BY_START);
        return new CalendarSnapshot(Collections.unmodifiableList(counted), Collections.unmodifiableList(sortedWindows),
                new HashMap<Long, Integer>(sellerConcurrencyLimits), defaultSellerLimit, now);
    }

    /** Rejected and cancelled campaigns will not run, so they conflict with nothing. */
    static boolean counts(CampaignState state) {
        return state != CampaignState.REJECTED && state != CampaignState.CANCELLED;
    }

    int limitFor(long sellerId) {
        Integer limit = sellerLimits.get(sellerId);
        return limit == null ? defaultSellerLimit : limit;
    }

    /** Every unordered pair of campaigns whose windows overlap, once each, the lower campaign id first. */
    List<CalendarEntry[]> overlappingPairs() {
        List<CalendarEntry[]> pairs = new ArrayList<CalendarEntry[]>();
        for (int i = 0; i < campaigns.size(); i++) {
            CalendarEntry a = campaigns.get(i);
            for (int j = i + 1; j < campaigns.size(); j++) {
                CalendarEntry b = campaigns.get(j);
                if (!b.terms().startInstant().isBefore(a.terms().endInstant())) {
                    break; // ordered by start: no later campaign can overlap a either
                }
                if (a.overlaps(b)) {
                    pairs.add(a.campaignId() < b.campaignId() ? new CalendarEntry[]{a, b} : new CalendarEntry[]{b, a});
                }
            }
        }
        return pairs;
    }

    /** The windows the campaign lies wholly inside, earliest first. */
    List<ThemingWindow> windowsContaining(CalendarEntry entry) {
        List<ThemingWindow> containing = new ArrayList<ThemingWindow>();
        for (ThemingWindow window : windows) {
            if (window.contains(entry.terms().startInstant(), entry.terms().endInstant())) {
                containing.add(window);
            }
        }
        return containing;
    }

    /**
     * The window whose rules the campaign follows: the earliest containing window that admits its discount range,
     * or, if none does, the earliest containing window; null when it lies inside none.
     */
    ThemingWindow governingWindow(CalendarEntry entry) {
        List<ThemingWindow> containing = windowsContaining(entry);
        for (ThemingWindow window : containing) {
            if (window.allowsDiscountRange(entry.terms().minDiscountPercent(), entry.terms().maxDiscountPercent())) {
                return window;
            }
        }
        return containing.isEmpty() ? null : containing.get(0);
    }
}
