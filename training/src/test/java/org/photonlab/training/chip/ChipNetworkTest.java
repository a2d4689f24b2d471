package org.photonlab.training.chip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.photonlab.hal.LabException;
import org.photonlab.hal.bench.Bench;
import org.photonlab.hal.core.CoreSection;
import org.photonlab.training.data.Batch;
import org.photonlab.training.data.Datasets;
import org.photonlab.training.data.Split;
import org.photonlab.training.nn.ModelSpec;
import org.photonlab.training.nn.Network;
import org.photonlab.training.nn.PretrainConfig;
import org.photonlab.training.nn.Pretrainer;
import org.photonlab.training.zo.OnChipModel;

/** Deployment and the chip forward pass, on a test-only ideal backend that counts core queries. */
class ChipNetworkTest {
    private static Network cnn;
    private static Split mnist;

    @BeforeAll
    static void pretrain() {
        mnist = Datasets.mnist16();
        // one epoch is enough to give BatchNorm non-trivial running statistics
        cnn = Pretrainer.train(ModelSpec.cnnS(), mnist, PretrainConfig.defaults(1).withEpochs(1), null).network();
    }

    private static Batch batch(int from) {
        return Batch.range(mnist.train(), from, 32);
    }

    @Test
    void cnnSHas2511PhasesIn31CoresAndTheContractOrder() {
        IdealTestChip chip = new IdealTestChip(true);
        try (Bench bench = IdealTestChip.open(chip, 31, 9)) {
            ChipNetwork net = ChipNetwork.deploy(cnn, bench);
            assertEquals(31, net.coresUsed());
            assertEquals(2511, net.phaseCount());
            List<OnChipModel.PhaseGroup> g = net.groups();
            assertEquals(new OnChipModel.PhaseGroup("conv1", CoreSection.U, 36), g.get(0));
            assertEquals(new OnChipModel.PhaseGroup("conv1", CoreSection.SIGMA, 9), g.get(1));
            assertEquals(new OnChipModel.PhaseGroup("conv2", CoreSection.V, 8 * 36), g.get(5));
            assertEquals(new OnChipModel.PhaseGroup("fc", CoreSection.SIGMA, 22 * 9), g.get(7));
        }
    }

    @Test
    void coresOfAnotherSizeAreAClearError() {
        try (Bench bench = IdealTestChip.open(new IdealTestChip(true), 10, 8)) {
            LabException e = assertThrows(LabException.class, () -> ChipNetwork.deploy(cnn, bench, 9));
            assertTrue(e.getMessage().startsWith("model cnn-s needs cores of size 9 but bench 'ideal-test-bench' "
                    + "assigns [core0 (k=8)"), e.getMessage());
        }
    }

    @Test
    void fewerCoresThanBlocksTimeMultiplexesTheLastBlocksOnDedicatedCores() {
        try (Bench bench = IdealTestChip.open(new IdealTestChip(true), 10, 9)) {
            ChipNetwork net = ChipNetwork.deploy(cnn, bench);
            assertEquals(10, net.coresUsed());
            assertTrue(net.plan().isMultiplexed());
            // 31 blocks on 10 cores: the first 22 share core0, the last 9 (fc blocks 13..21) have their own
            assertEquals(22, net.plan().blocksPerCore().get("core0"));
            assertEquals(1, net.plan().blocksPerCore().get("core9"));
            assertEquals(0, net.reprograms(), "deployment writes nothing to a shared core until it is needed");
            net.loss(batch(0));
            assertEquals(22, net.reprograms(), "a full forward writes each shared block once");
        }
    }

    @Test
    void idealChipReproducesTheSoftwareLogits() {
        try (Bench bench = IdealTestChip.open(new IdealTestChip(true), 31, 9)) {
            ChipNetwork net = ChipNetwork.deploy(cnn, bench);
            Batch b = batch(0);
            double[] chip = net.logits(b);
            double[] soft = cnn.forward(b.features(), b.size(), false);
            for (int i = 0; i < chip.length; i++) {
                assertEquals(soft[i], chip[i], 1e-9);
            }
            assertEquals(0, net.queries(), "logits() is not a training query");
        }
    }

    @Test
    void cachedForwardEqualsUncachedAfterRandomSinglePhaseChanges() {
        IdealTestChip chipA = new IdealTestChip(true);
        IdealTestChip chipB = new IdealTestChip(true);
        try (Bench a = IdealTestChip.open(chipA, 31, 9); Bench b = IdealTestChip.open(chipB, 31, 9)) {
            ChipNetwork cached = ChipNetwork.deploy(cnn, a);
            ChipNetwork plain = ChipNetwork.deploy(cnn, b);
            plain.setCacheEnabled(false);
            SplittableRandom rng = new SplittableRandom(3);
            Batch batch = batch(64);
            for (int step = 0; step < 60; step++) {
                if (step == 30) {
                    batch = batch(96); // a fresh batch mid-way
                }
                int g = rng.nextInt(cached.groups().size());
                int i = rng.nextInt(cached.groups().get(g).size());
                double phi = cached.phase(g, i) + rng.nextGaussian() * 0.3;
                cached.setPhase(g, i, phi);
                plain.setPhase(g, i, phi);
                double la = cached.loss(batch);
                double lb = plain.loss(batch);
                assertEquals(lb, la, 1e-12);
                double[] xa = cached.logits(batch);
                double[] xb = plain.logits(batch);
                for (int j = 0; j < xa.length; j++) {
                    assertEquals(xb[j], xa[j], 1e-12);
                }
            }
            assertEquals(60, cached.queries());
        }
    }

    @Test
    void onlyTheChangedCoreIsQueriedAgainForTheSameBatch() {
        IdealTestChip chip = new IdealTestChip(true);
        try (Bench bench = IdealTestChip.open(chip, 31, 9)) {
            ChipNetwork net = ChipNetwork.deploy(cnn, bench);
            IdealTestChip.ChipBackend be = chip.opened.get(0);
            Batch b = batch(0);
            net.loss(b);
            int t0 = be.totalTransforms();
            net.loss(b);
            assertEquals(t0, be.totalTransforms(), "nothing changed, nothing re-measured");
            net.setPhase(7, 5, net.phase(7, 5) + 0.1); // fc Σ
            net.loss(b);
            assertEquals(t0 + 1, be.totalTransforms(), "one fc core");
            net.setPhase(3, 40, net.phase(3, 40) + 0.1); // conv2 U, block 1
            net.loss(b);
            assertEquals(t0 + 1 + 1 + 22, be.totalTransforms(), "one conv2 core, then every fc core");
            net.loss(batch(32));
            assertEquals(t0 + 24 + 31, be.totalTransforms(), "a new batch measures every core");
            assertEquals(5, net.queries());
        }
    }

    @Test
    void noisyReadoutMeasuresEveryCoreEveryTime() {
        IdealTestChip chip = new IdealTestChip(false);
        try (Bench bench = IdealTestChip.open(chip, 31, 9)) {
            ChipNetwork net = ChipNetwork.deploy(cnn, bench);
            Batch b = batch(0);
            net.loss(b);
            int t0 = chip.opened.get(0).totalTransforms();
            net.loss(b);
            assertEquals(t0 + 31, chip.opened.get(0).totalTransforms());
        }
    }

    @Test
    void phasesRoundTripAndPowerIsTheHeatersV2OverR() {
        try (Bench bench = IdealTestChip.open(new IdealTestChip(true), 31, 9)) {
            ChipNetwork net = ChipNetwork.deploy(cnn, bench);
            double[] all = net.phases();
            assertEquals(2511, all.length);
            assertEquals(all[36], net.phase(1, 0));
            all[0] = 1.25;
            net.setPhases(all);
            assertEquals(1.25, net.phase(0, 0));
            assertArrayEquals(all, net.phases());
            // analog DACs: every heater dissipates V²/R = (φ mod 2π)/γ/R (Σ folded into [0, π])
            boolean[][] only = new boolean[net.groups().size()][];
            for (int g = 0; g < only.length; g++) {
                only[g] = new boolean[net.groups().get(g).size()];
            }
            only[0][0] = true;
            double gamma = org.photonlab.benchfile.StandardBenches.GAMMA;
            assertEquals(1.25 / gamma / 1000, net.powerWatts(only), 1e-12);
            assertTrue(net.powerWatts(null) > net.powerWatts(only));
        }
    }

    @Test
    void sameSeedSameResult() {
        double[] first;
        try (Bench bench = IdealTestChip.open(new IdealTestChip(true), 31, 9)) {
            ChipNetwork net = ChipNetwork.deploy(cnn, bench);
            net.setPhase(4, 3, 0.5);
            first = net.logits(batch(0));
        }
        try (Bench bench = IdealTestChip.open(new IdealTestChip(true), 31, 9)) {
            ChipNetwork net = ChipNetwork.deploy(cnn, bench);
            net.setPhase(4, 3, 0.5);
            assertArrayEquals(first, net.logits(batch(0)));
        }
    }

    @Test
    void mlpOnDigitsDeploysAndKeepsItsAccuracy() {
        Split digits = Datasets.digits(0);
        Network mlp = Pretrainer.train(ModelSpec.mlp(digits.train().shape(), 10, 16), digits,
                PretrainConfig.defaults(0).withEpochs(5), null).network();
        try (Bench bench = IdealTestChip.open(new IdealTestChip(true), 20, 9)) {
            ChipNetwork net = ChipNetwork.deploy(mlp, bench);
            assertEquals(20, net.coresUsed()); // fc1 16×64 → 2×8 blocks, fc2 10×16 → 2×2
            assertEquals(org.photonlab.training.nn.Evaluation.accuracy(mlp, digits.test()),
                    net.accuracy(digits.test()), 1e-12);
        }
    }
}
