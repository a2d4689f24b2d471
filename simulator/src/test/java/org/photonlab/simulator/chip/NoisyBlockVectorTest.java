package org.photonlab.simulator.chip;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.photonlab.hal.testing.Vectors.matrix;
import static org.photonlab.hal.testing.Vectors.maxAbsDiff;
import static org.photonlab.hal.testing.Vectors.vector;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.photonlab.hal.bench.Bench;
import org.photonlab.hal.core.CorePhases;
import org.photonlab.hal.core.CoreSection;
import org.photonlab.hal.core.PhotonicCore;
import org.photonlab.hal.testing.Vectors;

/**
 * The reference's noisy rebuild of one 9×9 block (8-bit phase-domain quantization, γ drift, crosstalk 0.005, with and
 * without bias), reproduced through the HAL with the reference's sampled γ' and biases injected.
 */
class NoisyBlockVectorTest {
    private static final JsonNode BLOCK = Vectors.load("noisy_block.json");

    @ParameterizedTest
    @ValueSource(strings = {"without_phase_bias", "with_phase_bias"})
    void wNoisyMatchesTheReference(String variant) {
        JsonNode ref = BLOCK.get(variant);
        boolean bias = ref.has("phase_bias_U");
        try (Bench bench = Chips.open(1, 9, "phase", Chips.physics("crosstalk", 0.005, "phase_bias", bias))) {
            SimChipBackend sim = Chips.sim(bench);
            sim.injectGammas("core0", CoreSection.U, vector(ref.get("gamma_U")));
            sim.injectGammas("core0", CoreSection.V, vector(ref.get("gamma_V")));
            sim.injectGammas("core0", CoreSection.SIGMA, vector(ref.get("gamma_S")));
            if (bias) {
                sim.injectPhaseBias("core0", CoreSection.U, vector(ref.get("phase_bias_U")));
                sim.injectPhaseBias("core0", CoreSection.V, vector(ref.get("phase_bias_V")));
            }
            PhotonicCore core = bench.core("core0");
            double[] du = vector(BLOCK.get("delta_list_U"));
            double[] dv = vector(BLOCK.get("delta_list_V"));
            core.program(new CorePhases(vector(BLOCK.get("phase_U")), vector(BLOCK.get("phase_V")),
                    vector(BLOCK.get("phase_S")), new double[] {CorePhases.signPhase(du[0]),
                        CorePhases.signPhase(du[8]), CorePhases.signPhase(dv[0]), CorePhases.signPhase(dv[8])}));

            double[] phiU = vector(ref.get("phase_U_after_quantizer"));
            double[] phiV = vector(ref.get("phase_V_after_quantizer"));
            if (bias) {
                double[] bu = vector(ref.get("phase_bias_U"));
                double[] bv = vector(ref.get("phase_bias_V"));
                for (int i = 0; i < phiU.length; i++) {
                    phiU[i] += bu[i];
                    phiV[i] += bv[i];
                }
            }
            assertClose(phiU, sim.effectivePhases("core0", CoreSection.U), 1e-13, variant + " φ_U");
            assertClose(phiV, sim.effectivePhases("core0", CoreSection.V), 1e-13, variant + " φ_V");

            double scale = BLOCK.get("S_scale").asDouble();
            double[] expected = matrix(ref.get("W_noisy"));
            double[] direct = sim.transferMatrix("core0");
            double[] measured = Chips.measuredMatrix(core);
            for (int i = 0; i < direct.length; i++) {
                direct[i] *= scale; // the chip realises W/s; s = S_scale is the electronic gain
                measured[i] *= scale;
            }
            assertClose(expected, direct, 1e-12, variant + " W_noisy");
            assertClose(expected, measured, 1e-12, variant + " W_noisy read through the detectors");
        }
    }

    private static void assertClose(double[] expected, double[] actual, double tol, String what) {
        double err = maxAbsDiff(expected, actual);
        assertTrue(err <= tol, what + ": max error " + err + " > " + tol);
    }
}
