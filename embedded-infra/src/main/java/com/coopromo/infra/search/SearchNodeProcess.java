package com.coopromo.infra.search;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.lang.reflect.Method;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.coopromo.infra.Ports;

/**
 * One real Elasticsearch 7.10 node running in its own JVM ({@code com.coopromo.searchnode.SearchNodeMain} from
 * {@code coop-search-node}), started by the tests, the benchmarks and the demo store.
 * <p>
 * The node lives in a separate JVM because Broadleaf 3.1 ships Lucene 4.4 and the node needs Lucene 8.7. Its
 * classpath comes from the resource {@value #CLASSPATH_RESOURCE} (written by the {@code coop-search-node} build) plus
 * the jar or directory that holds that resource; nothing of the node is loaded into this JVM.
 * <p>
 * Behaviour:
 * <ul>
 * <li>The child runs {@code <java.home>/bin/java -Xms256m -Xmx512m -da -cp <node classpath> SearchNodeMain --data
 * <dataDir> --http-port <port>} (no {@code -ea}: Elasticsearch 7.10's assertions trip its cgroup probe on our
 * hosts). It binds 127.0.0.1 only, as a single-node cluster named {@code coop-search}.</li>
 * <li>{@code dataDir} is the node's base path and is reused between runs, so indices survive a restart.</li>
 * <li>The child's stderr and any stdout other than its protocol line are appended to {@code <dataDir>/node.log}, with a
 * header line per start (see {@link #logFile()}). Elasticsearch logs only errors there by default.</li>
 * <li>{@code start} waits up to {@value #START_TIMEOUT_SECONDS} s for the node to report READY and fails fast with an
 * {@link IllegalStateException} if it reports FAILED, dies, or times out; the message starts with one sentence
 * saying what went wrong and ends with the last lines of the log.</li>
 * <li>The child stops when its stdin reaches EOF. {@link #close()} closes stdin, waits up to
 * {@value #CLOSE_TIMEOUT_SECONDS} s, then kills it (and anything it started) forcibly. A JVM shutdown hook does the
 * same on Ctrl-C of this JVM; if this JVM is killed outright, the pipe closes and the node stops on its own.</li>
 * </ul>
 */
public final class SearchNodeProcess implements AutoCloseable {

    public static final String MAIN_CLASS = "com.coopromo.searchnode.SearchNodeMain";
    public static final String CLASSPATH_RESOURCE = "/META-INF/coop-search-node.classpath";
    public static final long START_TIMEOUT_SECONDS = 90;
    public static final long CLOSE_TIMEOUT_SECONDS = 20;
    public static final String LOG_FILE_NAME = "node.log";

    private static final String READY_PREFIX = "COOP-SEARCH-NODE READY ";
    private static final String FAILED_PREFIX = "COOP-SEARCH-NODE FAILED ";
    private static final String EOF = "\u0000EOF";
    private static final String DEFAULT_PORT_HINT = "choose another HTTP port for the search node";
    private static final Pattern PORT_IN_USE = Pattern.compile("^port (\\d+) is already in use\\b.*");
    private static final int LOG_TAIL_LINES = 25;

    private final Process process;
    private final OutputStream stdin;
    private final int httpPort;
    private final Path dataDir;
    private final Path logFile;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread shutdownHook;

    private SearchNodeProcess(final Process process, final int httpPort, final Path dataDir, final Path logFile) {
        this.process = process;
        this.stdin = process.getOutputStream();
        this.httpPort = httpPort;
        this.dataDir = dataDir;
        this.logFile = logFile;
        this.shutdownHook = new Thread(new Runnable() {
            @Override
            public void run() {
                close();
            }
        }, "coop-search-node-stop");
    }

    /**
     * Starts a node on a free port chosen now (retrying with another one if it is taken before the node binds it).
     *
     * @param dataDir the node's base directory; created if missing, reused if present
     */
    public static SearchNodeProcess start(final Path dataDir) {
        IllegalStateException last = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            final int port = Ports.freePort();
            try {
                return start(dataDir, port, DEFAULT_PORT_HINT);
            } catch (final PortInUseException e) {
                last = e; // someone grabbed the port between our probe and the node's bind: try another
            }
        }
        throw last;
    }

    /**
     * Starts a node with HTTP on exactly {@code httpPort}.
     *
     * @param dataDir  the node's base directory; created if missing, reused if present
     * @param httpPort the HTTP port, on 127.0.0.1
     */
    public static SearchNodeProcess start(final Path dataDir, final int httpPort) {
        return start(dataDir, httpPort, DEFAULT_PORT_HINT);
    }

    /**
     * Starts a node with HTTP on exactly {@code httpPort}.
     *
     * @param dataDir         the node's base directory; created if missing, reused if present
     * @param httpPort        the HTTP port, on 127.0.0.1
     * @param howToChangePort completes the message when the port is taken, e.g. "choose another with
     *                        -Dcoop.search.port=..."; the message reads "Elasticsearch port N is already in use;
     *                        &lt;howToChangePort&gt;"
     * @throws IllegalStateException if the port is taken, or the node reports a failure, dies or is not ready within
     *                               {@value #START_TIMEOUT_SECONDS} s
     */
    public static SearchNodeProcess start(final Path dataDir, final int httpPort, final String howToChangePort) {
        final String hint = howToChangePort == null || howToChangePort.trim().isEmpty()
                ? DEFAULT_PORT_HINT : howToChangePort.trim();
        try {
            Ports.requireFree(httpPort, "Elasticsearch", hint);
        } catch (final IllegalStateException e) {
            throw new PortInUseException(e.getMessage());
        }

        final Path base = dataDir.toAbsolutePath().normalize();
        final Path log = base.resolve(LOG_FILE_NAME);
        final List<String> command = command(base, httpPort);
        try {
            Files.createDirectories(base);
            final List<String> shown = new ArrayList<>(command);
            shown.set(shown.indexOf("-cp") + 1, "<node classpath>");
            // appended, not truncated: a second start on a directory in use must not wipe the running node's log
            Files.write(log, Collections.singletonList("# coop-search-node started " + new Date() + " on port "
                    + httpPort + ": " + String.join(" ", shown)), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (final IOException e) {
            throw new IllegalStateException("Cannot write the search node's directory " + base + ": " + e, e);
        }

        final long started = System.nanoTime();
        final Process process;
        try {
            process = new ProcessBuilder(command)
                    .directory(base.toFile())
                    .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (final IOException e) {
            throw new IllegalStateException("Cannot launch the search node JVM (" + command.get(0) + "): " + e, e);
        }

        final BlockingQueue<String> status = new LinkedBlockingQueue<>();
        final Thread pump = new Thread(new StdoutPump(process.getInputStream(), log, status),
                "coop-search-node-stdout-" + httpPort);
        pump.setDaemon(true);
        pump.start();

        final SearchNodeProcess node = new SearchNodeProcess(process, httpPort, base, log);
        Runtime.getRuntime().addShutdownHook(node.shutdownHook);

        final String line;
        try {
            line = status.poll(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (final InterruptedException e) {
            node.stop(0);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the search node on port " + httpPort
                    + " to start.", e);
        }

        if (line != null && line.startsWith(READY_PREFIX)) {
            final long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            appendQuietly(log, "# coop-search-node ready after " + millis + " ms at " + node.url());
            return node;
        }

        final String sentence;
        boolean portInUse = false;
        if (line == null) {
            sentence = "The search node on port " + httpPort + " was not ready within " + START_TIMEOUT_SECONDS
                    + " s; see " + log + ".";
        } else if (line.startsWith(FAILED_PREFIX)) {
            final String reason = line.substring(FAILED_PREFIX.length()).trim();
            final Matcher m = PORT_IN_USE.matcher(reason);
            if (m.matches()) {
                portInUse = true;
                sentence = "Elasticsearch port " + m.group(1) + " is already in use; " + hint;
            } else {
                sentence = "The search node failed to start: " + reason + ".";
            }
        } else {
            sentence = "The search node process exited" + exitCode(process) + " before it was ready; see " + log + ".";
        }
        node.stop(0); // it failed or hangs: no grace period
        final String message = sentence + "\nLast lines of " + log + ":\n" + tail(log, LOG_TAIL_LINES);
        throw portInUse ? new PortInUseException(message) : new IllegalStateException(message);
    }

    /** {@code http://127.0.0.1:<port>} */
    public String url() {
        return "http://127.0.0.1:" + httpPort;
    }

    public int httpPort() {
        return httpPort;
    }

    /** The node's base directory (indices live under {@code node_1/data}). */
    public Path dataDir() {
        return dataDir;
    }

    /** {@code <dataDir>/node.log}: the child's stderr (Elasticsearch errors, stack traces), one header line per start. */
    public Path logFile() {
        return logFile;
    }

    /** The child JVM, e.g. for {@code process().toHandle()} in tests. */
    public Process process() {
        return process;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Stops the node: closes its stdin (the node then closes itself and exits), waits up to
     * {@value #CLOSE_TIMEOUT_SECONDS} s, then kills it and its descendants forcibly. Safe to call more than once.
     */
    @Override
    public void close() {
        stop(CLOSE_TIMEOUT_SECONDS);
    }

    private void stop(final long graceSeconds) {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            stdin.close();
        } catch (final IOException e) {
            // the child is gone already
        }
        boolean exited;
        try {
            exited = process.waitFor(graceSeconds, TimeUnit.SECONDS);
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            exited = false;
        }
        if (!exited && graceSeconds > 0) {
            appendQuietly(logFile, "# coop-search-node did not stop within " + graceSeconds
                    + " s after its stdin was closed; killing it");
        }
        destroyTree(process); // after a clean exit this only catches anything the node left behind
        if (Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (final IllegalStateException shuttingDown) {
                // the JVM is exiting; the hook finds the node closed
            }
        }
    }

    @Override
    public String toString() {
        return "SearchNodeProcess[" + url() + ", " + dataDir + (process.isAlive() ? "" : ", stopped") + "]";
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static List<String> command(final Path base, final int httpPort) {
        final String javaHome = System.getProperty("java.home");
        final boolean windows = File.separatorChar == '\\';
        final Path java = Paths.get(javaHome, "bin", windows ? "java.exe" : "java");
        final List<String> command = new ArrayList<>(Arrays.asList(
                java.toString(),
                "-Xms256m",
                "-Xmx512m",
                "-da",
                "-XX:+ExitOnOutOfMemoryError",
                "-Djava.awt.headless=true",
                "-Dlog4j.shutdownHookEnabled=false",
                "-Dlog4j2.disable.jmx=true",
                "-Dfile.encoding=UTF-8",
                "-cp",
                nodeClasspath(),
                MAIN_CLASS,
                "--data", base.toString(),
                "--http-port", String.valueOf(httpPort)));
        return command;
    }

    /** The jar or directory holding the listing, then every entry of the listing. */
    static String nodeClasspath() {
        final URL listing = SearchNodeProcess.class.getResource(CLASSPATH_RESOURCE);
        if (listing == null) {
            throw new IllegalStateException("The search node classpath listing " + CLASSPATH_RESOURCE
                    + " is not on the classpath; add com.coopromo:coop-search-node (built by mvn install -pl search-node).");
        }
        final List<String> entries = new ArrayList<>();
        entries.add(containerOf(listing).toString());
        final String text;
        try (InputStream in = listing.openStream()) {
            text = new String(readAll(in), StandardCharsets.UTF_8).trim();
        } catch (final IOException e) {
            throw new IllegalStateException("Cannot read the search node classpath listing " + listing + ": " + e, e);
        }
        for (final String entry : text.split(Pattern.quote(File.pathSeparator))) {
            final String trimmed = entry.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (!Files.exists(Paths.get(trimmed))) {
                throw new IllegalStateException("The search node classpath entry " + trimmed + " (listed in "
                        + listing + ") does not exist; rebuild it with mvn install -pl search-node on this machine.");
            }
            entries.add(trimmed);
        }
        return String.join(File.pathSeparator, entries);
    }

    private static Path containerOf(final URL listing) {
        try {
            if ("jar".equals(listing.getProtocol())) {
                final URL jar = ((JarURLConnection) listing.openConnection()).getJarFileURL();
                return Paths.get(jar.toURI());
            }
            if ("file".equals(listing.getProtocol())) {
                // <root>/META-INF/coop-search-node.classpath -> <root>
                return Paths.get(listing.toURI()).getParent().getParent();
            }
        } catch (final IOException | URISyntaxException | RuntimeException e) {
            throw new IllegalStateException("Cannot locate the jar that holds " + listing + ": " + e, e);
        }
        throw new IllegalStateException("The search node classes must come from a jar or a directory, not " + listing);
    }

    private static byte[] readAll(final InputStream in) throws IOException {
        final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        final byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) >= 0) {
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static String exitCode(final Process process) {
        try {
            if (process.waitFor(5, TimeUnit.SECONDS)) {
                return " with code " + process.exitValue();
            }
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "";
    }

    /** Kills the process and its descendants (descendants via ProcessHandle when running on Java 9+). */
    private static void destroyTree(final Process process) {
        final List<Object> descendants = new ArrayList<>();
        Method destroyHandle = null;
        try {
            final Class<?> handleType = Class.forName("java.lang.ProcessHandle");
            final Object handle = Process.class.getMethod("toHandle").invoke(process);
            final Object stream = handleType.getMethod("descendants").invoke(handle);
            final Iterator<?> it = (Iterator<?>) Class.forName("java.util.stream.BaseStream")
                    .getMethod("iterator").invoke(stream);
            while (it.hasNext()) {
                descendants.add(it.next());
            }
            destroyHandle = handleType.getMethod("destroyForcibly");
        } catch (final ReflectiveOperationException | RuntimeException e) {
            // Java 8: only the direct child can be killed
        }
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (final InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (destroyHandle != null) {
            for (final Object d : descendants) {
                try {
                    destroyHandle.invoke(d);
                } catch (final ReflectiveOperationException | RuntimeException e) {
                    // best effort
                }
            }
        }
    }

    private static void appendQuietly(final Path log, final String line) {
        try {
            Files.write(log, Collections.singletonList(line), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (final IOException e) {
            // the log is a convenience
        }
    }

    static String tail(final Path log, final int lines) {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            final long length = file.length();
            final int size = (int) Math.min(length, 64 * 1024);
            final byte[] bytes = new byte[size];
            file.seek(length - size);
            file.readFully(bytes);
            final String[] all = new String(bytes, StandardCharsets.UTF_8).split("\r?\n");
            final int from = Math.max(0, all.length - lines);
            final StringBuilder out = new StringBuilder();
            for (int i = from; i < all.length; i++) {
                out.append("  ").append(all[i]).append('\n');
            }
            return out.toString();
        } catch (final IOException e) {
            return "  (cannot read " + log + ": " + e + ")\n";
        }
    }

    /** Reads the child's stdout: protocol lines go to the queue, anything else to the log; EOF is reported too. */
    private static final class StdoutPump implements Runnable {
        private final InputStream in;
        private final Path log;
        private final BlockingQueue<String> status;

        StdoutPump(final InputStream in, final Path log, final BlockingQueue<String> status) {
            this.in = in;
            this.log = log;
            this.status = status;
        }

        @Override
        public void run() {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (line.startsWith(READY_PREFIX) || line.startsWith(FAILED_PREFIX)) {
                        status.offer(line);
                    } else {
                        appendQuietly(log, line);
                    }
                }
            } catch (final IOException e) {
                // the child is gone
            } finally {
                status.offer(EOF);
            }
        }
    }

    /** The requested HTTP port was taken. */
    static final class PortInUseException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        PortInUseException(final String message) {
            super(message);
        }
    }
}
