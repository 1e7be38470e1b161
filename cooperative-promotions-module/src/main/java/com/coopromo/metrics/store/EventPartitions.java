package com.coopromo.metrics.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The day partitions of {@code COOP_METRIC_EVENT}: {@code COOP_METRIC_EVENT_Pyyyymmdd} holds the events of one UTC
 * day. Created when first needed (by the writer, or ahead by the retention job), dropped after the retention.
 */
public final class EventPartitions {
    static final String PREFIX = "coop_metric_event_p";
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private final Set<LocalDate> known = ConcurrentHashMap.newKeySet();

    /** Creates the day's partition unless this node already knows it exists (autocommit connection). */
    public void ensure(Connection c, LocalDate day) throws SQLException {
        if (known.contains(day)) {
            return;
        }
        String sql = "CREATE TABLE IF NOT EXISTS " + name(day) + " PARTITION OF COOP_METRIC_EVENT FOR VALUES FROM ('"
                + day + " 00:00:00+00') TO ('" + day.plusDays(1) + " 00:00:00+00')";
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            // another node created it at the same moment: fine when it now exists
            if (!exists(c, day)) {
                throw e;
            }
        }
        known.add(day);
    }

    /** Forgets what this node knows (after a write failed, e.g. because a partition was dropped meanwhile). */
    public void forget() {
        known.clear();
    }

    /** Drops the partitions of days before {@code firstKept} and their idempotency keys; returns how many. */
    public int dropBefore(Connection c, LocalDate firstKept) throws SQLException {
        int dropped = 0;
        for (LocalDate day : days(c)) {
            if (day.isBefore(firstKept)) {
                try (Statement s = c.createStatement()) {
                    s.execute("DROP TABLE IF EXISTS " + name(day));
                }
                known.remove(day);
                dropped++;
            }
        }
        try (PreparedStatement keys = c.prepareStatement("DELETE FROM COOP_METRIC_EVENT_KEY WHERE OCCURRED_AT < ?")) {
            keys.setTimestamp(1, Timestamp.from(firstKept.atStartOfDay(ZoneOffset.UTC).toInstant()));
            keys.executeUpdate();
        }
        return dropped;
    }

    /** The days that have a partition, oldest first. */
    public List<LocalDate> days(Connection c) throws SQLException {
        List<LocalDate> days = new ArrayList<LocalDate>();
        try (PreparedStatement q = c.prepareStatement("SELECT child.relname FROM pg_inherits i"
                + " JOIN pg_class parent ON parent.oid = i.inhparent JOIN pg_class child ON child.oid = i.inhrelid"
                + " WHERE parent.relname = 'coop_metric_event' ORDER BY child.relname");
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                String name = rs.getString(1);
                if (name.startsWith(PREFIX)) {
                    days.add(LocalDate.parse(name.substring(PREFIX.length()), DAY));
                }
            }
        }
        return days;
    }

    private static boolean exists(Connection c, LocalDate day) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            q.setString(1, name(day));
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    static String name(LocalDate day) {
        return PREFIX + DAY.format(day);
    }
}
