package com.coopromo.calendar.domain;

import com.coopromo.common.domain.CoopValidationException;
import com.coopromo.common.domain.FieldError;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;

import static com.coopromo.calendar.domain.CalendarFixture.window;
import static com.coopromo.campaign.domain.CampaignTermsFixture.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ThemingWindowTest {

    @Test
    void givenAValidWindow_whenBuilt_thenItsWallClockTimesAreReadInItsOwnZone() {
        ThemingWindow spring = ThemingWindow.of(" Spring garden ", "Asia/Tokyo", at("2027-03-01T00:00"),
                at("2027-04-01T00:00"), new BigDecimal("10"), new BigDecimal("40"), 14, 21);

        assertThat(spring.name()).isEqualTo("Spring garden");
        assertThat(spring.zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(spring.startInstant()).isEqualTo(Instant.parse("2027-02-28T15:00:00Z"));
        assertThat(spring.endInstant()).isEqualTo(Instant.parse("2027-03-31T15:00:00Z"));
        assertThat(spring.assetLeadDays()).isEqualTo(14);
        assertThat(spring.approvalLeadDays()).isEqualTo(21);
    }

    @Test
    void givenEveryFieldWrong_whenBuilt_thenEachBadFieldIsNamedAtOnce() {
        assertThatThrownBy(() -> ThemingWindow.of(" ", "Mars/Olympus", at("2027-04-01T00:00"), at("2027-03-01T00:00"),
                BigDecimal.ZERO, new BigDecimal("120"), -1, -2))
                .isInstanceOf(CoopValidationException.class)
                .satisfies(e -> assertThat(((CoopValidationException) e).errors()).extracting(FieldError::toString)
                        .containsExactly(
                                "name: is required",
                                "timeZone: unknown time zone 'Mars/Olympus' (use an IANA name like Europe/Paris)",
                                "endsAt: must be after startsAt (2027-03-01T00:00 is not after 2027-04-01T00:00)",
                                "minDiscountPercent: must be above 0 and at most 100 (was 0)",
                                "maxDiscountPercent: must be above 0 and at most 100 (was 120)",
                                "assetLeadDays: must be 0 or more (was -1)",
                                "approvalLeadDays: must be 0 or more (was -2)"));
    }

    @Test
    void givenLeadTimesOverAYearOrDatesOutsideTheCalendar_whenBuilt_thenEachIsNamed() {
        assertThatThrownBy(() -> ThemingWindow.of("Spring", "Europe/Paris", at("2027-03-01T00:00"),
                java.time.LocalDateTime.of(99999, 12, 31, 0, 0), new BigDecimal("10"), new BigDecimal("20"), 366, 400))
                .isInstanceOf(CoopValidationException.class)
                .satisfies(e -> assertThat(((CoopValidationException) e).errors()).extracting(FieldError::toString)
                        .containsExactly(
                                "endsAt: must be between 2000-01-01 and 9999-12-31 (was +99999-12-31T00:00)",
                                "assetLeadDays: must be at most 365 (was 366)",
                                "approvalLeadDays: must be at most 365 (was 400)"));
    }

    @Test
    void givenMissingValues_whenBuilt_thenEachIsRequired() {
        assertThatThrownBy(() -> ThemingWindow.of(null, null, null, null, null, null, 0, 0))
                .isInstanceOf(CoopValidationException.class)
                .satisfies(e -> assertThat(((CoopValidationException) e).errors()).extracting(FieldError::field)
                        .containsExactly("name", "timeZone", "startsAt", "endsAt", "minDiscountPercent", "maxDiscountPercent"));
    }

    @Test
    void givenAMinimumAboveTheMaximum_whenBuilt_thenTheMaximumIsRefusedNamingBothValues() {
        assertThatThrownBy(() -> window("Spring", "UTC", "2027-03-01T00:00", "2027-04-01T00:00", "30", "20", 0, 0))
                .isInstanceOf(CoopValidationException.class)
                .hasMessage("maxDiscountPercent: must not be below minDiscountPercent (20 < 30)");
    }

    @Test
    void givenAnEndEqualToTheStart_whenBuilt_thenItIsRefused() {
        assertThatThrownBy(() -> window("Spring", "UTC", "2027-03-01T00:00", "2027-03-01T00:00"))
                .hasMessageContaining("endsAt: must be after startsAt");
    }

    @Test
    void givenASingleAllowedDiscountUpToAHundredPercentAndNoLeadTimes_whenBuilt_thenItIsAccepted() {
        ThemingWindow window = window("Clearance", "UTC", "2027-03-01T00:00", "2027-04-01T00:00", "100", "100", 0, 0);

        assertThat(window.allowsDiscountRange(new BigDecimal("100.00"), new BigDecimal("100"))).isTrue();
        assertThat(window.allowsDiscountRange(new BigDecimal("99.99"), new BigDecimal("100"))).isFalse();
    }

    @Test
    void givenPercentsWithMoreThanTwoDecimals_whenBuilt_thenTheyAreRefusedNotRounded() {
        assertThatThrownBy(() -> window("Spring", "UTC", "2027-03-01T00:00", "2027-04-01T00:00", "10.005", "20", 0, 0))
                .hasMessage("minDiscountPercent: must have at most 2 decimals (was 10.005)");
    }

    @Test
    void givenAWindow_whenAskedWhetherItContainsASpan_thenItsEdgesCountAndItsEndIsExclusive() {
        ThemingWindow spring = window("Spring", "UTC", "2027-03-01T00:00", "2027-04-01T00:00");
        Instant start = Instant.parse("2027-03-01T00:00:00Z");
        Instant end = Instant.parse("2027-04-01T00:00:00Z");

        assertThat(spring.contains(start, end)).isTrue();
        assertThat(spring.contains(start.minusSeconds(1), end)).isFalse();
        assertThat(spring.contains(start, end.plusSeconds(1))).isFalse();
        assertThat(spring.overlaps(end, end.plusSeconds(3600))).isFalse();
        assertThat(spring.overlaps(end.minusSeconds(1), end.plusSeconds(3600))).isTrue();
    }
}
