package com.coopromo.infra.host;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Quick reachability checks for a production database and search cluster, each failing with one clear sentence. */
public final class ExternalServices {
    private ExternalServices() {
    }

    public static void requireDatabase(String jdbcUrl, String user, String password) {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalStateException("coop.db.url must be a PostgreSQL JDBC URL like "
                    + "jdbc:postgresql://db.example.com:5432/store (was '" + jdbcUrl + "')");
        }
        DriverManager.setLoginTimeout(10);
        try (Connection ignored = DriverManager.getConnection(jdbcUrl, user, password)) {
            // reachable and the credentials work
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot connect to PostgreSQL at " + jdbcUrl + " (" + e.getMessage()
                    + "). Check coop.db.url, coop.db.user and coop.db.password.", e);
        }
    }

    public static void requireSearch(String url, String apiKey) {
        try {
            HttpURLConnection http = (HttpURLConnection) new URL(url).openConnection();
            http.setConnectTimeout(5000);
            http.setReadTimeout(10000);
            if (apiKey != null && !apiKey.isEmpty()) {
                http.setRequestProperty("Authorization", "ApiKey " + apiKey);
            }
            int status = http.getResponseCode();
            http.disconnect();
            if (status == 401 || status == 403) {
                throw new IllegalStateException("Elasticsearch at " + url + " refused the credentials (HTTP " + status
                        + "). Check coop.search.api-key.");
            }
            if (status >= 400) {
                throw new IllegalStateException("Elasticsearch at " + url + " answered HTTP " + status
                        + ". Check coop.search.url.");
            }
        } catch (IOException e) {
            throw new IllegalStateException("Elasticsearch is unreachable at " + url + " (" + e + "). Check coop.search.url.", e);
        }
    }
}
