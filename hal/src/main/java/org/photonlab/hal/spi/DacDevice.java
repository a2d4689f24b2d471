package org.photonlab.hal.spi;

/**
 * A backend's raw DAC device. The HAL has already checked limits and rounded every value to the channel's DAC code
 * before calling {@link #write}; a device must apply all values of one call or none.
 *
 * <p>Thread rules: the HAL calls one device from one thread at a time (its {@code DacBank} serialises calls); a
 * device shared with other users (a simulator's, a server's) must be safe for concurrent calls itself.
 * {@link #close()} is called once, after the safe state has been written.
 */
public interface DacDevice extends AutoCloseable {
    String name();

    int channelCount();

    /** Applies already-checked, already-quantized volts. Not modified, and not kept after the call: both arrays. */
    void write(int[] channels, double[] volts);

    /** Reads back the setpoints of {@code channels}, in volts. */
    double[] read(int[] channels);

    /** Releases the device (the HAL has already put the channels in their safe state). */
    @Override
    void close();
}
