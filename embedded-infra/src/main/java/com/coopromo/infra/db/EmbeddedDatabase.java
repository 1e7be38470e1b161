package com.coopromo.infra.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL 17 server run from Maven Central binaries. With a data directory it keeps its data between
 * starts (the demo store); without one it starts empty in a temporary folder (tests).
 */
public final class EmbeddedDatabase implements AutoCloseable {
    public static final String DATABASE = "coopstore";
    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /**
     * @param dataDirectory where the cluster lives; null for a throw-away cluster
     * @param port          TCP port on 127.0.0.1; 0 for any free one
     */
    public static EmbeddedDatabase start(Path dataDirectory, int port) {
        boolean throwAway = dataDirectory == null;
        try {
            Path dir = throwAway ? Files.createTempDirectory("coop-pg") : dataDirectory;
            Files.createDirectories(dir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(throwAway)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", throwAway ? "off" : "on")
                    .setServerConfig("synchronous_commit", throwAway ? "off" : "on");
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedDatabase db = new EmbeddedDatabase(builder.start(), dir);
            db.createStoreDatabaseIfMissing();
            return db;
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Embedded PostgreSQL did not start"
                    + (dataDirectory == null ? "" : " in " + dataDirectory) + ": " + e.getMessage(), e);
        }
    }

    private void createStoreDatabaseIfMissing() throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
             PreparedStatement exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet rs = exists.executeQuery()) {
                if (!rs.next()) {
                    try (Statement create = c.createStatement()) {
                        create.execute("create database " + DATABASE);
                    }
                }
            }
        }
    }

    /** Creates another, empty database on this server (e.g. to prove a schema on a clean slate); returns its URL. */
    public String createDatabase(String name) {
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("database name must be lower-case letters, digits and _ (was '" + name + "')");
        }
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement create = c.createStatement()) {
            create.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name + ": " + e.getMessage(), e);
        }
        return postgres.getJdbcUrl(USER, name);
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl(USER, DATABASE);
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new IllegalStateException("Embedded PostgreSQL did not stop cleanly: " + e.getMessage(), e);
        }
    }
}
