package org.photonlab.training.chip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.photonlab.benchfile.StandardBenches;
import org.photonlab.hal.bench.Bench;
import org.photonlab.training.data.Batch;
import org.photonlab.training.data.Datasets;
import org.photonlab.training.data.Split;
import org.photonlab.training.nn.ModelSpec;
import org.photonlab.training.nn.Network;
import org.photonlab.training.nn.PretrainConfig;
import org.photonlab.training.nn.Pretrainer;

/**
 * Time-multiplexing on the simulator: on an ideal chip (no drift, crosstalk, bias, noise or quantisation) CNN-S on
 * one core gives the one-core-per-block logits to 1e-12, through random single-phase changes (the changed block and
 * everything downstream re-measured, the cache on) and fresh batches; and only the changed block and what lies
 * downstream is written again.
 */
class MultiplexedForwardTest {
    private static Network cnn;
    private static Split mnist;

    @BeforeAll
    static void pretrain() {
        mnist = Datasets.mnist16();
        cnn = Pretrainer.train(ModelSpec.cnnS(), mnist, PretrainConfig.defaults(1).withEpochs(1), null).network();
    }

    private static Bench ideal(int cores) {
        return Bench.open(StandardBenches.simulatedChip("ideal", cores, 9, "none",
                Map.of("seed", 1L, "gamma_drift_std", 0.0, "crosstalk", 0.0, "phase_bias", false)));
    }

    private static void assertSame(double[] expected, double[] actual, String what) {
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 1e-12, what + " logit " + i);
        }
    }

    @Test
    void oneCoreEqualsOneCorePerBlockOnAnIdealChip() {
        for (int cores : new int[] {1, 4}) {
            try (Bench wide = ideal(31); Bench narrow = ideal(cores)) {
                ChipNetwork a = ChipNetwork.deploy(cnn, wide);
                ChipNetwork b = ChipNetwork.deploy(cnn, narrow);
                assertEquals(31, a.coresUsed());
                assertEquals(cores, b.coresUsed());
                SplittableRandom rng = new SplittableRandom(11);
                Batch batch = Batch.range(mnist.train(), 0, 32);
                assertSame(a.logits(batch), b.logits(batch), cores + " cores, deployed");
                for (int step = 0; step < 40; step++) {
                    if (step == 20) {
                        batch = Batch.range(mnist.train(), 320, 32);
                    }
                    int g = rng.nextInt(a.groups().size());
                    int i = rng.nextInt(a.groups().get(g).size());
                    double phi = a.phase(g, i) + rng.nextGaussian() * 0.3;
                    a.setPhase(g, i, phi);
                    b.setPhase(g, i, phi);
                    assertEquals(a.loss(batch), b.loss(batch), 1e-12, cores + " cores, step " + step);
                    assertSame(a.logits(batch), b.logits(batch), cores + " cores, step " + step);
                }
                assertEquals(0, a.reprograms());
                assertTrue(b.reprograms() > 0);
            }
        }
    }

    @Test
    void aChangedFcBlockRewritesOnlyThatBlockAndAChangedConvBlockEveryFcBlock() {
        try (Bench one = ideal(1)) {
            ChipNetwork net = ChipNetwork.deploy(cnn, one);
            Batch b = Batch.range(mnist.train(), 0, 32);
            net.loss(b);
            assertEquals(31, net.reprograms(), "a full forward writes every block once");
            net.loss(b);
            assertEquals(31, net.reprograms(), "nothing changed, nothing written or measured");
            net.setPhase(7, 5, net.phase(7, 5) + 0.1); // fc Σ, block 0
            net.loss(b);
            assertEquals(32, net.reprograms(), "the changed fc block");
            net.setPhase(7, 5, net.phase(7, 5) + 0.1); // the same block again, now loaded: a heater write
            net.loss(b);
            assertEquals(32, net.reprograms(), "the loaded block is written through, not reprogrammed");
            net.setPhase(3, 40, net.phase(3, 40) + 0.1); // conv2 U, block 1
            net.loss(b);
            assertEquals(32 + 1 + 22, net.reprograms(), "the conv2 block, then every fc block");
        }
    }
}
