package org.photonlab.simulator.chip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.photonlab.hal.LimitViolationException;
import org.photonlab.hal.bench.Bench;
import org.photonlab.hal.core.CoreSection;
import org.photonlab.hal.core.PhotonicCore;

/** The batched fast path equals driving the same chip channel by channel through the HAL. */
class FastPathTest {
    private static final long SEED = 4242;

    private static Map<String, Object> allChipNoise() {
        return Chips.physics("seed", SEED, "gamma_drift_std", 0.002, "crosstalk", 0.005,
                "crosstalk_active_only", true, "phase_bias", true, "phase_bias_range", 1.0);
    }

    @Test
    void equalsChannelByChannelOnThreeCoresWithEveryChipNonIdealityOn() {
        for (String q : new String[] {"phase", "voltage"}) {
            try (Bench bench = Chips.open(3, 9, q, allChipNoise())) {
                Random rnd = new Random(SEED);
                for (PhotonicCore core : bench.cores()) {
                    assertTrue(core.hasFastPath(), core.name() + " uses the sim fast path");
                    core.program(Chips.randomPhases(9, rnd));
                    boolean[] passive = new boolean[36];
                    for (int i = 0; i < passive.length; i++) {
                        passive[i] = rnd.nextDouble() < 0.85;
                    }
                    assertTrue(core.setPassive(CoreSection.U, passive));
                    assertTrue(core.setPassive(CoreSection.V, passive));
                }
                for (int step = 0; step < 20; step++) {
                    PhotonicCore core = bench.cores().get(step % 3);
                    // a ZO step: one phase change, then one query
                    CoreSection s = step % 4 == 3 ? CoreSection.SIGMA : step % 2 == 0 ? CoreSection.U : CoreSection.V;
                    int idx = rnd.nextInt(s == CoreSection.SIGMA ? 9 : 36);
                    core.setPhase(s, idx, 2 * Math.PI * rnd.nextDouble());
                    int n = 1 + rnd.nextInt(40);
                    double[] in = Chips.randomInputs(n, 9, rnd);
                    double[] fast = new double[n * 9];
                    double[] slow = new double[n * 9];
                    core.transform(in, n, fast);
                    core.transformChannelByChannel(in, n, slow);
                    assertArrayEquals(slow, fast, 1e-12, "seed " + SEED + " " + q + " step " + step);
                    assertArrayEquals(slow, fast, 0.0, "same arithmetic in both paths");
                }
            }
        }
    }

    @Test
    void rebuildsOnlyTheCoreThatChanged() {
        try (Bench bench = Chips.open(3, 9, "phase", allChipNoise())) {
            Random rnd = new Random(SEED + 1);
            for (PhotonicCore core : bench.cores()) {
                core.program(Chips.randomPhases(9, rnd));
            }
            SimChipBackend sim = Chips.sim(bench);
            double[] w0 = sim.transferMatrix("core0");
            double[] w2 = sim.transferMatrix("core2");
            double[] w1 = sim.transferMatrix("core1");
            bench.core("core1").setPhase(CoreSection.U, 17, 1.0);
            assertArrayEquals(w0, sim.transferMatrix("core0"), 0.0);
            assertArrayEquals(w2, sim.transferMatrix("core2"), 0.0);
            assertFalse(java.util.Arrays.equals(w1, sim.transferMatrix("core1")), "core1 changed");
        }
    }

    @Test
    void detectorNoiseIsDrawnInTheSameOrderOnBothPaths() {
        Map<String, Object> physics = allChipNoise();
        physics.put("read_noise", 0.01);
        physics.put("shot_noise", 0.02);
        double[] fast;
        double[] slow;
        Random rnd = new Random(SEED);
        double[] in = Chips.randomInputs(16, 9, rnd);
        try (Bench bench = Chips.open(1, 9, "phase", physics)) {
            assertFalse(bench.deterministicReadout());
            bench.core("core0").program(Chips.randomPhases(9, new Random(1)));
            fast = new double[in.length];
            bench.core("core0").transform(in, 16, fast);
        }
        try (Bench bench = Chips.open(1, 9, "phase", physics)) {
            bench.core("core0").program(Chips.randomPhases(9, new Random(1)));
            slow = new double[in.length];
            bench.core("core0").transformChannelByChannel(in, 16, slow);
        }
        assertArrayEquals(slow, fast, 0.0);
    }

    @Test
    void oneArrayMayServeAsInputAndOutput() {
        try (Bench bench = Chips.open(1, 9, "phase", allChipNoise())) {
            PhotonicCore core = bench.core("core0");
            core.program(Chips.randomPhases(9, new Random(SEED)));
            double[] in = Chips.randomInputs(7, 9, new Random(SEED + 2));
            double[] separate = new double[in.length];
            core.transform(in, 7, separate);
            core.transform(in, 7, in);
            assertArrayEquals(separate, in, 0.0);
        }
    }

    @Test
    void inputsOutsideTheModulatorLimitsAreRefusedLikeAWrite() {
        try (Bench bench = Chips.open(1, 4, "phase", Chips.ideal())) {
            double[] in = {0.1, 0.2, 11.0, 0.3};
            double[] out = new double[4];
            LimitViolationException fast = assertThrows(LimitViolationException.class,
                    () -> bench.core("core0").transform(in, 1, out));
            LimitViolationException slow = assertThrows(LimitViolationException.class,
                    () -> bench.core("core0").transformChannelByChannel(in, 1, out));
            assertEquals(slow.getMessage(), fast.getMessage());
            assertArrayEquals(new double[4], out, 0.0);
        }
    }

    /**
     * The batch check reads only each channel's extremes when all pass; a batch with bad values anywhere must still
     * be refused with the first bad value's own message (in reading order), whichever limit it breaks.
     */
    @Test
    void aBadValueDeepInABatchIsRefusedWithTheFirstBadValuesMessage() {
        try (Bench bench = Chips.open(1, 4, "phase", Chips.ideal())) {
            int n = 300;
            for (double bad : new double[] {-10.5, 10.0000001, Double.NaN, Double.POSITIVE_INFINITY}) {
                double[] in = Chips.randomInputs(n, 4, new Random(SEED + 5));
                in[4 * 211 + 2] = bad;
                in[4 * 250 + 1] = 12.0; // a later bad value on another channel must not be the one reported
                double[] out = new double[n * 4];
                LimitViolationException fast = assertThrows(LimitViolationException.class,
                        () -> bench.core("core0").transform(in, n, out));
                LimitViolationException slow = assertThrows(LimitViolationException.class,
                        () -> bench.core("core0").transformChannelByChannel(in, n, new double[n * 4]));
                assertEquals(slow.getMessage(), fast.getMessage(), "bad value " + bad);
                assertArrayEquals(new double[n * 4], out, 0.0, "nothing computed for a refused batch");
            }
            double[] ok = Chips.randomInputs(n, 4, new Random(SEED + 6));
            ok[7] = 10.0; // exactly at the limit passes
            ok[9] = -10.0;
            bench.core("core0").transform(ok, n, new double[n * 4]);
        }
    }
}
