package org.photonlab.training.zo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.photonlab.training.data.Dataset;
import org.photonlab.training.run.EpochMetrics;
import org.photonlab.training.run.ProgressListener;
import org.photonlab.training.run.ZoRun;
import org.photonlab.training.run.ZoRunConfig;
import org.photonlab.training.run.ZoRunResult;

/** End to end through the run API, on the softmax toy chip. */
class ZoRunTest {
    private static final long SEED = 3;
    private static final Dataset TRAIN = ToySoftmax.data(640, 1);
    private static final Dataset TEST = ToySoftmax.data(300, 2);

    private static ToyChip chip() {
        var groups = ToyChip.layers(2, 36, 9);
        SplittableRandom r = new SplittableRandom(SEED);
        double[] theta = new double[162];
        for (int j = 0; j < theta.length; j++) {
            theta[j] = 2 * Math.PI * r.nextDouble();
        }
        return new ToyChip(groups, theta, new ToySoftmax(162, 5));
    }

    private static ZoRunConfig.Builder base() {
        return ZoRunConfig.builder().epochs(2).stepsPerEpoch(15).seed(SEED)
                .optimizer(MixedTrainConfig.defaults().withAlphaP(0.5).withAlphaG(0.5).withDelta0(0.05));
    }

    /** Records every callback. */
    private static final class Recorder implements ProgressListener<EpochMetrics> {
        final List<String> events = new ArrayList<>();
        final List<EpochMetrics> epochs = new ArrayList<>();
        long lastQueries;

        @Override
        public void epochStarted(int epoch, int epochs, int steps) {
            events.add("start " + epoch + "/" + epochs + " " + steps);
        }

        @Override
        public void stepDone(int epoch, int step, int steps, double loss, long queries) {
            assertTrue(queries > lastQueries);
            lastQueries = queries;
            events.add("step");
        }

        @Override
        public void epochEnded(EpochMetrics m) {
            epochs.add(m);
        }
    }

    @Test
    void mixedTrnRaisesAccuracyAndReportsEverything() {
        ToyChip chip = chip();
        Recorder rec = new Recorder();
        ZoRunResult r = new ZoRun(chip, TRAIN, TEST, base().idealAccuracy(0.75).evalEvery(5).build(), rec).run();
        assertTrue(r.accFinal() > r.accDeployed() + 0.1, r + "; seed " + SEED);
        assertEquals("mixedtrn", r.method());
        assertEquals(chip.queries(), r.queries(), "evaluations are not training queries");
        assertEquals(162, r.totalPhases());
        assertTrue(r.activePhases() < 162 && r.activePhases() >= 18, "Σ always active");
        assertEquals(r.epochs(), rec.epochs);
        assertEquals(2, r.epochs().size());
        assertEquals(r.queries(), r.epochs().get(1).queries());
        assertEquals(r.accFinal(), r.epochs().get(1).testAccuracy(), 0.0);
        assertEquals("start 1/2 15", rec.events.get(0));
        assertEquals(2 + 30, rec.events.size());
        assertTrue(r.queriesTo95() > 0 && r.queriesTo95() <= r.queries(), "reached 0.7125: " + r);
        assertTrue(r.powerFinalW() < r.powerFinalAllW(), "passive heaters are not counted");
        assertEquals(chip.powerWatts(null), r.powerFinalAllW(), 0.0);
    }

    @Test
    void sameSeedSameResult() {
        ZoRunResult a = new ZoRun(chip(), TRAIN, TEST, base().build(), null).run();
        ZoRunResult b = new ZoRun(chip(), TRAIN, TEST, base().build(), null).run();
        assertEquals(a, b);
        ZoRunResult c = new ZoRun(chip(), TRAIN, TEST, base().seed(SEED + 1).build(), null).run();
        assertTrue(a.queries() != c.queries() || a.accFinal() != c.accFinal());
    }

    @Test
    void flopsAndTheFixedBatchRun() {
        ZoRunConfig flops = base()
                .optimizer(FlopsConfig.defaults().withEta(0.5).withSigma(0.05).withSamples(10).withAlphaP(0)).build();
        ZoRunResult r = new ZoRun(chip(), TRAIN, TEST, flops, null).run();
        assertEquals(2 * 15 * 11, r.queries());
        assertEquals(162, r.activePhases());
        assertEquals(-1, r.queriesTo95(), "no ideal accuracy given");
        assertTrue(r.accFinal() > r.accDeployed(), r.toString());

        ZoRunResult m1 = new ZoRun(chip(), TRAIN, TEST, base().fixedBatch(true).build(), null).run();
        assertTrue(m1.epochs().get(1).loss() < m1.epochs().get(0).loss(), "M1 fits its one batch");
    }
}
