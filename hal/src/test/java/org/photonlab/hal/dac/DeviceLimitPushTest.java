package org.photonlab.hal.dac;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.photonlab.hal.LabException;
import org.photonlab.hal.bench.DeviceSpec;
import org.photonlab.hal.spi.DacDevice;
import org.photonlab.hal.spi.DeviceLimitControl;
import org.photonlab.hal.testing.RecordingDacDevice;

/** Bench limits written into the device's own limits, and read back (unit level; the wire case is in drivers). */
class DeviceLimitPushTest {
    /** A device with own limits that keeps at most {@code floorVolts}, whatever it is asked. */
    static final class OwnLimits extends RecordingDacDevice implements DeviceLimitControl {
        final double floorVolts;
        double[] askedVolts;
        double[] askedMa;

        OwnLimits(int n, double floorVolts) {
            super("q", n);
            this.floorVolts = floorVolts;
        }

        @Override
        public Readback pushLimits(int[] channels, double[] maxVolts, double[] maxMilliamps) {
            askedVolts = maxVolts.clone();
            askedMa = maxMilliamps.clone();
            double[] v = new double[channels.length];
            for (int i = 0; i < v.length; i++) {
                v[i] = Math.max(maxVolts[i], floorVolts);
            }
            return new Readback(v, maxMilliamps.clone());
        }
    }

    private static final ChannelLimits THREE_VOLTS = new ChannelLimits(0.0, 3.0, 0.125, 1000.0);

    @Test
    void theBenchLimitsAreAskedForPerChannel() {
        OwnLimits dev = new OwnLimits(2, 0);
        DeviceSpec spec = DeviceSpec.dac("q", "fake", 2, THREE_VOLTS, DacResolution.ANALOG, Map.of())
                .withChannelLimits(Map.of(1, new ChannelLimits(0.0, 2.0, 0.125, 1000.0)));
        DeviceLimitPush.push(spec, dev);
        assertArrayEquals(new double[] {3.0, 2.0}, dev.askedVolts);
        assertEquals(3.0, dev.askedMa[0], 1e-6, "3 V into 1 kOhm");
        assertTrue(dev.askedMa[0] >= 3.0, "never below the current at the limit itself");
    }

    @Test
    void aDeviceThatHoldsALaxerLimitIsRefusedNamingBothValues() {
        OwnLimits dev = new OwnLimits(2, 6.166);
        LabException e = assertThrows(LabException.class, () -> DeviceLimitPush.push(
                DeviceSpec.dac("q", "fake", 2, THREE_VOLTS, DacResolution.ANALOG, Map.of()), dev));
        assertTrue(e.getMessage().contains("'q' channel 0") && e.getMessage().contains("3.0 V")
                && e.getMessage().contains("6.166 V"), e.getMessage());
    }

    @Test
    void aDeviceWithoutOwnLimitsIsLeftAlone() {
        DacDevice plain = new RecordingDacDevice("p", 1);
        DeviceLimitPush.push(DeviceSpec.dac("p", "fake", 1, THREE_VOLTS, DacResolution.ANALOG, Map.of()), plain);
        assertTrue(((RecordingDacDevice) plain).writes().isEmpty());
    }
}
