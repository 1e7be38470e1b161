package com.coopromo.common.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.EnumSet;
import java.util.Set;

/**
 * Conversions between the domain's types and the column types Hibernate 4.1 maps: wall-clock times as
 * {@code TIMESTAMP}, instants as {@code TIMESTAMP WITH TIME ZONE}, enum sets as comma-separated names.
 */
public final class StoredValues {
    private StoredValues() {
    }

    /** A wall-clock time, stored and read back unchanged whatever the JVM's time zone. */
    public static Date wallClock(LocalDateTime value) {
        return value == null ? null : Timestamp.valueOf(value);
    }

    public static LocalDateTime wallClock(Date stored) {
        return stored == null ? null : new Timestamp(stored.getTime()).toLocalDateTime();
    }

    public static Date instant(Instant value) {
        return value == null ? null : Date.from(value);
    }

    public static Instant instant(Date stored) {
        return stored == null ? null : Instant.ofEpochMilli(stored.getTime());
    }

    public static <E extends Enum<E>> String names(Set<E> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (E value : values) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(value.name());
        }
        return sb.toString();
    }

    public static <E extends Enum<E>> Set<E> enums(Class<E> type, String stored) {
        Set<E> values = EnumSet.noneOf(type);
        if (stored != null) {
            for (String name : stored.split(",")) {
                if (!name.trim().isEmpty()) {
                    values.add(Enum.valueOf(type, name.trim()));
                }
            }
        }
        return values;
    }
}
