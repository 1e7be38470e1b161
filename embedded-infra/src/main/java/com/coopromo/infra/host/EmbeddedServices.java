package com.coopromo.infra.host;

import com.coopromo.infra.db.EmbeddedDatabase;
import com.coopromo.infra.search.SearchNodeProcess;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The real parts a Broadleaf store with the module needs, started locally: PostgreSQL (or an external JDBC URL) and
 * an Elasticsearch node in its own JVM (or an external cluster). It writes the resulting connection settings to a
 * property file that Broadleaf reads last ({@code -Dproperty-override}), so every context booted afterwards in this
 * JVM uses them.
 */
public final class EmbeddedServices implements AutoCloseable {
    public static final String OVERRIDE_PROPERTY = "property-override";
    private static final String SUPPORT_LOGGER_KEY = "SupportLogger.adapter.fqcn";

    private final EmbeddedDatabase database;
    private final SearchNodeProcess searchNode;
    private final Map<String, String> hostProperties;
    private final Path workDirectory;

    private EmbeddedServices(EmbeddedDatabase database, SearchNodeProcess searchNode, Map<String, String> hostProperties,
                             Path workDirectory) {
        this.database = database;
        this.searchNode = searchNode;
        this.hostProperties = hostProperties;
        this.workDirectory = workDirectory;
    }

    /** Throw-away services for tests: a fresh database and search node on free ports. */
    public static EmbeddedServices startForTests(Path workDirectory) {
        return start(new Options(workDirectory).persistent(false));
    }

    /**
     * Starts what the options ask for: the embedded database unless an external JDBC URL is given, the search node
     * unless an external cluster URL is given. External parts are checked first, so a wrong URL fails in seconds
     * with a sentence naming the setting to fix.
     */
    public static EmbeddedServices start(Options options) {
        EmbeddedDatabase database = null;
        SearchNodeProcess node = null;
        try {
            Files.createDirectories(options.workDirectory);
            Map<String, String> props = new TreeMap<String, String>();
            if (options.externalDbUrl != null) {
                ExternalServices.requireDatabase(options.externalDbUrl, options.externalDbUser, options.externalDbPassword);
                props.put("coop.db.url", options.externalDbUrl);
                props.put("coop.db.user", options.externalDbUser);
                props.put("coop.db.password", options.externalDbPassword);
            } else {
                database = EmbeddedDatabase.start(options.persistent ? options.workDirectory.resolve("postgres") : null,
                        options.databasePort);
                props.put("coop.db.url", database.jdbcUrl());
                props.put("coop.db.user", EmbeddedDatabase.USER);
                props.put("coop.db.password", EmbeddedDatabase.PASSWORD);
            }
            if (options.externalSearchUrl != null) {
                ExternalServices.requireSearch(options.externalSearchUrl, options.externalSearchApiKey);
                props.put("coop.search.url", options.externalSearchUrl);
                props.put("coop.search.api-key", options.externalSearchApiKey == null ? "" : options.externalSearchApiKey);
                props.put("coop.search.embedded-node", "false");
            } else {
                Path searchDir = options.workDirectory.resolve("search");
                node = options.searchPort > 0
                        ? SearchNodeProcess.start(searchDir, options.searchPort, "choose another with --search-port")
                        : SearchNodeProcess.start(searchDir);
                props.put("coop.search.url", node.url());
                props.put("coop.search.embedded-node", "true");
            }
            props.put("asset.server.file.system.path", options.workDirectory.resolve("assets").toAbsolutePath().toString());
            props.putAll(options.extraProperties);
            EmbeddedServices services = new EmbeddedServices(database, node, props, options.workDirectory);
            services.publishOverrides();
            return services;
        } catch (RuntimeException | IOException e) {
            if (node != null) {
                node.close();
            }
            if (database != null) {
                database.close();
            }
            if (e instanceof IOException) {
                throw new UncheckedIOException("could not prepare " + options.workDirectory, (IOException) e);
            }
            throw (RuntimeException) e;
        }
    }

    /** What to start and where; defaults: persistent data, any free ports, embedded database and search node. */
    public static final class Options {
        private final Path workDirectory;
        private boolean persistent = true;
        private int databasePort;
        private int searchPort;
        private String externalDbUrl;
        private String externalDbUser;
        private String externalDbPassword;
        private String externalSearchUrl;
        private String externalSearchApiKey;
        private final Map<String, String> extraProperties = new TreeMap<String, String>();

        public Options(Path workDirectory) {
            this.workDirectory = workDirectory;
        }

        public Options persistent(boolean value) {
            this.persistent = value;
            return this;
        }

        public Options databasePort(int port) {
            this.databasePort = port;
            return this;
        }

        public Options searchPort(int port) {
            this.searchPort = port;
            return this;
        }

        /** Use this PostgreSQL instead of the embedded one. */
        public Options externalDatabase(String jdbcUrl, String user, String password) {
            this.externalDbUrl = jdbcUrl;
            this.externalDbUser = user;
            this.externalDbPassword = password;
            return this;
        }

        /** Use this Elasticsearch cluster instead of the embedded node. */
        public Options externalSearch(String url, String apiKey) {
            this.externalSearchUrl = url;
            this.externalSearchApiKey = apiKey;
            return this;
        }

        public Options property(String key, String value) {
            extraProperties.put(key, value);
            return this;
        }
    }

    private void publishOverrides() throws IOException {
        Properties properties = new Properties();
        properties.putAll(hostProperties);
        Path file = workDirectory.resolve("host-override.properties");
        try (OutputStream out = Files.newOutputStream(file)) {
            properties.store(out, "written at start-up by EmbeddedServices; edits are overwritten");
        }
        System.setProperty(OVERRIDE_PROPERTY, file.toAbsolutePath().toString());
        // Broadleaf prints its SUPPORT-level lines straight to the console unless told to use the logging system
        if (System.getProperty(SUPPORT_LOGGER_KEY) == null) {
            System.setProperty(SUPPORT_LOGGER_KEY, "org.broadleafcommerce.common.logging.SLF4JSupportLoggerAdapter");
        }
    }

    /** The embedded database, or null when an external one is used. */
    public EmbeddedDatabase database() {
        return database;
    }

    /** The embedded search node, or null when an external cluster is used. */
    public SearchNodeProcess searchNode() {
        return searchNode;
    }

    public String property(String key) {
        return hostProperties.get(key);
    }

    public Path workDirectory() {
        return workDirectory;
    }

    @Override
    public void close() {
        try {
            if (searchNode != null) {
                searchNode.close();
            }
        } finally {
            if (database != null) {
                database.close();
            }
        }
    }
}
