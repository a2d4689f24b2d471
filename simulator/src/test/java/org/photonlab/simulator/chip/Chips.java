package org.photonlab.simulator.chip;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.photonlab.hal.bench.Bench;
import org.photonlab.hal.bench.BenchDescription;
import org.photonlab.benchfile.StandardBenches;
import org.photonlab.hal.core.CorePhases;
import org.photonlab.hal.core.PhotonicCore;
import org.photonlab.hal.mesh.ClementsMesh;

/** Test helpers: open simulated benches through the HAL and reach the sim backend behind them. */
final class Chips {
    private Chips() {
    }

    /** Physics map from alternating key/value pairs. */
    static Map<String, Object> physics(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    /** Every non-ideality off. */
    static Map<String, Object> ideal() {
        return physics("gamma_drift_std", 0.0, "crosstalk", 0.0, "phase_bias", false);
    }

    static Bench open(int cores, int k, String quantization, Map<String, Object> physics) {
        BenchDescription d = StandardBenches.simulatedChip("test", cores, k, quantization, physics);
        return Bench.open(d, List.of(new SimBackendProvider()));
    }

    static SimChipBackend sim(Bench bench) {
        return bench.backendOf("mesh_dac").capability(SimChipBackend.class).orElseThrow();
    }

    /** Random phases for a core of size k (U/V anywhere in [−π, 3π), Σ in [0, π], random signs). */
    static CorePhases randomPhases(int k, Random rnd) {
        int m = ClementsMesh.phaseCount(k);
        double[] u = new double[m];
        double[] v = new double[m];
        for (int i = 0; i < m; i++) {
            u[i] = -Math.PI + 4 * Math.PI * rnd.nextDouble();
            v[i] = -Math.PI + 4 * Math.PI * rnd.nextDouble();
        }
        double[] s = new double[k];
        for (int i = 0; i < k; i++) {
            s[i] = Math.PI * rnd.nextDouble();
        }
        double[] signs = new double[4];
        for (int i = 0; i < 4; i++) {
            signs[i] = rnd.nextBoolean() ? Math.PI : 0.0;
        }
        return new CorePhases(u, v, s, signs);
    }

    /** n random input vectors within the modulators' ±10 V, row-major n×k. */
    static double[] randomInputs(int n, int k, Random rnd) {
        double[] x = new double[n * k];
        for (int i = 0; i < x.length; i++) {
            x[i] = 2 * rnd.nextDouble() - 1;
        }
        return x;
    }

    /** The core's transfer as seen through the HAL: column c of W is the reading for input e_c. */
    static double[] measuredMatrix(PhotonicCore core) {
        int k = core.size();
        double[] basis = new double[k * k];
        for (int c = 0; c < k; c++) {
            basis[c * k + c] = 1.0;
        }
        double[] out = new double[k * k];
        core.transform(basis, k, out);
        double[] w = new double[k * k];
        for (int c = 0; c < k; c++) {
            for (int r = 0; r < k; r++) {
                w[r * k + c] = out[c * k + r];
            }
        }
        return w;
    }
}
