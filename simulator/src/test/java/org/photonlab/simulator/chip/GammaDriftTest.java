package org.photonlab.simulator.chip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.photonlab.hal.bench.Bench;
import org.photonlab.benchfile.StandardBenches;
import org.photonlab.hal.core.CoreSection;

/** Static γ drift: γ' = γ + σ_γ·z, z standard normal truncated to ±{@code gamma_truncation}. */
class GammaDriftTest {
    private static final double G = StandardBenches.GAMMA;
    private static final double SIGMA = 0.002;

    @Test
    void statisticsOverManyHeaters() {
        double[] g = allGammas(1234L, 2.0);
        assertTrue(g.length > 10_000, "heaters: " + g.length);
        double mean = Arrays.stream(g).average().orElseThrow();
        double var = Arrays.stream(g).map(x -> (x - mean) * (x - mean)).sum() / (g.length - 1);
        // N(0,1) truncated to ±2 has std 0.8796; the sample std of 1e4 draws is within ~1 % of it
        assertEquals(0.0, (mean - G) / SIGMA, 0.04, "seed 1234 mean " + mean);
        assertEquals(0.8796, Math.sqrt(var) / SIGMA, 0.03, "seed 1234 std " + Math.sqrt(var));
        for (double x : g) {
            assertTrue(Math.abs(x - G) <= 2 * SIGMA, "γ' " + x + " inside ±2σ");
        }
        long beyondOneSigma = Arrays.stream(g).filter(x -> Math.abs(x - G) > SIGMA).count();
        // P(|z| > 1 | |z| ≤ 2) = 0.2857
        assertEquals(0.2857, beyondOneSigma / (double) g.length, 0.02);
    }

    @Test
    void truncationIsASwitch() {
        double[] g = allGammas(77L, 3.0);
        double max = Arrays.stream(g).map(x -> Math.abs(x - G) / SIGMA).max().orElseThrow();
        assertTrue(max > 2.0 && max <= 3.0, "±3σ truncation reaches beyond 2σ: " + max);
    }

    @Test
    void sameSeedSameDriftAndCoresAreIndependent() {
        try (Bench a = Chips.open(2, 9, "phase", Chips.physics("seed", 5));
             Bench b = Chips.open(3, 9, "phase", Chips.physics("seed", 5));
             Bench c = Chips.open(2, 9, "phase", Chips.physics("seed", 6))) {
            for (CoreSection s : CoreSection.values()) {
                assertArrayEquals(Chips.sim(a).gammas("core1", s), Chips.sim(b).gammas("core1", s), 0.0,
                        "adding a core leaves core1's draws unchanged");
                assertFalse(Arrays.equals(Chips.sim(a).gammas("core1", s), Chips.sim(c).gammas("core1", s)));
                assertFalse(Arrays.equals(Chips.sim(a).gammas("core0", s), Chips.sim(a).gammas("core1", s)));
            }
        }
    }

    @Test
    void zeroStdMeansNominalGamma() {
        try (Bench b = Chips.open(1, 4, "phase", Chips.physics("gamma_drift_std", 0.0))) {
            for (double x : Chips.sim(b).gammas("core0", CoreSection.U)) {
                assertEquals(G, x, 0.0);
            }
        }
    }

    private static double[] allGammas(long seed, double truncation) {
        try (Bench b = Chips.open(40, 16, "phase", Chips.physics("seed", seed, "gamma_truncation", truncation))) {
            SimChipBackend sim = Chips.sim(b);
            return sim.coreNames().stream()
                    .flatMapToDouble(c -> Arrays.stream(CoreSection.values())
                            .flatMapToDouble(s -> Arrays.stream(sim.gammas(c, s))))
                    .toArray();
        }
    }
}
