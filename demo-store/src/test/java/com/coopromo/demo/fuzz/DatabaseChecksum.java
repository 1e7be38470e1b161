package com.coopromo.demo.fuzz;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Row count and content digest of every table the module owns and of Broadleaf's order tables (carts and orders are
 * orders), to prove a batch of requests changed nothing. The module's id generator and changelog bookkeeping are left
 * out: they are not business data; so are the metrics' tables ({@code coop_metric_*}): their queue writer and rollup
 * job fill them in the background from what shoppers did earlier, whatever the requests under test do.
 */
final class DatabaseChecksum {
    private final String url;

    DatabaseChecksum(String url) {
        this.url = url;
    }

    Map<String, String> take() {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables "
                    + "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND ("
                    + "table_name LIKE 'coop\\_%' OR table_name LIKE 'blc\\_order%' OR table_name LIKE 'blc\\_fulfillment\\_group%' "
                    + "OR table_name IN ('blc_discrete_order_item', 'blc_offer', 'blc_sku')) "
                    + "AND table_name NOT IN ('coop_id_generator', 'coop_databasechangelog', 'coop_databasechangeloglock') "
                    + "AND table_name NOT LIKE 'coop\\_metric\\_%' "
                    + "ORDER BY table_name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            Map<String, String> digest = new TreeMap<>();
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("SELECT count(*), coalesce(md5(string_agg(md5(t::text), '' ORDER BY "
                        + "md5(t::text))), '') FROM " + table + " t")) {
                    rs.next();
                    digest.put(table, rs.getLong(1) + " rows, " + rs.getString(2));
                }
            }
            if (digest.size() < 20) {
                throw new AssertionError("expected the module's tables and Broadleaf's order tables, found " + digest.keySet());
            }
            return digest;
        } catch (SQLException e) {
            throw new AssertionError("could not read the database: " + e, e);
        }
    }
}
