package org.photonlab.hal.detect;

/**
 * One acquisition of a set of detector channels: the values and, per channel, whether the reading was over range
 * (the device or its ADC saturated, so the true value lies beyond what was reported). An over-range value is the
 * end of the range the readout can report (the ADC's top or bottom code), or ±∞ where the readout has no declared
 * range; it is never silently a valid-looking reading.
 *
 * <p>Entry i belongs to the i-th channel asked for. The arrays are the reading's own, not copies: callers must not
 * modify them. Immutable by that contract, so safe to share between threads.
 *
 * @param values    readings, in the detector's {@link ReadoutUnit}
 * @param overRange {@code overRange[i]}: reading i saturated (same length as {@code values})
 */
public record DetectorReading(double[] values, boolean[] overRange) {
    public DetectorReading {
        if (values.length != overRange.length) {
            throw new IllegalArgumentException(values.length + " values but " + overRange.length + " flags");
        }
    }

    /** A reading in which nothing is over range. */
    public static DetectorReading inRange(double[] values) {
        return new DetectorReading(values, new boolean[values.length]);
    }

    public int size() {
        return values.length;
    }

    public double value(int i) {
        return values[i];
    }

    public boolean overRange(int i) {
        return overRange[i];
    }

    /** How many readings are over range. */
    public int overRangeCount() {
        int n = 0;
        for (boolean b : overRange) {
            n += b ? 1 : 0;
        }
        return n;
    }

    public boolean anyOverRange() {
        return overRangeCount() > 0;
    }
}
