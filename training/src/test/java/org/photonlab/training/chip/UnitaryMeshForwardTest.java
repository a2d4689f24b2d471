package org.photonlab.training.chip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.photonlab.benchfile.StandardBenches;
import org.photonlab.hal.LimitViolationException;
import org.photonlab.hal.bench.Bench;
import org.photonlab.hal.core.CoreSection;
import org.photonlab.hal.unitary.UnitaryMeshCore;
import org.photonlab.training.data.Batch;
import org.photonlab.training.data.Datasets;
import org.photonlab.training.data.Split;
import org.photonlab.training.nn.ModelSpec;
import org.photonlab.training.nn.Network;
import org.photonlab.training.nn.PretrainConfig;
import org.photonlab.training.nn.Pretrainer;

/**
 * CNN-S blocked at k = 8 on one simulated 8×8 unitary mesh (V-pass, Σ, U-pass per block, every block
 * time-multiplexed onto the mesh): on an ideal chip it reproduces the software logits and the one-SVD-core-per-block
 * deployment, with attenuators and with an electronic Σ; each transformed block costs two mesh passes.
 */
class UnitaryMeshForwardTest {
    private static final Map<String, Object> IDEAL =
            Map.of("seed", 1L, "gamma_drift_std", 0.0, "crosstalk", 0.0, "phase_bias", false);
    private static Network cnn;
    private static Split mnist;

    @BeforeAll
    static void pretrain() {
        mnist = Datasets.mnist16();
        cnn = Pretrainer.train(ModelSpec.cnnS(), mnist, PretrainConfig.defaults(1).withEpochs(1), null).network();
    }

    @Test
    void idealMeshGivesTheSoftwareAndTheSvdCoreLogits() {
        for (boolean attenuators : new boolean[] {true, false}) {
            try (Bench svd = Bench.open(StandardBenches.simulatedChip("svd", 35, 8, "none", IDEAL));
                 Bench mesh = Bench.open(StandardBenches.unitaryMesh("mesh", 8, "none", attenuators, IDEAL))) {
                ChipNetwork a = ChipNetwork.deploy(cnn, svd);
                ChipNetwork b = ChipNetwork.deploy(cnn, mesh);
                assertEquals(35, a.coresUsed());
                assertEquals(1, b.coresUsed());
                Batch batch = Batch.range(mnist.train(), 0, 32);
                double[] soft = cnn.forward(batch.features(), 32, false);
                double[] onMesh = b.logits(batch);
                for (int i = 0; i < onMesh.length; i++) {
                    assertEquals(soft[i], onMesh[i], 1e-9, "attenuators " + attenuators + ", logit " + i);
                }
                SplittableRandom rng = new SplittableRandom(5);
                for (int step = 0; step < 15; step++) {
                    int g = rng.nextInt(a.groups().size());
                    int i = rng.nextInt(a.groups().get(g).size());
                    double phi = a.phase(g, i) + rng.nextGaussian() * 0.3;
                    a.setPhase(g, i, phi);
                    b.setPhase(g, i, phi);
                    assertEquals(a.loss(batch), b.loss(batch), 1e-9, "attenuators " + attenuators + ", step " + step);
                }
                UnitaryMeshCore core = (UnitaryMeshCore) mesh.core("mesh0");
                assertEquals(2 * b.reprograms(), core.passes(), "two mesh passes per transformed block");
            }
        }
    }

    @Test
    void aPhaseTheDacCannotReachIsRefusedBeforeAnyPass() {
        try (Bench mesh = Bench.open(StandardBenches.unitaryMesh("mesh", 8, "phase", true, IDEAL))) {
            UnitaryMeshCore core = (UnitaryMeshCore) mesh.core("mesh0");
            core.setPhase(CoreSection.U, 3, 1.0);
            double before = mesh.dac("mesh_dac").read(3);
            // a calibration with a tiny γ needs more volts than the 8-bit DAC's full scale for π rad
            core.calibrate(org.photonlab.hal.core.PhaseCalibration.nominal(0.01));
            assertThrows(LimitViolationException.class, () -> core.setPhase(CoreSection.V, 3, 3.0));
            assertEquals(before, mesh.dac("mesh_dac").read(3), "nothing written");
            assertTrue(core.passes() == 0);
        }
    }
}
