package org.photonlab.hal.detect;

import org.photonlab.hal.BenchConfigException;

/**
 * The analog-to-digital converter behind a detector channel: {@code bits} over {@code [-range, +range]} for a
 * bipolar (coherent) readout, or {@code [0, range]} for power. {@code bits == 0} means an ideal readout. Values outside
 * the range saturate at its ends, as a real ADC does; {@link #overRange} says when that happened, so that a reading
 * can carry the flag ({@link DetectorReading}). Immutable and thread-safe.
 */
public record AdcResolution(int bits, double range, boolean bipolar) {
    public static final AdcResolution IDEAL = new AdcResolution(0, 1.0, true);

    public AdcResolution {
        if (bits < 0 || bits > 24) {
            throw new BenchConfigException("ADC bits must be in 0..24, got " + bits);
        }
        if (!(range > 0) || Double.isInfinite(range)) {
            throw new BenchConfigException("ADC range must be positive, got " + range);
        }
    }

    public boolean isIdeal() {
        return bits == 0;
    }

    /** Lowest analog input the ADC resolves: −range (bipolar) or 0. */
    public double low() {
        return bipolar ? -range : 0.0;
    }

    /**
     * Whether the analog input {@code value} saturates the ADC: above +range, or below −range for a bipolar one (a
     * power reading below 0 is noise around dark, reported as 0, not a saturation); also NaN. Never true for an ideal
     * readout, which has no range.
     */
    public boolean overRange(double value) {
        return !isIdeal() && !(value <= range && (!bipolar || value >= -range));
    }

    /** The value the ADC reports for an analog input {@code value}. */
    public double convert(double value) {
        if (isIdeal()) {
            return value;
        }
        double lo = bipolar ? -range : 0.0;
        double clipped = Math.max(lo, Math.min(range, value));
        double levels = (1L << bits) - 1;
        double lsb = (range - lo) / levels;
        return lo + Math.rint((clipped - lo) / lsb) * lsb;
    }
}
