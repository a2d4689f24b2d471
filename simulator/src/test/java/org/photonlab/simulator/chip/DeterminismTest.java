package org.photonlab.simulator.chip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.photonlab.hal.bench.Bench;
import org.photonlab.hal.core.CoreSection;

/** Same seed, same chip, same readings; a different seed gives a different chip. */
class DeterminismTest {
    private static Map<String, Object> noisy(long seed) {
        return Chips.physics("seed", seed, "phase_bias", true, "read_noise", 0.01, "shot_noise", 0.01);
    }

    private static double[] run(long seed) {
        try (Bench bench = Chips.open(2, 9, "voltage", noisy(seed))) {
            Random rnd = new Random(3);
            bench.core("core0").program(Chips.randomPhases(9, rnd));
            bench.core("core1").program(Chips.randomPhases(9, rnd));
            double[] in = Chips.randomInputs(8, 9, rnd);
            double[] out = new double[2 * in.length];
            double[] a = new double[in.length];
            bench.core("core0").transform(in, 8, a);
            bench.core("core1").setPhase(CoreSection.V, 3, 2.0);
            double[] b = new double[in.length];
            bench.core("core1").transform(in, 8, b);
            System.arraycopy(a, 0, out, 0, a.length);
            System.arraycopy(b, 0, out, a.length, b.length);
            return out;
        }
    }

    @Test
    void sameSeedSameOutputs() {
        assertArrayEquals(run(17), run(17), 0.0);
        assertFalse(Arrays.equals(run(17), run(18)));
    }

    @Test
    void noiselessReadoutIsRepeatable() {
        try (Bench bench = Chips.open(1, 9, "phase", Chips.physics("seed", 3, "phase_bias", true))) {
            assertTrue(bench.deterministicReadout());
            bench.core("core0").program(Chips.randomPhases(9, new Random(4)));
            double[] in = Chips.randomInputs(4, 9, new Random(5));
            double[] a = new double[in.length];
            double[] b = new double[in.length];
            bench.core("core0").transform(in, 4, a);
            bench.core("core0").transform(in, 4, b);
            assertArrayEquals(a, b, 0.0);
        }
    }
}
