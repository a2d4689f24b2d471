package org.photonlab.hal.dac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.photonlab.hal.BenchConfigException;
import org.photonlab.hal.PowerBudgetException;
import org.photonlab.hal.bench.BenchDescription;
import org.photonlab.hal.bench.DeviceSpec;
import org.photonlab.hal.bench.OpenMode;
import org.photonlab.hal.testing.RecordingDacDevice;
import org.photonlab.hal.time.BenchClock;

/** The bench's total heater-power budget, over every bank, checked before every write. */
class PowerBudgetTest {
    /** 0..10 V into 1 kΩ: 10 V is 0.1 W. */
    private static final ChannelLimits HEATER = new ChannelLimits(0.0, 10.0, 0.125, 1000.0);

    private static DefaultDacBank bank(String name, RecordingDacDevice dev, PowerBudget budget) {
        return new DefaultDacBank(DeviceSpec.dac(name, "fake", dev.channelCount(), HEATER, DacResolution.ANALOG,
                Map.of()), dev, OpenMode.CONTROL, BenchClock.system(), budget);
    }

    @Test
    void aWriteThatWouldExceedTheBudgetAcrossBanksIsRefusedNamingBudgetAndTotal() {
        PowerBudget budget = new PowerBudget(0.15);
        RecordingDacDevice a = new RecordingDacDevice("a", 2);
        RecordingDacDevice b = new RecordingDacDevice("b", 2);
        DefaultDacBank bankA = bank("a", a, budget);
        DefaultDacBank bankB = bank("b", b, budget);
        bankA.set(0, 10.0); // 0.1 W
        assertEquals(0.1, budget.total(), 1e-12);
        PowerBudgetException e = assertThrows(PowerBudgetException.class, () -> bankB.set(1, 8.0)); // +0.064 W
        assertEquals(0.164, e.wouldBeWatts(), 1e-12);
        assertTrue(e.getMessage().contains("power_budget_w 0.15 W") && e.getMessage().contains("0.164")
                && e.getMessage().contains("nothing was written"), e.getMessage());
        assertTrue(b.writes().isEmpty(), "nothing reached the device");
        assertEquals(0.1, budget.total(), 1e-12, "the refused write is not counted");
        bankB.set(1, 7.0); // 0.049 W: fits
        bankA.set(0, 0.0); // lowering power always fits
        bankB.set(1, 10.0);
        assertEquals(0.1, budget.total(), 1e-12);
        bankA.safeState();
        bankB.safeState();
        assertEquals(0.0, budget.total());
    }

    @Test
    void theBudgetMustBeFinitePositiveAndCoverTheSafeState() {
        assertThrows(BenchConfigException.class, () -> new PowerBudget(Double.POSITIVE_INFINITY));
        assertThrows(BenchConfigException.class, () -> new PowerBudget(0));
        DeviceSpec warm = new DeviceSpec("h", org.photonlab.hal.bench.DeviceKind.DAC, "fake", 4, HEATER,
                DacResolution.ANALOG, 5.0, null, null, Map.of()); // 4 x 25 mW in the safe state
        BenchConfigException e = assertThrows(BenchConfigException.class,
                () -> BenchDescription.builder("b").device(warm).powerBudget(0.05).build());
        assertTrue(e.getMessage().contains("0.1 W"), e.getMessage());
        assertEquals(0.2, BenchDescription.builder("b").device(warm).powerBudget(0.2).build().powerBudgetWatts());
    }
}
