package org.photonlab.training.chip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.photonlab.hal.bench.Bench;
import org.photonlab.benchfile.StandardBenches;
import org.photonlab.training.data.Batch;
import org.photonlab.training.data.Datasets;
import org.photonlab.training.data.Split;
import org.photonlab.training.nn.Evaluation;
import org.photonlab.training.nn.ModelSpec;
import org.photonlab.training.nn.Network;
import org.photonlab.training.nn.PretrainConfig;
import org.photonlab.training.nn.Pretrainer;

/** CNN-S deployed on the simulator backend ({@code sim}, a test-scoped dependency), through the HAL only. */
class SimChipNetworkTest {
    private static Network cnn;
    private static Split mnist;

    @BeforeAll
    static void pretrain() {
        mnist = Datasets.mnist16();
        cnn = Pretrainer.train(ModelSpec.cnnS(), mnist, PretrainConfig.defaults(2).withEpochs(3), null).network();
    }

    private static Bench ideal() {
        return Bench.open(StandardBenches.simulatedChip("ideal", 31, 9, "none",
                Map.of("seed", 1L, "gamma_drift_std", 0.0, "crosstalk", 0.0, "phase_bias", false)));
    }

    /** The MixedTrn paper's scenario: 8-bit phase DACs, γ drift, crosstalk, no bias. */
    private static Bench noisy(long seed) {
        return Bench.open(StandardBenches.simulatedChip("noisy", 31, 9, "phase",
                Map.of("seed", seed, "gamma_drift_std", 0.002, "crosstalk", 0.005, "phase_bias", false)));
    }

    @Test
    void idealSimulatedChipReproducesTheSoftwareLogits() {
        try (Bench bench = ideal()) {
            ChipNetwork chip = ChipNetwork.deploy(cnn, bench);
            for (int from : new int[] {0, 32, 4000}) {
                Batch b = Batch.range(mnist.train(), from, 32);
                double[] onChip = chip.logits(b);
                double[] soft = cnn.forward(b.features(), 32, false);
                for (int i = 0; i < onChip.length; i++) {
                    assertEquals(soft[i], onChip[i], 1e-9);
                }
            }
        }
    }

    @Test
    void cachedEqualsUncachedOnTheNoisyChip() {
        try (Bench a = noisy(5); Bench b = noisy(5)) {
            ChipNetwork cached = ChipNetwork.deploy(cnn, a);
            ChipNetwork plain = ChipNetwork.deploy(cnn, b);
            plain.setCacheEnabled(false);
            SplittableRandom rng = new SplittableRandom(8);
            Batch batch = Batch.range(mnist.train(), 100, 32);
            for (int step = 0; step < 80; step++) {
                int g = rng.nextInt(cached.groups().size());
                int i = rng.nextInt(cached.groups().get(g).size());
                double phi = cached.phase(g, i) + (rng.nextBoolean() ? 1 : -1) * 2 * Math.PI / 255;
                cached.setPhase(g, i, phi);
                plain.setPhase(g, i, phi);
                assertEquals(plain.loss(batch), cached.loss(batch), 1e-12, "step " + step);
            }
            double[] xa = cached.logits(batch);
            double[] xb = plain.logits(batch);
            for (int j = 0; j < xa.length; j++) {
                assertEquals(xb[j], xa[j], 1e-12);
            }
        }
    }

    /** Passive heaters stop radiating (crosstalk_active_only): declaring them must not leave stale readings. */
    @Test
    void declarePassiveAndSetPhasesRefreshTheCache() {
        Map<String, Object> phys = Map.of("seed", 4L, "gamma_drift_std", 0.002, "crosstalk", 0.005,
                "crosstalk_active_only", true, "phase_bias", false);
        try (Bench a = Bench.open(StandardBenches.simulatedChip("p", 31, 9, "phase", phys));
             Bench b = Bench.open(StandardBenches.simulatedChip("p", 31, 9, "phase", phys))) {
            ChipNetwork cached = ChipNetwork.deploy(cnn, a);
            ChipNetwork plain = ChipNetwork.deploy(cnn, b);
            plain.setCacheEnabled(false);
            Batch batch = Batch.range(mnist.train(), 200, 32);
            double before = cached.loss(batch);
            SplittableRandom rng = new SplittableRandom(1);
            boolean[][] passive = new boolean[cached.groups().size()][];
            for (int g = 0; g < passive.length; g++) {
                passive[g] = new boolean[cached.groups().get(g).size()];
                for (int i = 0; i < passive[g].length; i++) {
                    passive[g][i] = cached.groups().get(g).section() != org.photonlab.hal.core.CoreSection.SIGMA
                            && rng.nextDouble() < 0.85;
                }
            }
            cached.declarePassive(passive);
            plain.declarePassive(passive);
            double after = cached.loss(batch);
            assertEquals(plain.loss(batch), after, 1e-12);
            assertTrue(before != after, "less crosstalk changes the readings");
            double[] all = cached.phases();
            for (int i = 0; i < all.length; i += 7) {
                all[i] += 0.05;
            }
            cached.setPhases(all);
            plain.setPhases(all);
            assertEquals(plain.loss(batch), cached.loss(batch), 1e-12);
        }
    }

    @Test
    void noisyDeploymentIsSeededAndStaysWellAboveChance() {
        double accA;
        double[] logitsA;
        Batch b = Batch.range(mnist.test(), 0, 32);
        try (Bench bench = noisy(3)) {
            ChipNetwork chip = ChipNetwork.deploy(cnn, bench);
            accA = chip.accuracy(mnist.test());
            logitsA = chip.logits(b);
            assertTrue(chip.powerWatts(null) > 0);
        }
        try (Bench bench = noisy(3)) {
            ChipNetwork chip = ChipNetwork.deploy(cnn, bench);
            assertEquals(accA, chip.accuracy(mnist.test()));
            assertArrayEquals(logitsA, chip.logits(b));
        }
        double ideal = Evaluation.accuracy(cnn, mnist.test());
        assertTrue(accA > 0.5 && accA <= ideal + 0.02, "deployed " + accA + ", ideal " + ideal);
    }
}
