package org.photonlab.hal.detect;

/**
 * An array of photodetector channels read together.
 *
 * <p>Safe for one thread at a time. After {@link #close()} further reads throw.
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
    double[] read(int[] channels);

    @Override
    void close();
}
