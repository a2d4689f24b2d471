package org.photonlab.hal.dac;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.photonlab.hal.LabException;
import org.photonlab.hal.LimitViolationException;
import org.photonlab.hal.bench.DeviceSpec;
import org.photonlab.hal.testing.RecordingDacDevice;

class DefaultDacBankTest {
    /** 0..10.8 V, 0.1 W into 1 kΩ (so 10.5 V is inside the voltage limit but over the power limit). */
    private static final ChannelLimits LIMITS = new ChannelLimits(0.0, 10.8, 0.1, 1000.0);
    private static final DacResolution RES = new DacResolution(8, 10.8, DacResolution.Transfer.VOLTAGE);

    private RecordingDacDevice device;
    private DefaultDacBank bank;

    @BeforeEach
    void open() {
        device = new RecordingDacDevice("heaters", 6);
        bank = new DefaultDacBank(DeviceSpec.dac("heaters", "fake", 6, LIMITS, RES, Map.of()), device);
    }

    @Test
    void singleWriteOverMaxIsRefusedWithNothingWritten() {
        LimitViolationException e = assertThrows(LimitViolationException.class, () -> bank.set(3, 11.0));
        assertTrue(device.writes().isEmpty(), "nothing reached the device");
        assertEquals("heaters[3]", e.channel());
        assertEquals(11.0, e.value());
        assertContains(e.getMessage(), "heaters[3]", "11.0", "max_v 10.8 V", "nothing was written");
    }

    @Test
    void singleWriteUnderMinIsRefused() {
        LimitViolationException e = assertThrows(LimitViolationException.class, () -> bank.set(0, -0.5));
        assertTrue(device.writes().isEmpty());
        assertContains(e.getMessage(), "heaters[0]", "-0.5", "min_v 0.0 V");
    }

    @Test
    void powerLimitIsEnforcedAndNamed() {
        LimitViolationException e = assertThrows(LimitViolationException.class, () -> bank.set(2, 10.5));
        assertTrue(device.writes().isEmpty());
        assertContains(e.getMessage(), "heaters[2]", "10.5", "max_power_w 0.1 W");
    }

    @Test
    void nonFiniteValuesAreRefused() {
        assertThrows(LimitViolationException.class, () -> bank.set(1, Double.NaN));
        assertThrows(LimitViolationException.class, () -> bank.set(1, Double.POSITIVE_INFINITY));
        assertTrue(device.writes().isEmpty());
    }

    @Test
    void vectorWriteIsAllOrNothing() {
        bank.write(new int[] {0, 1, 2}, new double[] {1.0, 2.0, 3.0});
        double[] before = device.setpoints().clone();
        int writes = device.writes().size();
        LimitViolationException e = assertThrows(LimitViolationException.class,
                () -> bank.write(new int[] {0, 1, 5}, new double[] {4.0, 5.0, 12.0}));
        assertEquals(writes, device.writes().size(), "the refused write did not reach the device");
        assertArrayEquals(before, device.setpoints(), 0.0);
        assertContains(e.getMessage(), "heaters[5]", "12.0", "max_v 10.8 V");
    }

    @Test
    void checkRefusesExactlyWhatWriteRefusesAndWritesNothing() {
        assertThrows(LimitViolationException.class, () -> bank.check(new int[] {4}, new double[] {-1.0}));
        bank.check(new int[] {4}, new double[] {1.0});
        assertTrue(device.writes().isEmpty());
    }

    @Test
    void acceptedValuesAreRoundedToTheDacCodeOnce() {
        double applied = bank.set(1, 1.0);
        double step = 10.8 / 255;
        assertEquals(Math.rint(1.0 / step) * step, applied, 1e-15);
        assertEquals(applied, device.writes().get(0).volts()[0], 0.0, "the device receives the code voltage");
        assertEquals(applied, bank.read(1), 0.0);
    }

    @Test
    void unknownChannelIsRefusedByIndex() {
        LabException e = assertThrows(LabException.class, () -> bank.set(6, 1.0));
        assertContains(e.getMessage(), "heaters", "no channel 6", "0..5");
        assertTrue(device.writes().isEmpty());
    }

    @Test
    void closeLeavesEveryChannelAtZeroAndRefusesFurtherUse() {
        bank.write(new int[] {0, 3, 5}, new double[] {2.0, 4.0, 6.0});
        bank.close();
        assertArrayEquals(new double[6], device.setpoints(), 0.0);
        assertTrue(device.isClosed());
        assertThrows(LabException.class, () -> bank.set(0, 1.0));
        bank.close(); // idempotent
    }

    static void assertContains(String message, String... parts) {
        for (String p : parts) {
            assertTrue(message.contains(p), "message should name '" + p + "': " + message);
        }
    }
}
