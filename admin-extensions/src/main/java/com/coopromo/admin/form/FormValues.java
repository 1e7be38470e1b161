package com.coopromo.admin.form;

import com.coopromo.common.domain.FieldError;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.Property;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The values of one submitted admin form (Broadleaf's {@link Entity}), read as the domain wants them. Text that does
 * not parse is recorded as a {@link FieldError} on its field ({@link #problems()}) and read as null, so a form shows
 * every problem at once, the domain's own included.
 */
public class FormValues {
    /** Broadleaf 3.1's admin date format ({@code FormatUtil.DATE_FORMAT}) first, then a few a person may type. */
    private static final List<DateTimeFormatter> DATE_TIMES = Collections.unmodifiableList(Arrays.asList(
            DateTimeFormatter.ofPattern("yyyy.MM.dd HH:mm:ss"),
            DateTimeFormatter.ofPattern("yyyy.MM.dd HH:mm"),
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"),
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"),
            DateTimeFormatter.ISO_LOCAL_DATE_TIME));
    private static final List<DateTimeFormatter> DATES = Collections.unmodifiableList(Arrays.asList(
            DateTimeFormatter.ofPattern("yyyy.MM.dd"), DateTimeFormatter.ISO_LOCAL_DATE));

    private final Entity entity;
    private final List<FieldError> problems = new ArrayList<FieldError>();

    public FormValues(Entity entity) {
        this.entity = entity;
    }

    public Entity entity() {
        return entity;
    }

    /** True when the form carries the property at all (an edit form may leave read-only ones out). */
    public boolean has(String property) {
        return entity.findProperty(property) != null;
    }

    /** The text as submitted; null when the field was not submitted or left empty. */
    public String text(String property) {
        Property p = entity.findProperty(property);
        String value = p == null ? null : p.getValue();
        return value == null || value.trim().isEmpty() ? null : value;
    }

    public Long longValue(String property) {
        String text = text(property);
        try {
            return text == null ? null : Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            problems.add(new FieldError(property, "is not a whole number (was '" + text + "')"));
            return null;
        }
    }

    public Integer intValue(String property) {
        String text = text(property);
        try {
            return text == null ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            problems.add(new FieldError(property, "is not a whole number (was '" + text + "')"));
            return null;
        }
    }

    public BigDecimal decimal(String property) {
        String text = text(property);
        try {
            return text == null ? null : new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            problems.add(new FieldError(property, "is not a number (was '" + text + "')"));
            return null;
        }
    }

    /** A wall-clock time as typed: the text itself, never shifted by the server's or the browser's zone. */
    public LocalDateTime dateTime(String property) {
        String text = text(property);
        if (text == null) {
            return null;
        }
        String trimmed = text.trim();
        for (DateTimeFormatter format : DATE_TIMES) {
            try {
                return LocalDateTime.parse(trimmed, format);
            } catch (DateTimeParseException e) {
                // next format
            }
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(trimmed, format).atStartOfDay();
            } catch (DateTimeParseException e) {
                // next format
            }
        }
        problems.add(new FieldError(property, "is not a date and time like 2026.12.01 09:00:00 (was '" + text + "')"));
        return null;
    }

    /** A value of one of the domain's enums, by its name. */
    public <E extends Enum<E>> E enumValue(String property, Class<E> type) {
        String text = text(property);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldError(property, "unknown value '" + text + "' (expected one of "
                    + Arrays.toString(type.getEnumConstants()) + ")"));
            return null;
        }
    }

    /** Comma-separated names of one of the domain's enums (empty text: none). */
    public <E extends Enum<E>> java.util.Set<E> enumSet(String property, Class<E> type) {
        java.util.Set<E> values = java.util.EnumSet.noneOf(type);
        String text = text(property);
        if (text == null) {
            return values;
        }
        List<String> unknown = new ArrayList<String>();
        for (String name : text.split(",")) {
            String trimmed = name.trim().toUpperCase(java.util.Locale.ROOT);
            if (trimmed.isEmpty()) {
                continue;
            }
            try {
                values.add(Enum.valueOf(type, trimmed));
            } catch (IllegalArgumentException e) {
                unknown.add(name.trim());
            }
        }
        if (!unknown.isEmpty()) {
            problems.add(new FieldError(property, "unknown value(s) " + unknown + " (expected comma-separated names of "
                    + Arrays.toString(type.getEnumConstants()) + ")"));
        }
        return values;
    }

    /** Values that did not parse, each on its field. */
    public List<FieldError> problems() {
        return Collections.unmodifiableList(problems);
    }
}
