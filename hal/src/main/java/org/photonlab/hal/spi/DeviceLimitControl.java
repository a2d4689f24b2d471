package org.photonlab.hal.spi;

/**
 * Optional capability of a {@link DacDevice} whose hardware keeps limits of its own per channel (a Qontrol module's
 * {@code VMAX}/{@code IMAX}): the HAL writes the bench's limits into them when it opens the device for writing, so
 * that the device itself refuses what the bench forbids, whoever sends it (defence in depth). Implemented by the
 * device class; the HAL checks {@code device instanceof DeviceLimitControl}.
 *
 * <p>Thread rules: called by the HAL from the opening thread, before any write; the driver keeps the limits and
 * writes them again after every reconnect or power-up, before it writes anything else.
 */
public interface DeviceLimitControl {
    /**
     * Writes the limits into the device and reads them back.
     *
     * @param channels     the channels, 0-based
     * @param maxVolts     largest output magnitude of {@code channels[i]}, V (finite, &gt; 0)
     * @param maxMilliamps largest load current of {@code channels[i]}, mA ({@code +Infinity}: leave the device's)
     * @return what the device holds afterwards, channel by channel in the order given; each at most what was asked
     *         unless the device cannot go that low (then the caller refuses to open it); NaN where the device needs
     *         no own limit because its full scale is already within the asked one
     * @throws org.photonlab.hal.LabException when the device refuses the limits or cannot be reached; nothing else
     *         has been written
     */
    Readback pushLimits(int[] channels, double[] maxVolts, double[] maxMilliamps);

    /**
     * The device's own limits as read back.
     *
     * @param maxVolts     per channel, V (NaN: not written, the full scale is within the asked limit)
     * @param maxMilliamps per channel, mA (NaN: not written)
     */
    record Readback(double[] maxVolts, double[] maxMilliamps) {
    }
}
