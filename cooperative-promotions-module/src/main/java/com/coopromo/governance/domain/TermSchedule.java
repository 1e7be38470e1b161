package com.coopromo.governance.domain;

import com.coopromo.common.domain.Validation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * When committee terms begin and end. Term 0 starts at midnight of the first day in the committee's time zone and
 * every term lasts the same calendar period, so a weekly term always turns over on the same weekday at midnight
 * local time, across daylight-saving changes. Term k starts at {@code first + k × length}, computed from the first
 * day each time so month-long terms do not drift.
 */
public final class TermSchedule {
    private final LocalDate firstDay;
    private final ZoneId zone;
    private final Period length;

    private TermSchedule(LocalDate firstDay, ZoneId zone, Period length) {
        this.firstDay = firstDay;
        this.zone = zone;
        this.length = length;
    }

    /** @throws com.coopromo.common.domain.CoopValidationException if a value is missing or the length is not positive */
    public static TermSchedule of(LocalDate firstDay, ZoneId zone, Period length) {
        Validation v = new Validation();
        v.require(firstDay != null, "firstDay", "is required");
        v.require(zone != null, "zone", "is required");
        v.require(length != null && !length.isNegative() && !length.isZero()
                        && length.getYears() >= 0 && length.getMonths() >= 0 && length.getDays() >= 0,
                "termLength", "must be a positive period (was " + length + ")");
        v.throwIfInvalid();
        return new TermSchedule(firstDay, zone, length.normalized());
    }

    public static TermSchedule ofDays(LocalDate firstDay, ZoneId zone, int days) {
        return of(firstDay, zone, Period.ofDays(days));
    }

    public static TermSchedule ofWeeks(LocalDate firstDay, ZoneId zone, int weeks) {
        return of(firstDay, zone, Period.ofWeeks(weeks));
    }

    public LocalDate firstDay() {
        return firstDay;
    }

    public ZoneId zone() {
        return zone;
    }

    public Period length() {
        return length;
    }

    /** When term {@code index} (0-based) starts. */
    public Instant termStart(long index) {
        if (index < 0) {
            throw new IllegalArgumentException("term index must be 0 or more (was " + index + ")");
        }
        LocalDate day = firstDay.plusYears(length.getYears() * index)
                .plusMonths(length.getMonths() * index)
                .plusDays(length.getDays() * index);
        return day.atStartOfDay(zone).toInstant();
    }

    /** When term {@code index} ends: the instant the next term starts (exclusive). */
    public Instant termEnd(long index) {
        return termStart(index + 1);
    }

    /**
     * The index of the term that {@code instant} falls in.
     *
     * @throws IllegalArgumentException if the instant is before the first term
     */
    public long termIndexAt(Instant instant) {
        if (instant.isBefore(termStart(0))) {
            throw new IllegalArgumentException("the committee's first term starts at " + firstDay + " 00:00 " + zone
                    + "; there is no term at " + instant);
        }
        // estimate from the average length, then step to the exact term (at most a step or two)
        long days = ChronoUnit.DAYS.between(firstDay, instant.atZone(zone).toLocalDate());
        long approxLength = Math.max(1, length.getYears() * 365L + length.getMonths() * 30L + length.getDays());
        long index = Math.max(0, days / approxLength);
        while (index > 0 && termStart(index).isAfter(instant)) {
            index--;
        }
        while (!termStart(index + 1).isAfter(instant)) {
            index++;
        }
        return index;
    }
}
