package org.photonlab.simulator.wire;

/**
 * A simulated device's write lease (a PhotonLab extension; real instruments have none): at most one connection
 * holds it, with the holder's one-line description ({@code pid=…;host=…;since=…;command=…}). It ends when the
 * holder releases it ({@code LEASE=0}), when the holder's connection closes (a killed host's socket closes with it),
 * or when the holder has not fed the device's watchdog for the watchdog period (a host that is alive but silent, or
 * one behind a pty bridge that stays connected).
 *
 * <p>While held, only the holder feeds the watchdog ({@link WatchdogFeed#restrictTo}); after a holder vanished
 * (disconnect, expiry) no one does until the next lease, so a dead writer's heaters always reach 0 V; an explicit
 * release lets every connection feed it again. The lease does not refuse other connections' writes, as a real
 * device could not; PhotonLab's ownership check notices them. Thread-safe.
 */
public final class WireLease {
    /** Feeds are restricted to this after a holder vanished: no connection is it, so no one feeds. */
    private static final Object LAPSED = new Object();

    private final WatchdogFeed feed;
    private final long expiryNanos;
    private Object session;
    private String holder;

    /**
     * @param feed          the device's watchdog feed, restricted to the holder while the lease is held
     * @param expirySeconds the watchdog period, s; 0: the lease ends only on release or disconnect
     */
    WireLease(WatchdogFeed feed, double expirySeconds) {
        this.feed = feed;
        this.expiryNanos = (long) (expirySeconds * 1e9);
    }

    /**
     * Grants or renews the lease for {@code connection} with {@code holderLine}; returns null when granted, else the
     * current holder's line. Granting feeds the watchdog.
     */
    public synchronized String acquire(Object connection, String holderLine) {
        expire();
        if (session != null && session != connection) {
            return holder;
        }
        session = connection;
        holder = holderLine;
        feed.restrictTo(connection);
        feed.feed(connection);
        return null;
    }

    /** Releases the lease if {@code connection} holds it; every connection feeds the watchdog again. */
    public synchronized boolean release(Object connection) {
        if (session != connection) {
            return false;
        }
        session = null;
        holder = null;
        feed.unrestricted();
        return true;
    }

    /** The holder's line, or null when the lease is free (or has expired). */
    public synchronized String holder() {
        expire();
        return holder;
    }

    /** A connection closed: its lease, if any, ends, and no one feeds the watchdog until a new lease. */
    public synchronized void closed(Object connection) {
        if (session == connection) {
            lapse();
        }
    }

    private void expire() {
        if (session != null && expiryNanos > 0 && System.nanoTime() - feed.lastFedNanos() >= expiryNanos) {
            lapse();
        }
    }

    private void lapse() {
        session = null;
        holder = null;
        feed.restrictTo(LAPSED);
    }
}
