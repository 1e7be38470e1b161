package com.coopromo.demo;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Command-line settings of the demo store. Every option has a default; {@code --key=value} on the command line wins
 * over the system property {@code coop.demo.key}.
 */
public final class DemoStoreOptions {
    static final Map<String, String> HELP = new LinkedHashMap<String, String>();

    static {
        HELP.put("port", "HTTP port for storefront (/) and admin (/admin); default 8080");
        HELP.put("host", "address to listen on; default 127.0.0.1 (use 0.0.0.0 to expose it)");
        HELP.put("data-dir", "where PostgreSQL data, the search index and logs live; default ./demo-data");
        HELP.put("search-port", "port of the embedded Elasticsearch node; default: any free port");
        HELP.put("db-url", "use this PostgreSQL (jdbc:postgresql://host:5432/db) instead of the embedded one");
        HELP.put("db-user", "user for --db-url");
        HELP.put("db-password", "password for --db-url");
        HELP.put("search-url", "use this Elasticsearch cluster (https://host:9200) instead of the embedded node");
        HELP.put("search-api-key", "API key for --search-url");
    }

    int port = 8080;
    String host = "127.0.0.1";
    Path dataDir = Paths.get("demo-data");
    int searchPort;
    String dbUrl;
    String dbUser;
    String dbPassword;
    String searchUrl;
    String searchApiKey;

    public static DemoStoreOptions parse(String[] args) {
        Map<String, String> values = new LinkedHashMap<String, String>();
        for (String key : HELP.keySet()) {
            String fromProperty = System.getProperty("coop.demo." + key);
            if (fromProperty != null) {
                values.put(key, fromProperty);
            }
        }
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("unexpected argument '" + arg + "'; options look like --port=8080\n" + usage());
            }
            String key = arg.substring(2, arg.indexOf('='));
            if (!HELP.containsKey(key)) {
                throw new IllegalArgumentException("unknown option --" + key + "\n" + usage());
            }
            values.put(key, arg.substring(arg.indexOf('=') + 1));
        }
        DemoStoreOptions options = new DemoStoreOptions();
        for (Map.Entry<String, String> e : values.entrySet()) {
            options.set(e.getKey(), e.getValue());
        }
        if (options.dbUrl == null && (options.dbUser != null || options.dbPassword != null)) {
            throw new IllegalArgumentException("--db-user and --db-password need --db-url");
        }
        return options;
    }

    private void set(String key, String value) {
        if (key.equals("port")) {
            port = portNumber(key, value);
        } else if (key.equals("search-port")) {
            searchPort = portNumber(key, value);
        } else if (key.equals("host")) {
            host = value;
        } else if (key.equals("data-dir")) {
            dataDir = Paths.get(value);
        } else if (key.equals("db-url")) {
            dbUrl = value;
        } else if (key.equals("db-user")) {
            dbUser = value;
        } else if (key.equals("db-password")) {
            dbPassword = value;
        } else if (key.equals("search-url")) {
            searchUrl = value;
        } else if (key.equals("search-api-key")) {
            searchApiKey = value;
        }
    }

    private static int portNumber(String key, String value) {
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + key + " must be a port number between 1 and 65535 (was '" + value + "')");
        }
    }

    static String usage() {
        StringBuilder sb = new StringBuilder("Options:\n");
        for (Map.Entry<String, String> e : HELP.entrySet()) {
            sb.append(String.format("  --%-16s %s%n", e.getKey() + "=", e.getValue()));
        }
        return sb.toString();
    }

    public DemoStoreOptions port(int value) {
        this.port = value;
        return this;
    }

    public DemoStoreOptions dataDir(Path value) {
        this.dataDir = value;
        return this;
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }
}
