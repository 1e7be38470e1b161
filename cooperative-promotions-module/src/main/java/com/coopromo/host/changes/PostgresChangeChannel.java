package com.coopromo.host.changes;

import com.coopromo.common.events.ChangeEvent;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * Carries change events between store nodes that share one PostgreSQL database, with PostgreSQL's own
 * {@code NOTIFY} / {@code LISTEN} on the channel {@value #CHANNEL}.
 * <p>
 * Why this and not a change-version row polled by every node: a notification is sent in the writer's transaction, so
 * it is delivered exactly when (and only if) the change commits, to every listening node at once (milliseconds, no
 * polling load on the database), and in commit order; a polled row would have to deal with sequence values that
 * commit out of order. What NOTIFY cannot do is replay: a node that was not listening (starting, or its connection
 * lost) misses what was sent meanwhile, so after reconnecting it tells its subscribers to reload everything.
 * <p>
 * Each node listens on one connection of its own, taken from {@code jdbc/web}'s pool for as long as it runs.
 * A payload is {@code <node id> <event> <event> ...}; a node ignores its own (it delivered them after its commit).
 */
public class PostgresChangeChannel {
    public static final String CHANNEL = "coop_changes";
    private static final Logger LOG = LoggerFactory.getLogger(PostgresChangeChannel.class);
    /** PostgreSQL refuses payloads of 8000 bytes or more; events are ASCII. */
    private static final int MAX_PAYLOAD = 7000;
    private static final int POLL_MILLIS = 250;

    /** Receives the events another node committed. */
    public interface Receiver {
        void receive(List<ChangeEvent> events);
    }

    private final DataSource dataSource;
    private final String nodeId;
    private final boolean listen;
    private volatile Receiver receiver;
    private volatile boolean running;
    private Thread listener;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    /**
     * @param nodeId this node's name in payloads; blank for a random one
     * @param listen whether to listen for other nodes' changes ({@code coop.changes.listen})
     */
    public PostgresChangeChannel(DataSource dataSource, String nodeId, boolean listen) {
        this.dataSource = dataSource;
        this.nodeId = nodeId == null || nodeId.trim().isEmpty()
                ? UUID.randomUUID().toString().substring(0, 8) : nodeId.trim().replace(' ', '_');
        this.listen = listen;
    }

    public String nodeId() {
        return nodeId;
    }

    void onReceive(Receiver receiver) {
        this.receiver = receiver;
    }

    /** Sends the events in the current transaction: the other nodes receive them when (and if) it commits. */
    void send(List<ChangeEvent> events) {
        for (String payload : payloads(nodeId, events)) {
            em.createNativeQuery("select cast(pg_notify(?1, ?2) as text)")
                    .setParameter(1, CHANNEL)
                    .setParameter(2, payload)
                    .getSingleResult();
        }
    }

    /** Splits the events into payloads under PostgreSQL's size limit, each starting with the node id. */
    static List<String> payloads(String nodeId, List<ChangeEvent> events) {
        List<String> payloads = new ArrayList<String>();
        StringBuilder b = new StringBuilder(nodeId);
        for (ChangeEvent event : events) {
            String one = event.encode();
            if (b.length() + 1 + one.length() > MAX_PAYLOAD) {
                payloads.add(b.toString());
                b = new StringBuilder(nodeId);
            }
            b.append(' ').append(one);
        }
        if (b.length() > nodeId.length()) {
            payloads.add(b.toString());
        }
        return payloads;
    }

    /** Starts listening on a thread of its own (no-op when listening is off). */
    public synchronized void start() {
        if (!listen || running) {
            return;
        }
        running = true;
        listener = new Thread(new Runnable() {
            @Override
            public void run() {
                listenUntilStopped();
            }
        }, "coop-change-listener-" + nodeId);
        listener.setDaemon(true);
        listener.start();
    }

    public synchronized void stop() {
        running = false;
        if (listener != null) {
            listener.interrupt();
            try {
                listener.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            listener = null;
        }
    }

    private void listenUntilStopped() {
        boolean connectedBefore = false;
        boolean warned = false;
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                PGConnection pg = connection.unwrap(PGConnection.class);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                if (!connection.getAutoCommit()) {
                    connection.commit();
                }
                if (connectedBefore) {
                    // whatever was sent while this node was not listening is lost: reload from the database
                    LOG.warn("Listening for other store nodes' changes again; read models reload everything");
                    deliver(Collections.singletonList(ChangeEvent.everything()));
                }
                connectedBefore = true;
                warned = false;
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
                    if (notifications != null) {
                        for (PGNotification n : notifications) {
                            receive(n.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                if (!warned) {
                    LOG.warn("Lost the connection that listens for other store nodes' changes (" + e
                            + "); retrying every second");
                    warned = true;
                }
                sleepOneSecond();
            }
        }
    }

    private void receive(String payload) {
        int space = payload.indexOf(' ');
        String origin = space < 0 ? payload : payload.substring(0, space);
        if (origin.equals(nodeId) || space < 0) {
            return;
        }
        List<ChangeEvent> events;
        try {
            events = ChangeEvent.decodeAll(payload.substring(space + 1));
        } catch (IllegalArgumentException e) {
            LOG.warn("Ignored a change notification this node cannot read ({}); reloading everything", e.getMessage());
            events = Collections.singletonList(ChangeEvent.everything());
        }
        deliver(events);
    }

    private void deliver(List<ChangeEvent> events) {
        Receiver r = receiver;
        if (r != null) {
            r.receive(events);
        }
    }

    private void sleepOneSecond() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
