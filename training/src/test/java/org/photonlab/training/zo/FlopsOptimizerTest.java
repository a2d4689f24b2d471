package org.photonlab.training.zo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.photonlab.training.data.Batch;

class FlopsOptimizerTest {
    private static final long SEED = 5;
    private static final Batch ANY = ToySoftmax.batch(ToySoftmax.data(3, 1), 0, 3);

    private static ToyChip bowl(long seed) {
        var groups = ToyChip.layers(1, 36, 9);
        SplittableRandom r = new SplittableRandom(seed);
        double[] target = new double[81];
        double[] weight = new double[81];
        double[] start = new double[81];
        for (int j = 0; j < 81; j++) {
            target[j] = 2 * Math.PI * r.nextDouble();
            weight[j] = 0.5 + r.nextDouble();
            start[j] = target[j] + 0.3 * r.nextGaussian();
        }
        return new ToyChip(groups, start, new ToyQuadratic(target, weight));
    }

    private static final FlopsConfig TUNED = FlopsConfig.defaults().withEta(0.02).withSigma(0.01).withSamples(10)
            .withAlphaP(0);

    @Test
    void convergesOnAQuadraticAndSpendsOnePlusQQueriesPerStep() {
        ToyChip chip = bowl(SEED);
        double start = chip.peek(ANY);
        ZerothOrderOptimizer opt = TUNED.create(chip, SEED);
        for (int s = 0; s < 400; s++) {
            long q0 = chip.queries();
            StepResult r = opt.step(ANY);
            assertEquals(11, r.queries());
            assertEquals(11, chip.queries() - q0);
        }
        double end = chip.peek(ANY);
        assertTrue(end < 0.01 * start, "loss " + start + " -> " + end + "; seed " + SEED);
    }

    @Test
    void recommitsTheUpdateUnlessF1() {
        ToyChip clean = bowl(SEED);
        ToyChip f1 = bowl(SEED);
        ZerothOrderOptimizer a = TUNED.create(clean, SEED);
        ZerothOrderOptimizer b = TUNED.withQuirks(true, false, false).create(f1, SEED);
        a.step(ANY);
        b.step(ANY);
        double[] theta = ((FlopsOptimizer) a).theta();
        assertArrayEquals(theta, clean.phases(), 0.0);
        assertArrayEquals(theta, ((FlopsOptimizer) b).theta(), 0.0, "the update itself is the same");
        assertFalse(java.util.Arrays.equals(theta, f1.phases()), "F1 leaves the last probe on the chip");
        // F1's next baseline is measured at the stale probe
        double staleLoss = f1.peek(ANY);
        assertEquals(staleLoss, b.step(ANY).lossBefore(), 0.0);
    }

    @Test
    void f2WeighsTheFirstDirectionQTimesMore() {
        ToyChip plain = bowl(SEED);
        ToyChip f2 = bowl(SEED);
        double[] start = plain.phases();
        FlopsConfig q1 = TUNED.withSamples(1);
        q1.withSamples(4).create(plain, SEED).step(ANY);
        // with one direction F2 changes nothing: the only term is the first one
        ToyChip one = bowl(SEED);
        ToyChip oneF2 = bowl(SEED);
        q1.create(one, SEED).step(ANY);
        q1.withQuirks(false, true, false).create(oneF2, SEED).step(ANY);
        assertArrayEquals(one.phases(), oneF2.phases(), 0.0);
        q1.withSamples(4).withQuirks(false, true, false).create(f2, SEED).step(ANY);
        assertFalse(java.util.Arrays.equals(plain.phases(), f2.phases()));
        assertFalse(java.util.Arrays.equals(start, f2.phases()));
    }

    @Test
    void f3DrawsFromOnlyAThousandDirections() {
        FlopsOptimizer f3 = (FlopsOptimizer) TUNED.withQuirks(false, false, true).create(bowl(SEED), SEED);
        FlopsOptimizer clean = (FlopsOptimizer) TUNED.create(bowl(SEED), SEED);
        java.util.Set<Double> f3Firsts = new java.util.HashSet<>();
        java.util.Set<Double> cleanFirsts = new java.util.HashSet<>();
        double[] u = new double[81];
        for (int s = 0; s < 3000; s++) {
            f3.sample(u);
            f3Firsts.add(u[0]);
            clean.sample(u);
            cleanFirsts.add(u[0]);
        }
        assertTrue(f3Firsts.size() <= 1000 && f3Firsts.size() > 900, f3Firsts.size() + " distinct directions");
        assertEquals(3000, cleanFirsts.size());
    }

    @Test
    void sameSeedSameRun() {
        ToyChip a = bowl(SEED);
        ToyChip b = bowl(SEED);
        ZerothOrderOptimizer oa = TUNED.create(a, 99);
        ZerothOrderOptimizer ob = TUNED.create(b, 99);
        for (int s = 0; s < 20; s++) {
            assertEquals(oa.step(ANY), ob.step(ANY));
        }
        assertArrayEquals(a.phases(), b.phases(), 0.0);
    }
}
