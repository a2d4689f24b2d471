package org.photonlab.protocols.line;

import java.util.function.Consumer;

/**
 * The device end of an in-JVM byte pipe (the drivers' {@code PipeLink} is the host end): an in-JVM device such as the
 * wire simulator's protocol engine accepts a connection, receives the host's raw bytes and answers through
 * {@code toHost}. It lives here, beside the framing, because it is the seam between a host and a device in one JVM
 * and depends on neither side's transport.
 *
 * <p>Thread rules: {@link #accept} may be called from any thread; a {@link Connection} is fed by one host thread at a
 * time, and {@code toHost} may be called from any thread.
 */
public interface PipePeer {
    /** A device-side connection. */
    interface Connection {
        /** Bytes from the host. */
        void receive(byte[] bytes);

        /** The host closed the pipe. */
        void close();
    }

    /**
     * Accepts a connection. {@code toHost} takes device bytes; {@code hangUp} closes the pipe from the device side
     * (a device that drops the connection mid-reply).
     */
    Connection accept(Consumer<byte[]> toHost, Runnable hangUp);

    /** Name for messages. */
    String name();
}
