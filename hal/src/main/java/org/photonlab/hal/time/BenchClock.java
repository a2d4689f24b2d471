package org.photonlab.hal.time;

import java.util.concurrent.locks.LockSupport;
import org.photonlab.hal.LabException;

/**
 * The time base of a bench: what waits such as a heater's thermal settle go through. On a real bench it is the
 * machine's monotonic clock ({@link #system()}); a simulator that keeps virtual bench time offers its own clock as a
 * backend capability, and waiting then advances that time instead of sleeping.
 *
 * <p>Implementations are thread-safe.
 */
public interface BenchClock {
    /** Monotonic time, ns (only differences are meaningful). */
    long nanoTime();

    /**
     * Returns once {@link #nanoTime()} has reached {@code deadlineNanos}; at once when it already has.
     *
     * @throws LabException when the waiting thread is interrupted (its interrupt flag is kept)
     */
    void sleepUntil(long deadlineNanos);

    /**
     * Time the bench spends on its own, ns ≥ 0: a command on the link, a detector's integration. A virtual clock
     * advances by it; a real bench's clock does nothing, since the device itself took that time.
     */
    default void elapse(long nanos) {
    }

    /** The machine's monotonic clock; waiting parks the calling thread. */
    static BenchClock system() {
        return SystemClock.INSTANCE;
    }

    /** {@link System#nanoTime()} and {@link LockSupport#parkNanos(long)}. */
    enum SystemClock implements BenchClock {
        INSTANCE;

        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void sleepUntil(long deadlineNanos) {
            long left;
            while ((left = deadlineNanos - System.nanoTime()) > 0) {
                LockSupport.parkNanos(left);
                if (Thread.currentThread().isInterrupted()) {
                    throw new LabException("interrupted while waiting for the bench to settle");
                }
            }
        }
    }
}
