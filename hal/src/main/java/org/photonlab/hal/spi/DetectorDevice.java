package org.photonlab.hal.spi;

import org.photonlab.hal.detect.DetectorReading;

/**
 * A backend's raw detector device. Readings are already the ADC's values.
 *
 * <p>Thread rules: the HAL calls one device from one thread at a time (its {@code DetectorArray} serialises calls);
 * a device shared with other users (a simulator's, a server's) must be safe for concurrent calls itself.
 * {@link #close()} is called once, after the last read.
 */
public interface DetectorDevice extends AutoCloseable {
    String name();

    int channelCount();

    /** Reads {@code channels} (not modified, not kept after the call); entry i belongs to {@code channels[i]}. */
    double[] read(int[] channels);

    /**
     * Reads {@code channels} like {@link #read} and says which readings were over range (the device or its ADC
     * saturated). A device that can tell overrides this; the default reports nothing over range, and the HAL still
     * flags non-finite values. The returned arrays become the caller's.
     */
    default DetectorReading acquire(int[] channels) {
        return DetectorReading.inRange(read(channels));
    }

    @Override
    void close();
}
