package org.photonlab.drivers.link;

import java.util.function.Consumer;

/**
 * The far end of a {@link PipeLink}: an in-JVM device (the wire simulator's protocol engine) that accepts a
 * connection. It receives the host's raw bytes and answers through {@code toHost}.
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
