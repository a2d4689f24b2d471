package org.photonlab.drivers.link;

import org.photonlab.protocols.line.LineFramer;

/**
 * A byte connection to one instrument that delivers whole lines. Implementations: {@link TcpLink} (Netty),
 * {@link JSerialCommLink} and {@link JsscLink} (serial), {@link PipeLink} (in-JVM, for tests). All of them frame
 * with {@link LineFramer}, so the {@link Conversation} above them cannot tell them apart.
 */
public interface Link extends AutoCloseable {
    /**
     * Opens the connection; from then on received lines and a disconnect go to {@code listener}.
     *
     * @throws org.photonlab.hal.DeviceIoException when the port or address cannot be opened
     */
    void open(LinkListener listener);

    /** Sends {@code line} followed by LF. A broken connection is reported to the listener, not thrown. */
    void write(String line);

    /**
     * True when the device keeps its input between connections (a serial port: whatever a previous, perhaps killed,
     * writer sent is still in the device's line buffer); false when every connection starts a fresh session (TCP).
     */
    default boolean keepsDeviceInput() {
        return false;
    }

    /** Where this link goes, for messages: {@code tcp 127.0.0.1:5025}, {@code serial /dev/pts/3 (jSerialComm)}. */
    String describe();

    /** Closes the connection; no listener call follows. Idempotent. */
    @Override
    void close();
}
