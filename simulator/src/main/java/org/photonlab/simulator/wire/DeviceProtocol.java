package org.photonlab.simulator.wire;

import java.util.List;

/**
 * The device side of an instrument protocol: turns one host line into the lines the device answers (possibly
 * none). Implementations hold the device's state and are shared by every connection to that device.
 */
public interface DeviceProtocol {
    /** Answers one host line (already framed, without terminator). */
    List<String> handle(String line);

    /** Answers a host line longer than the framer accepts. */
    List<String> overflow();

    /** Reboots the device (setpoints lost) and returns what it says when it powers up. */
    List<String> powerCycle();

    /** Whether {@link #powerCycle()} means anything for this device (a module chain has setpoints; a meter not). */
    boolean supportsPowerCycle();

    /** Whether the protocol has unsolicited lines (Qontrol's error lines); SCPI has none. */
    boolean hasAsyncLines();

    /** An unsolicited, harmless line for fault injection. */
    String unsolicitedLine();

    /**
     * Whether host {@code line}, answered with {@code reply}, feeds the device's watchdog: an accepted output write
     * or an explicit keep-alive does; a read never does. Devices without outputs have no watchdog.
     */
    default boolean feedsWatchdog(String line, List<String> reply) {
        return false;
    }

    /**
     * Answers {@code line} when it is a lease command of this protocol, acting on {@code lease} for
     * {@code connection}; null when it is not one (every line of a protocol without leases).
     */
    default List<String> handleLease(String line, Object connection, WireLease lease) {
        return null;
    }
}
