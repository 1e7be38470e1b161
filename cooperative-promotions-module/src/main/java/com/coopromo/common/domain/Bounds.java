package com.coopromo.common.domain;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * Outer limits every input stays within, so a value is refused on its field instead of failing where it is stored or
 * computed with: amounts the money columns hold ({@code numeric(19,2)}), and dates a calendar can mean.
 */
public final class Bounds {
    /** The largest amount a money column ({@code numeric(19,2)}) holds. */
    public static final BigDecimal MONEY_MAX = new BigDecimal("99999999999999999.99");
    public static final LocalDate EARLIEST_DAY = LocalDate.of(2000, 1, 1);
    public static final LocalDate LATEST_DAY = LocalDate.of(9999, 12, 31);

    private Bounds() {
    }

    /** Refuses an amount above {@link #MONEY_MAX}; true when the amount is within it (or absent). */
    public static boolean money(Validation v, String field, BigDecimal amount) {
        if (amount != null && amount.compareTo(MONEY_MAX) > 0) {
            v.reject(field, "must be at most " + grouped(MONEY_MAX) + " (was " + shown(amount) + ")");
            return false;
        }
        return true;
    }

    /** Refuses a date-time outside {@link #EARLIEST_DAY} .. {@link #LATEST_DAY}; true when within (or absent). */
    public static boolean date(Validation v, String field, LocalDateTime value) {
        if (value != null && (value.toLocalDate().isBefore(EARLIEST_DAY) || value.toLocalDate().isAfter(LATEST_DAY))) {
            v.reject(field, "must be between " + EARLIEST_DAY + " and " + LATEST_DAY + " (was " + value + ")");
            return false;
        }
        return true;
    }

    /** Refuses a whole number outside {@code min .. max}; true when within. */
    public static boolean whole(Validation v, String field, long value, long min, long max) {
        if (value < min || value > max) {
            v.reject(field, "must be a whole number from " + min + " to " + max + " (was " + value + ")");
            return false;
        }
        return true;
    }

    private static String grouped(BigDecimal amount) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(amount);
    }

    private static String shown(BigDecimal amount) {
        String plain = amount.toPlainString();
        return plain.length() <= 40 ? plain : amount.toString();
    }
}
