package org.photonlab.simulator.chip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.photonlab.hal.testing.Vectors.maxAbsDiff;
import static org.photonlab.hal.testing.Vectors.vector;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.photonlab.hal.bench.Bench;
import org.photonlab.hal.core.CorePhases;
import org.photonlab.hal.core.CoreSection;
import org.photonlab.hal.core.PhaseCalibration;
import org.photonlab.hal.mesh.ClementsMesh;
import org.photonlab.hal.testing.Vectors;

/** Thermal crosstalk against {@code vectors/crosstalk.json} (k = 9, c = 0.005). */
class CrosstalkVectorTest {
    private static final JsonNode XT = Vectors.load("crosstalk.json");
    private static final double C = 0.005;

    @Test
    void everyDeviceRadiating() {
        double[] out = apply(vector(XT.get("phases_in")), null);
        assertClose(vector(XT.get("all_radiating").get("phases_out")), out, 1e-14, "all radiating");
    }

    @Test
    void impulseResponseIsTheStencil() {
        int src = XT.get("stencil").get("impulse_response").get("source_vector_index").asInt();
        double[] in = new double[36];
        in[src] = 1.0;
        double[] out = apply(in, null);
        int[][] pos = ClementsMesh.packingIndexMap(9);
        double[] board = new double[81];
        for (int n = 0; n < 36; n++) {
            board[pos[n][0] * 9 + pos[n][1]] = out[n];
        }
        assertClose(Vectors.matrix(XT.get("stencil").get("impulse_response").get("response_checkerboard")), board,
                1e-15, "impulse response");
    }

    @Test
    void onlyActiveDevicesRadiateWhenMasked() {
        JsonNode masked = XT.get("masked");
        JsonNode maskJson = masked.get("mask");
        boolean[] radiates = new boolean[maskJson.size()];
        for (int i = 0; i < radiates.length; i++) {
            radiates[i] = maskJson.get(i).asBoolean();
        }
        // the checkerboard-consistent semantics (the reference's own masked branch uses the Reck layout by mistake)
        assertClose(vector(masked.get("checkerboard_consistent_output")), apply(vector(XT.get("phases_in")),
                radiates), 1e-14, "masked");
    }

    @Test
    void passiveShiftersStopRadiatingOnlyWhenTheSwitchIsOn() {
        JsonNode maskJson = XT.get("masked").get("mask");
        boolean[] passive = new boolean[maskJson.size()];
        for (int i = 0; i < passive.length; i++) {
            passive[i] = !maskJson.get(i).asBoolean();
        }
        for (boolean activeOnly : new boolean[] {true, false}) {
            try (Bench bench = Chips.open(1, 9, "none", Chips.physics("gamma_drift_std", 0.0, "crosstalk", C,
                    "crosstalk_active_only", activeOnly))) {
                bench.core("core0").program(new CorePhases(vector(XT.get("phases_in")), new double[36],
                        new double[9], new double[4]));
                bench.core("core0").setPassive(CoreSection.U, passive);
                JsonNode expected = activeOnly ? XT.get("masked").get("checkerboard_consistent_output")
                        : XT.get("all_radiating").get("phases_out");
                // analog DACs: φ = γ·(√(t/γ))² returns t to within a few ulp
                assertClose(vector(expected), Chips.sim(bench).effectivePhases("core0", CoreSection.U), 1e-14,
                        "crosstalk_active_only " + activeOnly);
            }
        }
    }

    @Test
    void quantizeThenGammaThenCrosstalkThroughTheHal() {
        JsonNode p = XT.get("quantizer_pipeline");
        try (Bench bench = Chips.open(1, 9, "phase", Chips.physics("crosstalk", C))) {
            SimChipBackend sim = Chips.sim(bench);
            sim.injectGammas("core0", CoreSection.U, vector(p.get("noisy_gamma")));
            double[] zeros = new double[36];
            bench.core("core0").program(new CorePhases(vector(p.get("phases_in")), zeros, new double[9],
                    new double[4]));
            double[] phi = sim.effectivePhases("core0", CoreSection.U);
            assertClose(vector(p.get("phases_out")), phi, 1e-14, "quantizer pipeline");
            double[] heated = vector(p.get("after_gamma_before_crosstalk"));
            for (JsonNode idx : p.get("wrapped_by_crosstalk_mod")) {
                // a quantised 2π pushed past 2π by γ' > γ enters the stencil as ≈ 0, leaving only its neighbours' heat
                assertTrue(heated[idx.asInt()] >= 2 * Math.PI, "index " + idx + " is past 2π before crosstalk");
                assertTrue(phi[idx.asInt()] < 0.5, "index " + idx + " wrapped: " + phi[idx.asInt()]);
            }
        }
    }

    @Test
    void sigmaGetsNoCrosstalk() {
        try (Bench bench = Chips.open(1, 4, "none", Chips.physics("gamma_drift_std", 0.0, "crosstalk", 0.5))) {
            double[] u = new double[6];
            Arrays.fill(u, 3.0);
            bench.core("core0").program(new CorePhases(u, u.clone(), new double[] {0.3, 0.6, 0.9, 1.2},
                    new double[4]));
            // W's singular values are |cos φ_Σ| exactly: check through Wᵀ W's trace = Σ cos² φ_Σ
            double[] w = Chips.sim(bench).transferMatrix("core0");
            double trace = 0;
            for (double x : w) {
                trace += x * x;
            }
            double expected = 0;
            for (double s : new double[] {0.3, 0.6, 0.9, 1.2}) {
                expected += Math.cos(s) * Math.cos(s);
            }
            assertTrue(Math.abs(trace - expected) < 1e-12, "‖W‖² " + trace + " vs Σcos² " + expected);
        }
    }

    private static double[] apply(double[] phases, boolean[] radiates) {
        double[] t = new double[phases.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = PhaseCalibration.wrap(phases[i]);
        }
        double[] out = new double[t.length];
        new MeshCrosstalk(9).apply(t, C, radiates, new double[t.length], out);
        return out;
    }

    private static void assertClose(double[] expected, double[] actual, double tol, String what) {
        double err = maxAbsDiff(expected, actual);
        assertTrue(err <= tol, what + ": max error " + err + " > " + tol);
        assertArrayEquals(expected, actual, tol);
    }
}
