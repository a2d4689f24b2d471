package org.photonlab.training.dfa;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.photonlab.hal.LabException;
import org.photonlab.training.data.Dataset;
import org.photonlab.training.data.Datasets;
import org.photonlab.training.data.Split;
import org.photonlab.training.run.ProgressListener;

class DfaTrainerTest {
    private static final long SEED = 5L;
    private static final Dataset[] DATA = Blobs.make(4, 40, 1200, 400, SEED);

    private static DfaConfig small(DfaMode mode) {
        return DfaConfig.defaults(mode, SEED).withHidden(64, 48).withEpochs(6).withBatch(16);
    }

    @Test
    void everyModeLearnsASmallProblem() {
        for (DfaMode mode : new DfaMode[] {DfaMode.BP, DfaMode.DFA, DfaMode.DFA_TERNARY}) {
            DfaResult r = new DfaTrainer(small(mode), null).train(DATA[0], DATA[1], null);
            assertTrue(r.testAcc() > 0.9, mode + " reached " + r.testAcc() + " (chance 0.25); seed " + SEED);
            assertEquals(0, r.frames());
        }
        FixedGaussianProjection p = new FixedGaussianProjection(4, 64, SEED, 5.0);
        DfaResult opt = new DfaTrainer(small(DfaMode.OPTICAL), p).train(DATA[0], DATA[1], null);
        assertTrue(opt.testAcc() > 0.9, "optical with a Gaussian projection: " + opt.testAcc());
        assertTrue(opt.frames() > 0 && opt.deviceTimeS() > 0, "frames and device time are accounted");
        assertTrue(opt.feedbackCosine() > 0.9 && opt.feedbackCosine() < 1, "noisy feedback vs ideal "
                + opt.feedbackCosine());
    }

    @Test
    void dfaUpdatesAlignWithBackprop() {
        List<EpochReport> reports = new ArrayList<>();
        new DfaTrainer(small(DfaMode.DFA), null).train(DATA[0], DATA[1], new ProgressListener<>() {
            @Override
            public void epochEnded(EpochReport r) {
                reports.add(r);
            }
        });
        double[] last = reports.get(reports.size() - 1).alignment();
        assertEquals(2, last.length);
        for (double c : last) {
            assertTrue(c > 0.2, "DFA aligns with BP (cosine > 0.2), got " + c);
        }
    }

    @Test
    void runsAreDeterministicWithAndWithoutThreads() {
        DfaResult a = new DfaTrainer(small(DfaMode.DFA).withEpochs(2).withParallel(true), null)
                .train(DATA[0], DATA[1], null);
        DfaResult b = new DfaTrainer(small(DfaMode.DFA).withEpochs(2).withParallel(false), null)
                .train(DATA[0], DATA[1], null);
        assertEquals(a.testAcc(), b.testAcc());
        assertEquals(a.epochs().get(1).trainLoss(), b.epochs().get(1).trainLoss());
        assertArrayEquals(a.epochs().get(0).alignment(), b.epochs().get(0).alignment());
    }

    @Test
    void badInputGivesClearErrors() {
        LabException mode = assertThrows(LabException.class, () -> DfaMode.parse("sgd"));
        assertTrue(mode.getMessage().contains("bp, dfa, dfa-ternary, optical"), mode.getMessage());
        assertThrows(LabException.class, () -> new DfaTrainer(small(DfaMode.OPTICAL), null));
        assertThrows(LabException.class, () -> small(DfaMode.DFA).withHidden(64, 0));
        assertThrows(LabException.class, () -> small(DfaMode.DFA).withBatch(0));
        FixedGaussianProjection narrow = new FixedGaussianProjection(4, 16, SEED, 0);
        LabException e = assertThrows(LabException.class,
                () -> new DfaTrainer(small(DfaMode.OPTICAL), narrow).train(DATA[0], DATA[1], null));
        assertTrue(e.getMessage().contains("widest hidden layer"), e.getMessage());
    }

    @Test
    void bundledMnistHasTheReferenceSplit() {
        Split m = Datasets.mnist28();
        assertEquals(8000, m.train().size());
        assertEquals(2000, m.test().size());
        assertEquals(784, m.train().dim());
        assertEquals("mnist10k-train", m.train().name());
        assertEquals(-0.1307f / 0.3081f, m.train().background(), 1e-6);
        // the same digits as mnist16, in the same order: one reader, one split
        assertArrayEquals(Datasets.mnist16().test().labels(), m.test().labels());
    }
}
