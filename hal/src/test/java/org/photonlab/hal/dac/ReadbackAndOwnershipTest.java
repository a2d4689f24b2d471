package org.photonlab.hal.dac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.photonlab.hal.ReadbackMismatchException;
import org.photonlab.hal.bench.DeviceSpec;
import org.photonlab.hal.lease.ForeignWrite;
import org.photonlab.hal.testing.RecordingDacDevice;

/**
 * Read-back verification after every write (within one DAC step) and the ownership check that notices setpoints
 * changed by someone else, on a bank over a device that holds its setpoints.
 */
class ReadbackAndOwnershipTest {
    private static final ChannelLimits LIMITS = new ChannelLimits(0.0, 10.8, 0.2, 1000.0);
    /** 8-bit over 10.8 V: one step is 10.8 / 255 = 42.35 mV. */
    private static final DacResolution RES = new DacResolution(8, 10.8, DacResolution.Transfer.VOLTAGE);
    private static final double STEP = 10.8 / 255;

    /** A device whose outputs are its own: it reads back {@code offset} volts above what it was sent. */
    private static final class OffsetDevice extends org.photonlab.hal.testing.ForwardingDacDevice {
        double offset;

        OffsetDevice(RecordingDacDevice inner) {
            super(inner);
        }

        @Override
        public double[] read(int[] channels) {
            double[] v = super.read(channels);
            for (int i = 0; i < v.length; i++) {
                v[i] += offset;
            }
            return v;
        }
    }

    private static DefaultDacBank bank(org.photonlab.hal.spi.DacDevice d) {
        return new DefaultDacBank(DeviceSpec.dac("heaters", "fake", 4, LIMITS, RES, Map.of()), d);
    }

    @Test
    void aReadBackWithinOneStepPassesAndBeyondItIsAnErrorNamingChannelWrittenAndRead() {
        OffsetDevice dev = new OffsetDevice(new RecordingDacDevice("heaters", 4));
        DefaultDacBank b = bank(dev);
        dev.offset = 0.9 * STEP;
        assertEquals(RES.quantize(3.0), b.set(2, 3.0), "within one step: accepted");
        dev.offset = 2.5 * STEP;
        ReadbackMismatchException e = assertThrows(ReadbackMismatchException.class, () -> b.set(2, 4.0));
        double written = RES.quantize(4.0);
        assertTrue(e.getMessage().startsWith("read-back mismatch on heaters[2]: wrote "
                + new java.math.BigDecimal(Double.toString(written)).stripTrailingZeros().toPlainString()
                + " V, the device reads back "
                + new java.math.BigDecimal(Double.toString(written + 2.5 * STEP)).stripTrailingZeros()
                .toPlainString() + " V"), e.getMessage());
    }

    @Test
    void theOwnershipCheckReportsOnlyChannelsSomeoneElseChangedBeyondOneStep() {
        RecordingDacDevice dev = new RecordingDacDevice("heaters", 4);
        DefaultDacBank b = bank(dev);
        b.write(new int[] {0, 1, 2}, new double[] {1.0, 2.0, 3.0});
        assertEquals(List.of(), b.foreignWrites());

        dev.setpoints()[1] = RES.quantize(2.0) + STEP; // one step off: within tolerance
        dev.setpoints()[2] = 6.0;                       // someone else's write
        dev.setpoints()[3] = 9.0;                       // never written by this bank: not compared
        assertEquals(List.of(new ForeignWrite("heaters", 2, RES.quantize(3.0), 6.0)), b.foreignWrites());
        assertEquals("heaters[2]: expected " + new java.math.BigDecimal(Double.toString(RES.quantize(3.0)))
                .stripTrailingZeros().toPlainString() + " V (set by this run), found 6 V",
                b.foreignWrites().get(0).describe());

        b.safeState();
        assertEquals(List.of(), b.foreignWrites(), "the safe state is this bank's write too");
    }
}
