package org.photonlab.hal.detect;

/**
 * An array of photodetector channels read together. Every reading carries, per channel, whether it was over range
 * ({@link DetectorReading}): a saturated device or ADC is reported, never silently clipped.
 *
 * <p>Thread rules: implementations serialise calls (one acquisition at a time per array), so several threads may
 * share one, but readings then interleave in an unspecified order. After {@link #close()} further reads throw.
 */
public interface DetectorArray extends AutoCloseable {
    /** Name of the device in the bench description. */
    String name();

    int channelCount();

    /** What a reading means. */
    ReadoutUnit unit();

    /** The ADC behind every channel (what reaches the caller is the ADC's value). */
    AdcResolution adc();

    /**
     * Reads the given channels in one acquisition; entry i of the result belongs to {@code channels[i]}.
     * {@code channels} is not modified.
     */
    DetectorReading read(int[] channels);

    @Override
    void close();
}
