package org.photonlab.hal.lease;

import java.util.Locale;

/**
 * A setpoint that someone other than this bench's writer changed: the ownership check read {@code foundVolts} back
 * where this writer last set {@code expectedVolts} (more than one DAC step apart).
 *
 * @param device        DAC device name in the bench file
 * @param channel       channel index within the device
 * @param expectedVolts what this writer last set, V
 * @param foundVolts    what the device reports now, V
 */
public record ForeignWrite(String device, int channel, double expectedVolts, double foundVolts) {
    /** For messages: {@code mesh_dac[3]: expected 1.2345 V (set by this run), found 6.0000 V}. */
    public String describe() {
        return String.format(Locale.ROOT, "%s[%d]: expected %s V (set by this run), found %s V", device, channel,
                plain(expectedVolts), plain(foundVolts));
    }

    private static String plain(double v) {
        return Double.isFinite(v) ? new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros()
                .toPlainString() : Double.toString(v);
    }
}
