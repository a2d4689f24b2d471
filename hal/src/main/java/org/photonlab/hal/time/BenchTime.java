package org.photonlab.hal.time;

import java.util.concurrent.atomic.LongAdder;

/**
 * The bench-time ledger of one open bench: what the bench has spent, by {@link Category}, and how many DAC writes
 * and detector acquisitions it made. Costs come from each device's {@link org.photonlab.hal.bench.DeviceTiming}
 * (charged by the HAL, or by a driver that counts the bytes it really sent); {@link #spend} also lets a virtual
 * clock advance by them, and {@link #waitUntil} records the part of a settle wait the bench really waited (a link
 * command sent meanwhile shortens it).
 *
 * <p>On a simulated bench the ledger's total is the virtual time the run would take on the hardware the timings
 * describe; on a real bench it is the model's estimate beside the measured wall time. Thread-safe.
 */
public final class BenchTime {
    /** Where bench time goes. */
    public enum Category {
        /** Commands and replies on the device links. */
        LINK,
        /** DAC updates and thermal settles, including ramp spacing. */
        SETTLE,
        /** Detector integration and averaging, projector frames. */
        ACQUISITION
    }

    private final BenchClock clock;
    private final LongAdder[] nanos = {new LongAdder(), new LongAdder(), new LongAdder()};
    private final LongAdder writes = new LongAdder();
    private final LongAdder acquisitions = new LongAdder();

    public BenchTime(BenchClock clock) {
        this.clock = clock;
    }

    /** The clock the bench's waits go through. */
    public BenchClock clock() {
        return clock;
    }

    /** Charges {@code seconds} (≥ 0, finite) to {@code category}; a virtual clock advances by it. */
    public void spend(Category category, double seconds) {
        if (!(seconds > 0)) {
            return;
        }
        long n = Math.round(seconds * 1e9);
        nanos[category.ordinal()].add(n);
        clock.elapse(n);
    }

    /**
     * Waits on the clock until {@code deadlineNanos} and charges what was waited (0 when the deadline has passed)
     * to {@code category}.
     */
    public void waitUntil(long deadlineNanos, Category category) {
        long left = deadlineNanos - clock.nanoTime();
        if (left > 0) {
            clock.sleepUntil(deadlineNanos);
            nanos[category.ordinal()].add(left);
        }
    }

    /** Counts {@code n} DAC write commands (device writes: ramp steps and safe states included). */
    public void countWrites(long n) {
        writes.add(n);
    }

    /** Counts {@code n} detector acquisitions (one reading of a set of channels each). */
    public void countAcquisitions(long n) {
        acquisitions.add(n);
    }

    /** What has been spent so far. */
    public BenchTimeReport report() {
        return new BenchTimeReport(nanos[0].sum() * 1e-9, nanos[1].sum() * 1e-9, nanos[2].sum() * 1e-9,
                writes.sum(), acquisitions.sum());
    }
}
