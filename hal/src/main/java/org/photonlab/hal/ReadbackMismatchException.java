package org.photonlab.hal;

import java.util.Locale;

/**
 * A DAC channel read back something else than was just written to it (more than one DAC step apart): a host/device
 * resolution mismatch, a device that clips or ignores writes, or another writer. The message names the channel and
 * both values.
 */
public class ReadbackMismatchException extends LabException {
    public ReadbackMismatchException(String channelId, double written, double read) {
        super(String.format(Locale.ROOT, "read-back mismatch on %s: wrote %s V, the device reads back %s V "
                + "(more than one DAC step apart); check the bench file's DAC resolution against the device, "
                + "and that no one else writes to it", channelId, plain(written), plain(read)));
    }

    private static String plain(double v) {
        return Double.isFinite(v) ? new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros()
                .toPlainString() : Double.toString(v);
    }
}
