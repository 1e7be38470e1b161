package com.coopromo.metrics;

import com.coopromo.infra.junit.TestHost;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/** The host's database for the metrics' tests. */
final class MetricsTestSupport {
    private MetricsTestSupport() {
    }

    static DataSource dataSource(TestHost host) {
        return (DataSource) host.bean("blMergedDataSources", Map.class).get("jdbc/web");
    }

    static long count(DataSource ds, String sql, Object... args) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                q.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
