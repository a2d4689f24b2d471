package org.photonlab.app.run;

import java.lang.management.ManagementFactory;

/**
 * Wall time of the whole command. When the command is the process's own ({@code Main.main}), it runs from the
 * JVM's start (the moment the launcher created the virtual machine, as
 * {@link java.lang.management.RuntimeMXBean#getStartTime()} reports it), so JVM start-up, class loading and
 * everything before {@code main} count; the {@code photonlab} script's few milliseconds before it {@code exec}s
 * the JVM (and, on a first run, its build) do not. A command run inside a longer-lived JVM (tests, embedding)
 * counts from {@link #commandStarted()}. Thread-safe.
 */
public final class ProcessClock {
    private static volatile boolean fromJvmStart;
    private static volatile long originNanos = System.nanoTime();
    private static volatile double beforeOriginS;

    private ProcessClock() {
    }

    /** The command is the process's: measure from the JVM's start. Called first thing in {@code main}. */
    public static void fromJvmStart() {
        long now = System.currentTimeMillis();
        long nanos = System.nanoTime();
        long start = ManagementFactory.getRuntimeMXBean().getStartTime();
        beforeOriginS = Math.max(0, now - start) / 1e3;
        originNanos = nanos;
        fromJvmStart = true;
    }

    /** A command starts; unless it is the process's own, its wall time counts from now. */
    public static void commandStarted() {
        if (!fromJvmStart) {
            beforeOriginS = 0;
            originNanos = System.nanoTime();
        }
    }

    /** Seconds of the current command so far (≥ 0). */
    public static double secondsSinceStart() {
        return beforeOriginS + (System.nanoTime() - originNanos) / 1e9;
    }
}
