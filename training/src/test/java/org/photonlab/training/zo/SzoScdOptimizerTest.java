package org.photonlab.training.zo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.photonlab.training.data.Batch;
import org.photonlab.training.data.Dataset;

class SzoScdOptimizerTest {
    private static final long SEED = 11;

    /** Two layers of 36 U, 9 Σ, 36 V phases driving a softmax toy, started from random phases. */
    private static ToyChip softmaxChip(long seed) {
        var groups = ToyChip.layers(2, 36, 9);
        int n = groups.stream().mapToInt(OnChipModel.PhaseGroup::size).sum();
        SplittableRandom r = new SplittableRandom(seed);
        double[] theta = new double[n];
        for (int j = 0; j < n; j++) {
            theta[j] = 2 * Math.PI * r.nextDouble();
        }
        return new ToyChip(groups, theta, new ToySoftmax(n, 5));
    }

    private static MixedTrainConfig config(double alphaP, double alphaG, AcceptRule rule) {
        return MixedTrainConfig.defaults().withAlphaP(alphaP).withAlphaG(alphaG).withRule(rule).withDelta0(0.05)
                .withPruning(PruningPolicy.NONE);
    }

    @Test
    void decreasesTheLossOfItsBatchAndTheDataLoss() {
        ToyChip chip = softmaxChip(SEED);
        Dataset data = ToySoftmax.data(320, 3);
        Batch all = ToySoftmax.batch(data, 0, 320);
        double before = chip.peek(all);
        ZerothOrderOptimizer opt = config(0.5, 0.5, AcceptRule.STP).create(chip, SEED);
        for (int s = 0; s < 60; s++) {
            int from = (s % 10) * 32;
            StepResult r = opt.step(ToySoftmax.batch(data, from, from + 32));
            assertTrue(r.lossAfter() <= r.lossBefore(), "STP never leaves its batch worse; seed " + SEED);
        }
        double after = chip.peek(all);
        assertTrue(after < 0.8 * before, "loss " + before + " -> " + after + "; seed " + SEED);
    }

    @Test
    void countsQueriesExactlyWithTheReferenceRule() {
        ToyChip chip = softmaxChip(SEED);
        Dataset data = ToySoftmax.data(64, 3);
        ZerothOrderOptimizer opt = config(0.3, 0.7, AcceptRule.REFERENCE).create(chip, SEED);
        for (int s = 0; s < 5; s++) {
            chip.commits.clear();
            long q0 = chip.queries();
            StepResult r = opt.step(ToySoftmax.batch(data, 0, 32));
            // every commit of the reference rule is followed by exactly one query: 1 + tried + rejected first moves
            int rejectedFirst = chip.commits.size() - r.tried();
            assertEquals(1 + r.tried() + rejectedFirst, r.queries());
            assertEquals(chip.queries() - q0, r.queries());
            assertEquals(r.tried(), r.accepted(), "the reference keeps every second move");
        }
    }

    @Test
    void countsQueriesExactlyWithStp() {
        ToyChip chip = softmaxChip(SEED);
        Dataset data = ToySoftmax.data(64, 3);
        ZerothOrderOptimizer opt = config(0.3, 0.7, AcceptRule.STP).create(chip, SEED);
        for (int s = 0; s < 5; s++) {
            chip.commits.clear();
            long q0 = chip.queries();
            StepResult r = opt.step(ToySoftmax.batch(data, 32, 64));
            Map<Long, Integer> perCoordinate = new HashMap<>();
            for (int[] c : chip.commits) {
                perCoordinate.merge(((long) c[0] << 32) | c[1], 1, Integer::sum);
            }
            // 1 commit: first move kept; 2: second kept; 3: both rejected and restored (the restore is not queried)
            long expected = 1 + perCoordinate.values().stream().mapToLong(n -> Math.min(n, 2)).sum();
            long reverted = perCoordinate.values().stream().filter(n -> n == 3).count();
            assertEquals(r.tried(), perCoordinate.size());
            assertEquals(expected, r.queries());
            assertEquals(chip.queries() - q0, r.queries());
            assertEquals(r.tried() - reverted, r.accepted());
        }
    }

    @Test
    void skipsActiveCoordinatesWithProbabilityAlphaG() {
        ToyChip chip = softmaxChip(SEED);
        Dataset data = ToySoftmax.data(32, 3);
        Batch b = ToySoftmax.batch(data, 0, 32);
        ZerothOrderOptimizer opt = config(0.0, 0.9, AcceptRule.STP).create(chip, SEED);
        int steps = 150;
        long tried = 0;
        for (int s = 0; s < steps; s++) {
            tried += opt.step(b).tried();
        }
        double n = (double) steps * chip.phaseCount();
        double rate = tried / n;
        double sd = Math.sqrt(0.1 * 0.9 / n);
        assertEquals(0.1, rate, 4 * sd, "tried fraction over " + n + " draws; seed " + SEED);
    }

    @Test
    void stpKeepsAnOptimumWhereTheReferenceStepsAway() {
        double[] target = new double[162];
        double[] weight = new double[162];
        java.util.Arrays.fill(target, 1.0);
        java.util.Arrays.fill(weight, 1.0);
        ToyQuadratic bowl = new ToyQuadratic(target, weight);
        Batch any = ToySoftmax.batch(ToySoftmax.data(3, 1), 0, 3);

        ToyChip stpChip = new ToyChip(ToyChip.layers(2, 36, 9), target, bowl);
        StepResult stp = config(0, 0, AcceptRule.STP).create(stpChip, SEED).step(any);
        assertArrayEquals(target, stpChip.phases(), 0.0);
        assertEquals(0, stp.accepted());
        assertEquals(0.0, stp.lossAfter(), 0.0);

        ToyChip refChip = new ToyChip(ToyChip.layers(2, 36, 9), target, bowl);
        StepResult ref = config(0, 0, AcceptRule.REFERENCE).create(refChip, SEED).step(any);
        for (double p : refChip.phases()) {
            assertEquals(1.0 - 0.05, p, 1e-15, "the reference keeps −δ although it is worse");
        }
        assertEquals(162, ref.accepted());
        assertTrue(ref.lossAfter() > 0);
    }

    @Test
    void stepSizeDecaysPerEpoch() {
        double[] target = new double[162];
        java.util.Arrays.fill(target, 1.0);
        double[] weight = target.clone();
        ToyChip chip = new ToyChip(ToyChip.layers(2, 36, 9), target, new ToyQuadratic(target, weight));
        Batch any = ToySoftmax.batch(ToySoftmax.data(3, 1), 0, 3);
        ZerothOrderOptimizer opt = config(0, 0, AcceptRule.REFERENCE).create(chip, SEED);
        opt.onEpochEnd(0);
        opt.onEpochEnd(1);
        opt.step(any);
        assertEquals(1.0 - 0.05 * 0.99 * 0.99, chip.phases()[0], 1e-15);
    }

    @Test
    void trainsOnlyActivePhasesAndDeclaresTheOthersPassive() {
        ToyChip chip = softmaxChip(SEED);
        double[] start = chip.phases();
        ZerothOrderOptimizer opt = config(0.85, 0.0, AcceptRule.REFERENCE).create(chip, SEED);
        boolean[][] active = opt.activeMask();
        boolean[][] passive = chip.declaredPassive();
        opt.step(ToySoftmax.batch(ToySoftmax.data(32, 3), 0, 32));
        double[] end = chip.phases();
        for (int g = 0; g < active.length; g++) {
            for (int i = 0; i < active[g].length; i++) {
                assertEquals(!active[g][i], passive[g][i]);
                int j = chip.flat(g, i);
                assertEquals(active[g][i], start[j] != end[j], "group " + g + " index " + i);
            }
        }
    }

    @Test
    void sameSeedSameRunOtherSeedOtherRun() {
        List<List<StepResult>> runs = new ArrayList<>();
        List<double[]> finals = new ArrayList<>();
        for (long seed : new long[] {SEED, SEED, SEED + 1}) {
            ToyChip chip = softmaxChip(SEED);
            Dataset data = ToySoftmax.data(96, 3);
            ZerothOrderOptimizer opt = config(0.5, 0.8, AcceptRule.STP).create(chip, seed);
            List<StepResult> rs = new ArrayList<>();
            for (int s = 0; s < 3; s++) {
                rs.add(opt.step(ToySoftmax.batch(data, 32 * s, 32 * s + 32)));
            }
            runs.add(rs);
            finals.add(chip.phases());
        }
        assertEquals(runs.get(0), runs.get(1));
        assertArrayEquals(finals.get(0), finals.get(1), 0.0);
        assertTrue(!java.util.Arrays.equals(finals.get(0), finals.get(2)));
    }
}
