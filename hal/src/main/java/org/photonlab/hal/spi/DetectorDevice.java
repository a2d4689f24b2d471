package org.photonlab.hal.spi;

/** A backend's raw detector device. Readings are already the ADC's values. */
public interface DetectorDevice extends AutoCloseable {
    String name();

    int channelCount();

    /** Reads {@code channels} (not modified, not kept after the call); entry i belongs to {@code channels[i]}. */
    double[] read(int[] channels);

    @Override
    void close();
}
