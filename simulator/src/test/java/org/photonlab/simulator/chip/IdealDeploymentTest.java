package org.photonlab.simulator.chip;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.photonlab.hal.testing.Vectors.matrix;
import static org.photonlab.hal.testing.Vectors.maxAbsDiff;
import static org.photonlab.hal.testing.Vectors.vector;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.photonlab.hal.bench.Bench;
import org.photonlab.hal.core.CorePhases;
import org.photonlab.hal.core.PhotonicCore;
import org.photonlab.hal.mesh.ClementsMesh;
import org.photonlab.hal.mesh.MeshPhases;
import org.photonlab.hal.testing.Vectors;

/** With every non-ideality off and analog DACs, the chip realises exactly the W its phases describe. */
class IdealDeploymentTest {
    @Test
    void randomBlocksAreReproducedFromTheirDecomposition() {
        long seed = 99;
        Random rnd = new Random(seed);
        for (int k : new int[] {2, 5, 8, 9}) {
            try (Bench bench = Chips.open(2, k, "none", Chips.ideal())) {
                for (PhotonicCore core : bench.cores()) {
                    double[] u = randomOrthogonal(k, rnd);
                    double[] v = randomOrthogonal(k, rnd);
                    double[] s = new double[k];
                    double[] phiS = new double[k];
                    for (int i = 0; i < k; i++) {
                        s[i] = 2 * rnd.nextDouble() - 1;
                        phiS[i] = Math.acos(s[i]);
                    }
                    MeshPhases pu = ClementsMesh.decompose(u, k);
                    MeshPhases pv = ClementsMesh.decompose(v, k);
                    core.program(CorePhases.of(pu, phiS, pv));
                    double[] expected = product(u, s, v, k);
                    double err = maxAbsDiff(expected, Chips.measuredMatrix(core));
                    assertTrue(err <= 1e-12, "seed " + seed + " k=" + k + " " + core.name() + ": error " + err);
                }
            }
        }
    }

    @Test
    void referenceBlockDeploysToItsWeights() {
        JsonNode b = Vectors.load("block.json");
        double scale = b.get("S_scale").asDouble();
        try (Bench bench = Chips.open(1, 9, "none", Chips.ideal())) {
            double[] du = vector(b.get("delta_list_U"));
            double[] dv = vector(b.get("delta_list_V"));
            bench.core("core0").program(new CorePhases(vector(b.get("phase_U")), vector(b.get("phase_V")),
                    vector(b.get("phase_S")), new double[] {CorePhases.signPhase(du[0]), CorePhases.signPhase(du[8]),
                        CorePhases.signPhase(dv[0]), CorePhases.signPhase(dv[8])}));
            double[] w = Chips.measuredMatrix(bench.core("core0"));
            for (int i = 0; i < w.length; i++) {
                w[i] *= scale;
            }
            double err = maxAbsDiff(matrix(b.get("W_rebuilt")), w);
            assertTrue(err <= 1e-12, "W_rebuilt error " + err);
        }
    }

    private static double[] product(double[] u, double[] s, double[] v, int k) {
        double[] w = new double[k * k];
        for (int r = 0; r < k; r++) {
            for (int c = 0; c < k; c++) {
                double acc = 0;
                for (int l = 0; l < k; l++) {
                    acc += u[r * k + l] * s[l] * v[l * k + c];
                }
                w[r * k + c] = acc;
            }
        }
        return w;
    }

    /** Gram–Schmidt on a Gaussian matrix (rows); either determinant. */
    private static double[] randomOrthogonal(int k, Random rnd) {
        double[] a = new double[k * k];
        for (int i = 0; i < a.length; i++) {
            a[i] = rnd.nextGaussian();
        }
        for (int r = 0; r < k; r++) {
            for (int pass = 0; pass < 2; pass++) {
                for (int q = 0; q < r; q++) {
                    double dot = 0;
                    for (int c = 0; c < k; c++) {
                        dot += a[r * k + c] * a[q * k + c];
                    }
                    for (int c = 0; c < k; c++) {
                        a[r * k + c] -= dot * a[q * k + c];
                    }
                }
            }
            double norm = 0;
            for (int c = 0; c < k; c++) {
                norm += a[r * k + c] * a[r * k + c];
            }
            norm = Math.sqrt(norm);
            for (int c = 0; c < k; c++) {
                a[r * k + c] /= norm;
            }
        }
        return a;
    }
}
