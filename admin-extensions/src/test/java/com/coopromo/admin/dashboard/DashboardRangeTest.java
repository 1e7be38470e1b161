package com.coopromo.admin.dashboard;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardRangeTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Instant STARTS = Instant.parse("2026-09-01T13:00:00Z");
    private static final Instant ENDS = Instant.parse("2026-09-21T13:00:00Z");

    @Test
    void withoutDaysALiveCampaignIsShownFromItsFirstDayToToday() {
        DashboardRange r = DashboardRange.parse(null, " ", NEW_YORK, STARTS, ENDS, Instant.parse("2026-09-06T02:30:00Z"));
        assertThat(r.error()).isNull();
        assertThat(r.fromText()).isEqualTo("2026-09-01");
        assertThat(r.toText()).isEqualTo("2026-09-05");
        assertThat(r.range().from()).isEqualTo(Instant.parse("2026-09-01T04:00:00Z"));
        assertThat(r.range().to()).isEqualTo(Instant.parse("2026-09-06T04:00:00Z"));
    }

    @Test
    void withoutDaysAnEndedCampaignIsShownWhole() {
        DashboardRange r = DashboardRange.parse("", "", NEW_YORK, STARTS, ENDS, Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(r.fromText()).isEqualTo("2026-09-01");
        assertThat(r.toText()).isEqualTo("2026-09-21");
    }

    @Test
    void aScheduledCampaignShowsItsFirstDay() {
        DashboardRange r = DashboardRange.parse(null, null, NEW_YORK, STARTS, ENDS, Instant.parse("2026-08-01T00:00:00Z"));
        assertThat(r.fromText()).isEqualTo("2026-09-01");
        assertThat(r.toText()).isEqualTo("2026-09-01");
    }

    @Test
    void typedDaysAreBothIncluded() {
        DashboardRange r = DashboardRange.parse("2026-09-03", "2026-09-03", ZoneId.of("UTC"), STARTS, ENDS, ENDS);
        assertThat(r.error()).isNull();
        assertThat(r.range().from()).isEqualTo(Instant.parse("2026-09-03T00:00:00Z"));
        assertThat(r.range().to()).isEqualTo(Instant.parse("2026-09-04T00:00:00Z"));
    }

    @Test
    void eachRefusalIsOneSentenceNamingItsField() {
        assertThat(DashboardRange.parse("2026-13-01", null, NEW_YORK, STARTS, ENDS, ENDS).error())
                .isEqualTo("from: '2026-13-01' is not a date as yyyy-MM-dd (e.g. 2026-09-01).");
        assertThat(DashboardRange.parse("2026-09-01", "tomorrow", NEW_YORK, STARTS, ENDS, ENDS).error())
                .isEqualTo("to: 'tomorrow' is not a date as yyyy-MM-dd (e.g. 2026-09-30).");
        assertThat(DashboardRange.parse("2026-9-1", null, NEW_YORK, STARTS, ENDS, ENDS).error()).startsWith("from: ");
        assertThat(DashboardRange.parse("2026-02-30", null, NEW_YORK, STARTS, ENDS, ENDS).error()).startsWith("from: ");
        assertThat(DashboardRange.parse("2026-09-10", "2026-09-09", NEW_YORK, STARTS, ENDS, ENDS).error())
                .isEqualTo("to: 2026-09-09 is before the first day 2026-09-10.");
        DashboardRange tooLong = DashboardRange.parse("2025-01-01", "2026-09-09", NEW_YORK, STARTS, ENDS, ENDS);
        assertThat(tooLong.error()).startsWith("to: the range may span at most 400 days");
        assertThat(tooLong.range()).isNull();
    }
}
