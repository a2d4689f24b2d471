package org.photonlab.hal.dac;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.photonlab.hal.lease.ForeignWrite;

/**
 * What one DAC bank last wrote to each channel, and the comparison of a read-back with it "within one DAC step":
 * for a quantized channel the codes of the written and the read value may differ by at most 1; for an ideal analog
 * channel the values by at most {@value #ANALOG_TOLERANCE_V} V (the wire formats carry setpoints exactly).
 * Channels never written read as unknown and are not compared. Not thread-safe: its bank serialises the calls.
 */
final class SetpointLedger {
    /** Tolerance of an analog channel, V. */
    static final double ANALOG_TOLERANCE_V = 1e-6;

    private final String device;
    private final DacChannelInfo[] channels;
    private final double[] expected;

    SetpointLedger(String device, DacChannelInfo[] channels) {
        this.device = device;
        this.channels = channels;
        this.expected = new double[channels.length];
        Arrays.fill(expected, Double.NaN);
    }

    /** Records that {@code volts[i]} was written to {@code chs[i]} (not modified). */
    void record(int[] chs, double[] volts) {
        for (int i = 0; i < chs.length; i++) {
            expected[chs[i]] = volts[i];
        }
    }

    /** Whether {@code read} is within one DAC step of {@code written} on channel {@code ch}. */
    boolean matches(int ch, double written, double read) {
        DacResolution r = channels[ch].resolution();
        if (Double.isNaN(read)) {
            return false;
        }
        if (r.isAnalog()) {
            return Math.abs(read - written) <= ANALOG_TOLERANCE_V;
        }
        return Math.abs(r.code(read) - r.code(written)) <= 1;
    }

    /**
     * The channels whose read-back ({@code readAll[ch]} for every channel) differs from what was last written,
     * in channel order; empty when none does.
     */
    List<ForeignWrite> differences(double[] readAll) {
        List<ForeignWrite> out = new ArrayList<>();
        for (int ch = 0; ch < expected.length; ch++) {
            if (!Double.isNaN(expected[ch]) && !matches(ch, expected[ch], readAll[ch])) {
                out.add(new ForeignWrite(device, ch, expected[ch], readAll[ch]));
            }
        }
        return out;
    }
}
