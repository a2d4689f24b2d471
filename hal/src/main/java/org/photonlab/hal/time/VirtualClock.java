package org.photonlab.hal.time;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Virtual bench time for simulators and tests: {@link #sleepUntil} advances the time to the deadline at once instead
 * of waiting, so ramps and settle waits cost no wall time and their spacing can be read off exactly. Thread-safe.
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
}
