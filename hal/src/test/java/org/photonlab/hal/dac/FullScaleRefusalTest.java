package org.photonlab.hal.dac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.photonlab.hal.BenchConfigException;
import org.photonlab.hal.LimitViolationException;
import org.photonlab.hal.bench.DeviceSpec;
import org.photonlab.hal.testing.RecordingDacDevice;

/** DAC codes never beyond the full scale, refusals quoting requested and rounded values (issue 9.1-9.3, 9.12). */
class FullScaleRefusalTest {
    /** The case of the issue: 8-bit power-linear DAC with full scale V_2π = 6.166 V, limits up to 10.8 V. */
    private static final DacResolution V2PI = new DacResolution(8, 6.165971131946695, DacResolution.Transfer.POWER);
    private static final ChannelLimits WIDE = new ChannelLimits(0.0, 10.8, 0.125, 1000.0);

    @Test
    void aRequestBeyondTheFullScaleIsRefusedNotDrivenAboveIt() {
        RecordingDacDevice dev = new RecordingDacDevice("mesh", 4);
        DefaultDacBank bank = new DefaultDacBank(DeviceSpec.dac("mesh", "fake", 4, WIDE, V2PI, Map.of()), dev);
        LimitViolationException e = assertThrows(LimitViolationException.class, () -> bank.set(1, 8.998));
        assertTrue(dev.writes().isEmpty(), "nothing reached the device");
        assertContains(e.getMessage(), "mesh[1]", "8.998", "the DAC full scale 6.165971131946695 V",
                "nothing was written");
        // the top code itself is fine
        assertEquals(6.165971131946695, bank.set(1, 6.165971131946695), 1e-12);
    }

    @Test
    void absurdValuesAreRefusedOnEveryPath() {
        ChannelLimits lim = new ChannelLimits(0.0, 5.0, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
        RecordingDacDevice dev = new RecordingDacDevice("d", 2);
        DefaultDacBank bank = new DefaultDacBank(DeviceSpec.dac("d", "fake", 2, lim,
                new DacResolution(12, 5.0, DacResolution.Transfer.VOLTAGE), Map.of()), dev);
        for (double v : new double[] {1e6, 1e300, -1e300, Double.MAX_VALUE, Double.NaN, Double.NEGATIVE_INFINITY}) {
            assertThrows(LimitViolationException.class, () -> bank.set(0, v), "set " + v);
            assertThrows(LimitViolationException.class, () -> bank.write(new int[] {0, 1}, new double[] {1.0, v}));
            assertThrows(LimitViolationException.class, () -> bank.check(new int[] {1}, new double[] {v}));
        }
        assertTrue(dev.writes().isEmpty());
    }

    @Test
    void theRefusalQuotesTheRoundedValueTheCheckRanOn() {
        // 4-bit voltage DAC over 0..8 V: codes 9 = 4.8 V and 10 = 5.333 V; 5.1 V is within max_v 5.2 V but rounds
        // to code 10, above it: the check runs on 5.333 V and the message says so
        DacResolution coarse = new DacResolution(4, 8.0, DacResolution.Transfer.VOLTAGE);
        ChannelLimits lim = new ChannelLimits(0.0, 5.2, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
        RecordingDacDevice dev = new RecordingDacDevice("d", 1);
        DefaultDacBank bank = new DefaultDacBank(DeviceSpec.dac("d", "fake", 1, lim, coarse, Map.of()), dev);
        double rounded = coarse.quantize(5.1);
        assertEquals(8.0 * 10 / 15, rounded, 1e-12);
        LimitViolationException e = assertThrows(LimitViolationException.class, () -> bank.set(0, 5.1));
        assertEquals(5.1, e.value());
        assertEquals(rounded, e.checkedValue());
        assertContains(e.getMessage(), "requested 5.1 V", "rounds to " + rounded + " V", "max_v 5.2 V");
        assertTrue(dev.writes().isEmpty());
    }

    @Test
    void aBankWithInfiniteLimitsOrAnUnreachableSafeValueIsNotBuilt() {
        ChannelLimits inf = new ChannelLimits(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
                Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
        BenchConfigException e = assertThrows(BenchConfigException.class, () -> new DefaultDacBank(
                DeviceSpec.dac("d", "fake", 1, inf, DacResolution.ANALOG, Map.of()), new RecordingDacDevice("d", 1)));
        assertContains(e.getMessage(), "d[0]", "must be finite");
    }

    static void assertContains(String s, String... parts) {
        for (String p : parts) {
            assertTrue(s.contains(p), "expected '" + p + "' in: " + s);
        }
    }
}
