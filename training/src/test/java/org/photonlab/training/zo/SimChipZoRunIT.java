package org.photonlab.training.zo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.photonlab.hal.bench.Bench;
import org.photonlab.benchfile.StandardBenches;
import org.photonlab.training.chip.ChipNetwork;
import org.photonlab.training.data.Datasets;
import org.photonlab.training.data.Split;
import org.photonlab.training.nn.ModelSpec;
import org.photonlab.training.nn.Network;
import org.photonlab.training.nn.PretrainConfig;
import org.photonlab.training.nn.Pretrainer;
import org.photonlab.training.run.ZoRun;
import org.photonlab.training.run.ZoRunConfig;
import org.photonlab.training.run.ZoRunResult;

/**
 * End to end on the real thing: CNN-S (briefly pre-trained) deployed through the HAL on the simulator backend
 * (test-scoped) in the MixedTrn paper's scenario, trained for one epoch by each method with its defaults.
 */
class SimChipZoRunIT {
    private static final long SEED = 1;
    private static Network cnn;
    private static Split mnist;

    @BeforeAll
    static void pretrain() {
        mnist = Datasets.mnist16();
        cnn = Pretrainer.train(ModelSpec.cnnS(), mnist, PretrainConfig.defaults(SEED).withEpochs(3), null).network();
    }

    /** 8-bit phase DACs, γ drift 0.002, crosstalk 0.005, no bias. */
    private static Bench noisy() {
        return Bench.open(StandardBenches.simulatedChip("noisy", 31, 9, "phase",
                Map.of("seed", SEED, "gamma_drift_std", 0.002, "crosstalk", 0.005, "phase_bias", false)));
    }

    private static ZoRunResult run(ZoRunConfig cfg) {
        try (Bench bench = noisy()) {
            ChipNetwork chip = ChipNetwork.deploy(cnn, bench);
            long q0 = chip.queries();
            ZoRunResult r = new ZoRun(chip, mnist.train(), mnist.test(), cfg, null).run();
            assertEquals(chip.queries() - q0, r.queries(), "every training query counted, no other");
            return r;
        }
    }

    @Test
    void mixedTrnRaisesTheDeployedAccuracyAndCutsPowerReproducibly() {
        ZoRunConfig cfg = ZoRunConfig.builder().seed(SEED).build();
        ZoRunResult r = run(cfg);
        assertTrue(r.accFinal() > r.accDeployed(), r.toString());
        assertEquals(2511, r.totalPhases());
        assertTrue(r.activePhases() > 279 && r.activePhases() < 800, "Σ plus ~15% of U/V: " + r.activePhases());
        assertTrue(r.powerFinalW() < 0.3 * r.powerDeployedW(), r.toString());
        assertTrue(r.queries() > 15_000 && r.queries() < 40_000, "α_g = 0.9 over 250 steps: " + r.queries());
        assertEquals(r, run(cfg), "same seed, same run");
    }

    @Test
    void tunedFlopsImprovesWhereTheReferenceConfigurationRandomisesTheChip() {
        ZoRunResult tuned = run(ZoRunConfig.builder().seed(SEED).optimizer(FlopsConfig.defaults()).build());
        assertTrue(tuned.accFinal() > tuned.accDeployed(), tuned.toString());
        assertEquals(250 * 11, tuned.queries());
        ZoRunResult ref = run(ZoRunConfig.builder().seed(SEED)
                .optimizer(FlopsConfig.reference()).build());
        assertTrue(ref.accFinal() < 0.3, "η = 2, σ = 0.1 destroys the model: " + ref);
    }
}
