package com.coopromo.admin.dashboard;

import com.coopromo.metrics.domain.TimeRange;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;

/**
 * The dashboard's time-range filter: a first and a last day (both included, {@value #FORMAT}) in the viewer's time
 * zone. Either may be left out: the range then starts with the campaign's first day and ends with its last day, or
 * with today while the campaign runs. A refusal is one sentence naming the field.
 */
public final class DashboardRange {
    public static final String FORMAT = "yyyy-MM-dd";
    /** The longest range the dashboard reads (its hourly series has a point per hour). */
    public static final int MAX_DAYS = 400;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private final LocalDate from;
    private final LocalDate to;
    private final TimeRange range;
    private final String error;

    private DashboardRange(LocalDate from, LocalDate to, TimeRange range, String error) {
        this.from = from;
        this.to = to;
        this.range = range;
        this.error = error;
    }

    /**
     * @param fromText       the first day as typed, or null/blank for the campaign's first day
     * @param toText         the last day as typed, or null/blank for the campaign's last day (today while it runs)
     * @param campaignStarts the campaign's start
     * @param campaignEnds   the campaign's end
     * @param now            the module clock's instant
     */
    public static DashboardRange parse(String fromText, String toText, ZoneId zone, Instant campaignStarts,
                                       Instant campaignEnds, Instant now) {
        LocalDate firstDay = campaignStarts.atZone(zone).toLocalDate();
        Instant lastInstant = campaignEnds.isAfter(now) ? now : campaignEnds.minusNanos(1);
        LocalDate lastDay = lastInstant.atZone(zone).toLocalDate();
        if (lastDay.isBefore(firstDay)) {
            lastDay = firstDay;
        }
        LocalDate from;
        LocalDate to;
        try {
            from = blank(fromText) ? firstDay : day(fromText.trim());
        } catch (DateTimeParseException e) {
            return refused("from: '" + fromText.trim() + "' is not a date as " + FORMAT + " (e.g. 2026-09-01).");
        }
        try {
            to = blank(toText) ? (lastDay.isBefore(from) ? from : lastDay) : day(toText.trim());
        } catch (DateTimeParseException e) {
            return refused("to: '" + toText.trim() + "' is not a date as " + FORMAT + " (e.g. 2026-09-30).");
        }
        if (to.isBefore(from)) {
            return refused("to: " + DAY.format(to) + " is before the first day " + DAY.format(from) + ".");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            return refused("to: the range may span at most " + MAX_DAYS + " days (" + DAY.format(from) + " to "
                    + DAY.format(to) + " is longer).");
        }
        TimeRange range = new TimeRange(from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant());
        return new DashboardRange(from, to, range, null);
    }

    private static LocalDate day(String text) {
        if (text.length() != 10) {
            throw new DateTimeParseException("not " + FORMAT, text, 0);
        }
        return LocalDate.parse(text, DAY);
    }

    private static DashboardRange refused(String error) {
        return new DashboardRange(null, null, null, error);
    }

    private static boolean blank(String text) {
        return text == null || text.trim().isEmpty();
    }

    /** The sentence refusing the input, or null when it was accepted. */
    public String error() {
        return error;
    }

    /** The range to read, or null when refused. */
    public TimeRange range() {
        return range;
    }

    /** The first day as the form shows it ("" when refused). */
    public String fromText() {
        return from == null ? "" : DAY.format(from);
    }

    public String toText() {
        return to == null ? "" : DAY.format(to);
    }
}
