package com.coopromo.searchnode;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.appender.ConsoleAppender;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.config.builder.api.AppenderComponentBuilder;
import org.apache.logging.log4j.core.config.builder.api.ConfigurationBuilder;
import org.apache.logging.log4j.core.config.builder.api.ConfigurationBuilderFactory;
import org.apache.logging.log4j.core.config.builder.impl.BuiltConfiguration;
import org.codelibs.elasticsearch.runner.ElasticsearchClusterRunner;
import org.elasticsearch.action.admin.cluster.health.ClusterHealthResponse;
import org.elasticsearch.common.unit.TimeValue;
import org.elasticsearch.http.BindHttpException;
import org.elasticsearch.http.HttpServerTransport;
import org.elasticsearch.node.Node;
import org.elasticsearch.transport.BindTransportException;

/**
 * Runs exactly one real Elasticsearch 7.10.2 node (codelibs cluster runner) in this JVM and speaks a tiny
 * line protocol on stdout to whoever started it.
 *
 * <pre>
 * java -Xms256m -Xmx512m -cp &lt;node classpath&gt; com.coopromo.searchnode.SearchNodeMain \
 *      --data &lt;dir&gt; --http-port &lt;port&gt; [--cluster-name coop-search] [--transport-port &lt;port&gt;] [--log-level error]
 * </pre>
 *
 * <ul>
 * <li>stdout carries exactly one line: {@code COOP-SEARCH-NODE READY http://127.0.0.1:<port>} once the cluster is
 * at least yellow, or {@code COOP-SEARCH-NODE FAILED <reason>} (then exit code 1). Everything else the JVM would
 * print on stdout is sent to stderr.</li>
 * <li>Elasticsearch logs go to stderr at level ERROR by default ({@code --log-level warn|info|debug} for more).</li>
 * <li>The node binds to 127.0.0.1 only, uses {@code discovery.type=single-node}, HTTP on exactly the requested
 * port, transport on the requested port or the first free one in 9300-9400.</li>
 * <li>The data directory is the node's base path ({@code <data>/node_1/{data,logs,config}}); it is reused when it
 * exists, so indices survive restarts.</li>
 * <li>The node stops cleanly and the JVM exits 0 when stdin reaches EOF (the parent closed the pipe or died) or on
 * SIGTERM/SIGINT.</li>
 * <li>Start the JVM without {@code -ea}: Elasticsearch 7.10's assertions trip over the cgroup probe on our hosts.</li>
 * </ul>
 */
public final class SearchNodeMain {

    public static final String READY_PREFIX = "COOP-SEARCH-NODE READY ";
    public static final String FAILED_PREFIX = "COOP-SEARCH-NODE FAILED ";

    private static final String USAGE = "usage: SearchNodeMain --data <dir> --http-port <port>"
            + " [--cluster-name <name>] [--transport-port <port>] [--log-level error|warn|info|debug]";

    private static final String LOOPBACK = "127.0.0.1";

    private SearchNodeMain() {
    }

    public static void main(final String[] args) {
        // The protocol line is the only thing on stdout: keep the real stdout for us, send all other output to stderr.
        final PrintStream protocol = System.out;
        System.setOut(System.err);
        // As Elasticsearch's own jvm.options do: our shutdown hook closes the node and still wants logging.
        setIfAbsent("log4j.shutdownHookEnabled", "false");
        setIfAbsent("log4j2.disable.jmx", "true");

        final Options options;
        try {
            options = Options.parse(args);
        } catch (final IllegalArgumentException e) {
            fail(protocol, e.getMessage() + "; " + USAGE, null);
            return;
        }
        quietLogging(options.logLevel);

        final String busy = busyPort(options);
        if (busy != null) {
            fail(protocol, busy, null);
            return;
        }

        final ElasticsearchClusterRunner runner = new ElasticsearchClusterRunner();
        final AtomicBoolean closed = new AtomicBoolean();
        final Thread shutdownHook = new Thread(new Runnable() {
            @Override
            public void run() {
                closeNode(runner, closed);
                System.err.flush();
                // A signal would otherwise end the JVM with 128+signal; a clean stop is a success.
                Runtime.getRuntime().halt(0);
            }
        }, "coop-search-node-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);

        try {
            startNode(runner, options);
        } catch (final Throwable t) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (final IllegalStateException shuttingDown) {
                // the hook runs anyway
            }
            closeNode(runner, closed);
            fail(protocol, reason(t, options), t);
            return;
        }

        protocol.println(READY_PREFIX + "http://" + LOOPBACK + ":" + options.httpPort);
        protocol.flush();

        awaitEndOfInput();
        closeNode(runner, closed);
        System.exit(0);
    }

    private static void startNode(final ElasticsearchClusterRunner runner, final Options options) throws IOException {
        // The runner picks baseHttpPort + 1 and probes upwards for a free port (up to maxHttpPort) unless
        // http.port is set explicitly; we set it and switch the probing off so the port is exactly the one asked for.
        runner.setMaxHttpPort(-1);
        runner.onBuild(new ElasticsearchClusterRunner.Builder() {
            @Override
            public void build(final int index, final org.elasticsearch.common.settings.Settings.Builder settings) {
                settings.put("http.port", String.valueOf(options.httpPort));
                settings.put("transport.port",
                        options.transportPort > 0 ? String.valueOf(options.transportPort) : "9300-9400");
                settings.put("network.host", LOOPBACK);
                settings.put("discovery.type", "single-node");
                settings.put("cluster.name", options.clusterName);
                settings.put("node.name", "coop-search-node");
                // Small dev/test disks must not turn the cluster red or read-only.
                settings.put("cluster.routing.allocation.disk.threshold_enabled", "false");
                settings.put("action.destructive_requires_name", "false");
            }
        });
        runner.build(ElasticsearchClusterRunner.newConfigs()
                .numOfNode(1)
                .basePath(options.dataDir.toString())
                .baseHttpPort(options.httpPort - 1)
                .clusterName(options.clusterName)
                .useLogger()
                .disableESLogger());

        final Node node = runner.node();
        final ClusterHealthResponse health = node.client().admin().cluster().prepareHealth()
                .setWaitForYellowStatus()
                .setTimeout(TimeValue.timeValueSeconds(60))
                .get();
        if (health.isTimedOut()) {
            throw new IllegalStateException("the cluster did not reach yellow within 60 s (status "
                    + health.getStatus() + ")");
        }
        final int bound = node.injector().getInstance(HttpServerTransport.class).boundAddress().publishAddress().getPort();
        if (bound != options.httpPort) {
            throw new IllegalStateException("Elasticsearch bound HTTP to port " + bound + " instead of "
                    + options.httpPort);
        }
    }

    private static void awaitEndOfInput() {
        final InputStream in = System.in;
        final byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) >= 0) {
                // anything the parent writes is ignored; only EOF matters
            }
        } catch (final IOException e) {
            // a broken pipe means the parent is gone: same as EOF
        }
    }

    private static void closeNode(final ElasticsearchClusterRunner runner, final AtomicBoolean closed) {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            runner.close();
        } catch (final Throwable t) {
            System.err.println("coop-search-node: error while closing the node: " + t);
        }
    }

    /** Null if the ports look free, else the protocol reason. */
    private static String busyPort(final Options options) {
        if (!canBind(options.httpPort)) {
            return "port " + options.httpPort + " is already in use; choose another --http-port";
        }
        if (options.transportPort > 0 && !canBind(options.transportPort)) {
            return "transport port " + options.transportPort + " is already in use; choose another --transport-port"
                    + " or leave it out to pick a free one";
        }
        return null;
    }

    private static boolean canBind(final int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(InetAddress.getByName(LOOPBACK), port));
            return true;
        } catch (final IOException e) {
            return false;
        }
    }

    private static String reason(final Throwable failure, final Options options) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BindHttpException) {
                return "port " + options.httpPort + " is already in use; choose another --http-port";
            }
            if (t instanceof BindTransportException) {
                return options.transportPort > 0
                        ? "transport port " + options.transportPort + " is already in use; choose another --transport-port"
                        : "no free transport port in 9300-9400; pass a free one with --transport-port";
            }
            final String message = String.valueOf(t.getMessage());
            if (message.contains("failed to obtain node locks")) {
                return "data directory " + options.dataDir + " is used by another running search node;"
                        + " stop that node or choose another --data";
            }
            if (t instanceof BindException) {
                return "a port is already in use (" + message + "); choose another --http-port or --transport-port";
            }
            if (t instanceof java.nio.file.AccessDeniedException) {
                return "cannot write " + message + "; make --data point to a writable directory";
            }
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        final String rootText = root.getClass().getSimpleName() + ": " + root.getMessage();
        return "Elasticsearch did not start (" + oneLine(failure.getMessage())
                + (root != failure ? "; cause " + oneLine(rootText) : "") + "); see the node's stderr for details";
    }

    private static void fail(final PrintStream protocol, final String reason, final Throwable t) {
        if (t != null) {
            t.printStackTrace(System.err);
        }
        System.err.flush();
        protocol.println(FAILED_PREFIX + oneLine(reason));
        protocol.flush();
        // Elasticsearch may have left non-daemon threads behind; nothing of the node is worth keeping.
        Runtime.getRuntime().halt(1);
    }

    private static String oneLine(final String text) {
        return String.valueOf(text).replace('\r', ' ').replace('\n', ' ');
    }

    private static void setIfAbsent(final String key, final String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /** Before any Elasticsearch class logs: one console appender on stderr, at the given level. */
    private static void quietLogging(final Level level) {
        final ConfigurationBuilder<BuiltConfiguration> builder = ConfigurationBuilderFactory.newConfigurationBuilder();
        builder.setConfigurationName("coop-search-node");
        builder.setStatusLevel(Level.ERROR);
        final AppenderComponentBuilder stderr = builder.newAppender("stderr", "Console")
                .addAttribute("target", ConsoleAppender.Target.SYSTEM_ERR);
        stderr.add(builder.newLayout("PatternLayout").addAttribute("pattern", "[%d{ISO8601}][%-5p][%c{1.}] %m%n"));
        builder.add(stderr);
        builder.add(builder.newRootLogger(level).add(builder.newAppenderRef("stderr")));
        Configurator.initialize(builder.build());
    }

    static final class Options {
        Path dataDir;
        int httpPort = -1;
        int transportPort = -1;
        String clusterName = "coop-search";
        Level logLevel = Level.ERROR;

        static Options parse(final String[] args) {
            final Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                final String flag = args[i];
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("missing value after " + flag);
                }
                final String value = args[++i];
                switch (flag) {
                case "--data":
                    o.dataDir = Paths.get(value).toAbsolutePath().normalize();
                    break;
                case "--http-port":
                    o.httpPort = port(flag, value);
                    break;
                case "--transport-port":
                    o.transportPort = port(flag, value);
                    break;
                case "--cluster-name":
                    if (value.trim().isEmpty()) {
                        throw new IllegalArgumentException("--cluster-name must not be empty");
                    }
                    o.clusterName = value.trim();
                    break;
                case "--log-level":
                    o.logLevel = Level.toLevel(value.toUpperCase(Locale.ROOT), null);
                    if (o.logLevel == null) {
                        throw new IllegalArgumentException("unknown --log-level " + value);
                    }
                    break;
                default:
                    throw new IllegalArgumentException("unknown option " + flag);
                }
            }
            if (o.dataDir == null) {
                throw new IllegalArgumentException("--data is required");
            }
            if (o.httpPort < 0) {
                throw new IllegalArgumentException("--http-port is required");
            }
            if (Files.exists(o.dataDir) && !Files.isDirectory(o.dataDir)) {
                throw new IllegalArgumentException("--data " + o.dataDir + " is a file, not a directory");
            }
            return o;
        }

        private static int port(final String flag, final String value) {
            final int port;
            try {
                port = Integer.parseInt(value.trim());
            } catch (final NumberFormatException e) {
                throw new IllegalArgumentException(flag + " must be a number, not '" + value + "'");
            }
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException(flag + " must be between 1 and 65535, not " + port);
            }
            return port;
        }
    }
}
