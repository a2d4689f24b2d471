package org.photonlab.simulator.wire;

/**
 * What keeps a device's {@link Watchdog} from firing: the time of the last accepted output write or explicit
 * keep-alive, from a connection allowed to feed it. Reads never feed it, so a monitor polling {@code Vall?} cannot
 * keep a dead host's heaters on. By default every connection may feed; {@link #restrictTo} limits feeding to one
 * connection (the holder of a write lease), {@link #unrestricted} lifts that. Thread-safe.
 */
public final class WatchdogFeed {
    private volatile long lastFedNanos = System.nanoTime();
    private volatile Object feeder;

    /** Feeds the watchdog if {@code connection} may; returns whether it did. */
    boolean feed(Object connection) {
        Object only = feeder;
        if (only != null && only != connection) {
            return false;
        }
        lastFedNanos = System.nanoTime();
        return true;
    }

    /** From now on only {@code connection} (compared by identity) feeds the watchdog. */
    public void restrictTo(Object connection) {
        feeder = connection;
    }

    /** Every connection feeds the watchdog again. */
    public void unrestricted() {
        feeder = null;
    }

    /** Monotonic time ({@link System#nanoTime()}) of the last feed, or of creation. */
    long lastFedNanos() {
        return lastFedNanos;
    }
}
