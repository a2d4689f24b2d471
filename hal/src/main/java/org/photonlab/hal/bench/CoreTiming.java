package org.photonlab.hal.bench;

import java.time.Duration;
import org.photonlab.hal.BenchConfigException;

/**
 * How long a core needs between a write and a read that depends on it. Waits go through the bench's
 * {@link org.photonlab.hal.time.BenchClock}, so a simulator can advance virtual time instead of sleeping.
 *
 * @param heaterSettle after a phase write, before the next detector read: the heaters' thermal settle (≥ 0)
 * @param inputSettle  after an input-modulator write, before reading that vector on the channel-by-channel path
 *                     (≥ 0)
 */
public record CoreTiming(Duration heaterSettle, Duration inputSettle) {
    /** No waiting (the default: readings follow writes at once). */
    public static final CoreTiming NONE = new CoreTiming(Duration.ZERO, Duration.ZERO);

    public CoreTiming {
        check(heaterSettle, "heater settle");
        check(inputSettle, "input settle");
    }

    private static void check(Duration d, String what) {
        if (d == null || d.isNegative()) {
            throw new BenchConfigException("core timing: " + what + " must be a duration >= 0, got " + d);
        }
    }

    public boolean isNone() {
        return heaterSettle.isZero() && inputSettle.isZero();
    }
}
