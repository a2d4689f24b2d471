package org.photonlab.hal.time;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Virtual bench time for simulators and tests: {@link #sleepUntil} advances the time to the deadline at once instead
 * of waiting, and {@link #elapse} advances it by what the bench spends on its own, so ramps, settle waits, link
 * commands and acquisitions cost no wall time and can be read off exactly. Thread-safe.
 */
public final class VirtualClock implements BenchClock {
    private final AtomicLong now = new AtomicLong();

    @Override
    public long nanoTime() {
        return now.get();
    }

    @Override
    public void sleepUntil(long deadlineNanos) {
        now.accumulateAndGet(deadlineNanos, Math::max);
    }

    /** Advances the time by {@code nanos} (≥ 0). */
    @Override
    public void elapse(long nanos) {
        if (nanos > 0) {
            now.addAndGet(nanos);
        }
    }
}
