package com.coopromo.calendar.domain;

import com.coopromo.campaign.domain.CampaignState;
import com.coopromo.campaign.domain.CampaignTerms;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static com.coopromo.campaign.domain.CampaignTermsFixture.aCampaignRunning;
import static com.coopromo.campaign.domain.CampaignTermsFixture.at;

/**
 * Calendars to start tests from. By default a campaign is APPROVED, runs 2027-03-10 09:00 to 2027-03-20 09:00 Paris
 * time with discounts 10%-30%, both deadlines at its start, and has no listings, categories or sellers; "now" is
 * mid-January 2027, long before any campaign starts. Each test sets only what it is about.
 */
final class CalendarFixture {
    static final String PARIS = "Europe/Paris";
    static final String TOKYO = "Asia/Tokyo";
    static final String LOS_ANGELES = "America/Los_Angeles";
    static final String NEW_YORK = "America/New_York";
    static final String UTC = "UTC";
    static final Instant NOW = Instant.parse("2027-01-15T00:00:00Z");
    static final int DEFAULT_SELLER_LIMIT = 2;
    static final CampaignCalendar CALENDAR = new CampaignCalendar();

    private CalendarFixture() {
    }

    static EntryBuilder campaign(long id) {
        return new EntryBuilder(id);
    }

    /** A window allowing discounts 5%-50% with no lead times. */
    static ThemingWindow window(String name, String zone, String start, String end) {
        return window(name, zone, start, end, "5", "50", 0, 0);
    }

    static ThemingWindow window(String name, String zone, String start, String end, String minPercent,
                                String maxPercent, int assetLeadDays, int approvalLeadDays) {
        return ThemingWindow.of(name, zone, at(start), at(end), new BigDecimal(minPercent), new BigDecimal(maxPercent),
                assetLeadDays, approvalLeadDays);
    }

    static List<CalendarConflict> conflicts(CalendarEntry... entries) {
        return conflicts(Arrays.asList(entries), Collections.<ThemingWindow>emptyList());
    }

    static List<CalendarConflict> conflicts(List<CalendarEntry> entries, List<ThemingWindow> windows) {
        return conflictsAt(NOW, entries, windows);
    }

    static List<CalendarConflict> conflictsAt(Instant now, List<CalendarEntry> entries, List<ThemingWindow> windows) {
        return CALENDAR.conflicts(entries, windows, Collections.<Long, Integer>emptyMap(), DEFAULT_SELLER_LIMIT, now);
    }

    static final class EntryBuilder {
        private final long id;
        private String name;
        private CampaignState state = CampaignState.APPROVED;
        private CampaignTerms.Builder terms = aCampaignRunning(PARIS, at("2027-03-10T09:00"), at("2027-03-20T09:00"));
        private final Set<Long> listings = new LinkedHashSet<Long>();
        private final Set<String> categories = new LinkedHashSet<String>();
        private final Set<Long> sellers = new LinkedHashSet<Long>();

        private EntryBuilder(long id) {
            this.id = id;
            this.name = "Campaign " + id;
        }

        EntryBuilder named(String value) { this.name = value; return this; }
        EntryBuilder in(CampaignState value) { this.state = value; return this; }

        /** Runs [start, end) wall-clock in the zone; both deadlines move to the start (set them after this). */
        EntryBuilder running(String zone, String start, String end) {
            this.terms = aCampaignRunning(zone, at(start), at(end));
            return this;
        }

        EntryBuilder discounts(String minPercent, String maxPercent) {
            terms.minDiscountPercent(new BigDecimal(minPercent)).maxDiscountPercent(new BigDecimal(maxPercent));
            return this;
        }

        EntryBuilder assetDeadline(String wallClock) {
            terms.assetDeadline(at(wallClock));
            return this;
        }

        EntryBuilder listings(Long... ids) { listings.addAll(Arrays.asList(ids)); return this; }
        EntryBuilder categories(String... names) { categories.addAll(Arrays.asList(names)); return this; }
        EntryBuilder sellers(Long... ids) { sellers.addAll(Arrays.asList(ids)); return this; }

        CalendarEntry build() {
            return new CalendarEntry(id, name, state, terms.build(), listings, categories, sellers);
        }
    }
}
