package com.coopromo.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Small helpers for the local ports the embedded parts listen on (all bound to 127.0.0.1). */
public final class Ports {

    private Ports() {
    }

    /** A port that was free on 127.0.0.1 a moment ago (the OS picks it from the ephemeral range). */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
            return socket.getLocalPort();
        } catch (final IOException e) {
            throw new UncheckedIOException("Could not find a free local port", e);
        }
    }

    /** True if something can bind {@code port} on 127.0.0.1 right now. */
    public static boolean isFree(final int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true); // as servers bind: connections lingering in TIME_WAIT do not make a port busy
            socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
            return true;
        } catch (final IOException e) {
            return false;
        }
    }

    /**
     * Fails with {@code "<what> port <port> is already in use; <howToChange>"} if the port cannot be bound on
     * 127.0.0.1.
     *
     * @param port        the port to check
     * @param what        what wants the port, e.g. "Elasticsearch"
     * @param howToChange how the user picks another one, e.g. "choose another with -Dcoop.search.port=..."
     * @throws IllegalStateException if the port is taken
     */
    public static void requireFree(final int port, final String what, final String howToChange) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(what + " port " + port + " is not a valid port; " + howToChange);
        }
        if (!isFree(port)) {
            throw new IllegalStateException(what + " port " + port + " is already in use; " + howToChange);
        }
    }
}
