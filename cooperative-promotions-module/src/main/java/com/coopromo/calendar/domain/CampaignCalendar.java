package com.coopromo.calendar.domain;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The marketplace's campaign calendar: finds the conflicts to settle before a campaign is approved, and lays the
 * campaigns and theming windows out as a month grid. Rejected and cancelled campaigns will not run and are ignored.
 * Stateless and thread-safe; "now" is passed in, so callers take it from their injected {@code Clock}.
 */
public final class CampaignCalendar {
    private final List<ConflictCheck> checks;

    public CampaignCalendar() {
        this(Arrays.<ConflictCheck>asList(
                new SharedListingsCheck(),
                new SharedCategoriesCheck(),
                new SellerConcurrencyCheck(),
                new OutsideThemingWindowsCheck(),
                new WindowDiscountRangeCheck(),
                new AssetLeadTimeCheck(),
                new ApprovalLeadTimeCheck()));
    }

    CampaignCalendar(List<ConflictCheck> checks) {
        this.checks = Collections.unmodifiableList(new ArrayList<ConflictCheck>(checks));
    }

    /**
     * Every conflict on the calendar, each unordered pair of campaigns once, ordered by kind, then campaign ids, then
     * seller.
     *
     * @param sellerConcurrencyLimits per-seller limits on campaigns at one instant; sellers not in it get the default
     * @param now when the approval lead time is judged
     * @throws com.coopromo.common.domain.CoopValidationException for missing arguments, a campaign listed twice or a
     *         negative limit
     */
    public List<CalendarConflict> conflicts(List<CalendarEntry> entries, List<ThemingWindow> windows,
                                            Map<Long, Integer> sellerConcurrencyLimits, int defaultSellerLimit,
                                            Instant now) {
        CalendarSnapshot calendar = CalendarSnapshot.of(entries, windows, sellerConcurrencyLimits, defaultSellerLimit, now);
        List<CalendarConflict> found = new ArrayList<CalendarConflict>();
        for (ConflictCheck check : checks) {
            found.addAll(check.find(calendar));
        }
        Collections.sort(found, CalendarConflict.REPORT_ORDER);
        return Collections.unmodifiableList(found);
    }

    /** The conflicts involving one campaign, in the order of {@link #conflicts}; empty if it is clear (or not listed). */
    public List<CalendarConflict> conflictsFor(long campaignId, List<CalendarEntry> entries, List<ThemingWindow> windows,
                                               Map<Long, Integer> sellerConcurrencyLimits, int defaultSellerLimit,
                                               Instant now) {
        List<CalendarConflict> involving = new ArrayList<CalendarConflict>();
        for (CalendarConflict conflict : conflicts(entries, windows, sellerConcurrencyLimits, defaultSellerLimit, now)) {
            if (conflict.involves(campaignId)) {
                involving.add(conflict);
            }
        }
        return Collections.unmodifiableList(involving);
    }

    /**
     * One month as a grid: for every day (midnight to midnight in the viewer's {@code zone}) the campaigns running
     * some time that day and the theming windows covering some of it, plus those of {@code conflicts} involving a
     * campaign that runs during the month.
     *
     * @param conflicts usually {@link #conflicts} of the same entries; pass an empty list to show none
     */
    public MonthView monthView(YearMonth month, ZoneId zone, List<CalendarEntry> entries, List<ThemingWindow> windows,
                               List<CalendarConflict> conflicts) {
        return MonthView.of(month, zone, entries, windows, conflicts);
    }
}
