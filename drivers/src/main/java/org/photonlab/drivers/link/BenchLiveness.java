package org.photonlab.drivers.link;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Whether the driver devices of one open bench may still spend time reconnecting. Shared by every driver device the
 * bench opened, across providers: once one device has used up its reconnect budget the whole bench is <em>dead</em>;
 * from then on each device gets one last short attempt (in practice, its safe-state write) and every further
 * request fails at once with {@link DeviceUnreachableException}. Without this a dead server cost every device its
 * full budget in turn, at every write and again in every bank's safe state.
 *
 * <p>Thread-safe.
 */
public final class BenchLiveness {
    /** Open benches by identity of their description; guarded by the class. */
    private static final Map<Object, BenchLiveness> OPEN = new IdentityHashMap<>();

    /**
     * Set by a shutdown hook when the JVM begins to exit (SIGTERM, SIGINT, {@code System.exit}): from then on every
     * bench counts as given up, so a reconnect loop stops within one backoff step and each device's safe-state write
     * gets one attempt instead of the rest of the budget.
     */
    private static volatile boolean exiting;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> exiting = true, "photonlab-drivers-exit"));
    }

    private final Object key;
    private int holders;
    private volatile String deadReason;

    private BenchLiveness(Object key) {
        this.key = key;
    }

    /** A liveness of its own, for a device opened outside a bench (tests, tools). */
    public static BenchLiveness standalone() {
        return new BenchLiveness(null);
    }

    /**
     * The liveness of the bench {@code bench} (compared by identity), shared by every caller until each has called
     * {@link #release()}.
     */
    public static BenchLiveness acquire(Object bench) {
        synchronized (BenchLiveness.class) {
            BenchLiveness l = OPEN.computeIfAbsent(bench, BenchLiveness::new);
            l.holders++;
            return l;
        }
    }

    /** Gives back one {@link #acquire}; the last release forgets the bench, so opening it again starts alive. */
    public void release() {
        if (key == null) {
            return;
        }
        synchronized (BenchLiveness.class) {
            if (--holders <= 0 && OPEN.get(key) == this) {
                OPEN.remove(key);
            }
        }
    }

    /** Marks the bench dead; the first reason is kept. */
    public synchronized void markDead(String reason) {
        if (deadReason == null) {
            deadReason = reason;
        }
    }

    /** True once the bench was given up, or the process is exiting. */
    public boolean isDead() {
        return deadReason != null || exiting;
    }

    /** Why the bench was given up, or null while it is alive. */
    public String deadReason() {
        String r = deadReason;
        return r != null ? r : exiting ? "the process is exiting" : null;
    }
}
