package org.photonlab.training.zo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.photonlab.hal.core.PhaseRange;
import org.photonlab.training.data.Batch;

class PruningTest {
    private static final long SEED = 17;
    private static final double EPS = 1e-4;
    private static final PruningPolicies.Params PARAMS = new PruningPolicies.Params(0.05, EPS, 10, 0.3, EPS);
    private static final Batch ANY = ToySoftmax.batch(ToySoftmax.data(3, 1), 0, 3);

    /** L = Σ w_j (1 − cos(θ_j − t_j)) at its minimum 0; odd j barely matter (w = 1e-7), even j do (w = 1). */
    private static ToyChip chipAtOptimum() {
        var groups = ToyChip.layers(2, 36, 9);
        SplittableRandom r = new SplittableRandom(SEED);
        double[] t = new double[162];
        double[] w = new double[162];
        for (int j = 0; j < t.length; j++) {
            t[j] = 2 * Math.PI * r.nextDouble();
            w[j] = j % 2 == 0 ? 1.0 : 1e-7;
        }
        ToyChip.Loss periodic = (theta, batch) -> {
            double s = 0;
            for (int j = 0; j < theta.length; j++) {
                s += w[j] * (1 - Math.cos(theta[j] - t[j]));
            }
            return s;
        };
        return new ToyChip(groups, t, periodic);
    }

    private static ToyChip train(String policy, int steps) {
        ToyChip chip = chipAtOptimum();
        MixedTrainConfig cfg = MixedTrainConfig.defaults().withAlphaP(0).withAlphaG(0).withDelta0(0.05)
                .withPruning(PruningPolicies.parse(policy, PARAMS));
        ZerothOrderOptimizer opt = cfg.create(chip, SEED);
        for (int s = 0; s < steps; s++) {
            opt.step(ANY);
        }
        return chip;
    }

    @Test
    void gatedZeroAndAllCutPowerWithoutRaisingTheLossBeyondEpsilon() {
        double start = chipAtOptimum().powerWatts(null);
        ToyChip none = train("none", 60);
        assertEquals(start, none.powerWatts(null), 1e-12, "at an optimum nothing moves without pruning");
        for (String p : new String[] {"gated", "zero", "direction+gated", "all"}) {
            ToyChip chip = train(p, 60);
            double power = chip.powerWatts(null);
            // a sweep only reaches phases near 0/2π; the gate moves every phase that barely matters
            double bound = p.equals("zero") ? 0.98 : 0.9;
            assertTrue(power < bound * start, p + ": power " + start + " -> " + power + "; seed " + SEED);
            assertTrue(chip.peek(ANY) < 60 * EPS, p + ": loss " + chip.peek(ANY));
        }
    }

    @Test
    void pruneToZeroSwitchesOffOnlyPhasesThatCostLessThanEpsilon() {
        ToyChip chip = chipAtOptimum();
        ActiveSet all = ActiveSet.all(chip.groups());
        double before = chip.peek(ANY);
        PruneToZero zero = new PruneToZero(1, 0.3, EPS);
        long q0 = chip.queries();
        PruningPolicy.Sweep sweep = zero.sweep(chip, all, ANY, before);
        assertEquals(chip.queries() - q0, sweep.queries());
        assertTrue(sweep.pruned() > 0);
        assertTrue(sweep.pruned() < sweep.queries(), "important phases near 0 are restored");
        assertTrue(chip.peek(ANY) < before + EPS);
        assertEquals(chip.peek(ANY), sweep.loss(), 0.0);
        int zeros = 0;
        for (double p : chip.phases()) {
            zeros += p == 0 ? 1 : 0;
        }
        assertEquals(sweep.pruned(), zeros);
    }

    @Test
    void directionPreferenceTriesTheMoveThatLowersTheProgrammedPhase() {
        PruningPolicy d = PruningPolicies.parse("direction");
        double delta = 0.05;
        assertEquals(-1, d.firstSign(3.0, delta, PhaseRange.FULL));
        assertEquals(1, d.firstSign(2 * Math.PI - 0.01, delta, PhaseRange.FULL), "wrapping to 0 is cheaper");
        assertEquals(1, d.firstSign(0.01, delta, PhaseRange.FULL), "−δ would wrap to almost 2π");
        assertEquals(-1, d.firstSign(2.0, delta, PhaseRange.FOLDED));
        assertEquals(1, d.firstSign(3.2, delta, PhaseRange.FOLDED), "folded: 3.2 programs as 2π − 3.2, +δ lowers it");
        assertEquals(1, PruningPolicy.NONE.firstSign(3.0, delta, PhaseRange.FULL));
    }

    @Test
    void gatedAcceptancePricesPower() {
        PruningPolicy g = PruningPolicies.parse("gated", PARAMS);
        assertTrue(g.accept(-0.01, 0.1), "pays for its power: −0.01 < −0.05·0.1");
        assertFalse(g.accept(-0.001, 0.1), "does not pay: −0.001 ≥ −0.005");
        assertTrue(g.accept(EPS, -0.05), "power-decreasing within ε");
        assertFalse(g.accept(2 * EPS, -0.05));
        assertFalse(g.accept(0.0, 0.0));
        assertTrue(PruningPolicy.NONE.accept(-1e-9, 5));
    }

    @Test
    void mixedTrnDefaultsToGatedAcceptanceWithPruneToZero() {
        PruningPolicy p = MixedTrainConfig.defaults().pruning();
        assertEquals("gated+zero", p.name());
        assertEquals(1, p.firstSign(3.0, 0.05, PhaseRange.FULL), "no direction preference");
        assertFalse(p.accept(1e-12, -0.05), "ε = 0: a power-decreasing move may not raise the loss");
        assertTrue(p.accept(0.0, -0.05));
    }

    @Test
    void parsesNamesAndCombinations() {
        assertEquals("none", PruningPolicies.parse("none").name());
        assertEquals("all", PruningPolicies.parse("direction+gated+zero").name());
        assertEquals("direction+zero", PruningPolicies.parse("zero+direction").name());
        var e = assertThrows(IllegalArgumentException.class, () -> PruningPolicies.parse("greedy"));
        assertTrue(e.getMessage().contains("greedy"));
    }
}
