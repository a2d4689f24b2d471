package org.photonlab.hal.mesh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.photonlab.hal.testing.Vectors.matrix;
import static org.photonlab.hal.testing.Vectors.maxAbsDiff;
import static org.photonlab.hal.testing.Vectors.vector;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.photonlab.hal.testing.Vectors;

class ClementsMeshTest {
    private static final JsonNode CLEMENTS = Vectors.load("clements.json");

    @Test
    void packingMatchesReference() {
        for (String k : new String[] {"4", "8", "9"}) {
            JsonNode ref = CLEMENTS.get("packing_index_map").get(k);
            int[][] map = ClementsMesh.packingIndexMap(Integer.parseInt(k));
            assertEquals(ref.size(), map.length, "k=" + k);
            for (int n = 0; n < map.length; n++) {
                assertEquals(ref.get(n).get(0).asInt(), map[n][0], "k=" + k + " n=" + n);
                assertEquals(ref.get(n).get(1).asInt(), map[n][1], "k=" + k + " n=" + n);
                assertEquals(n, ClementsMesh.packedIndex(Integer.parseInt(k), map[n][0], map[n][1]));
            }
        }
    }

    @Test
    void packedPhasesSitOnTheReferenceCheckerboard() {
        for (JsonNode c : CLEMENTS.get("cases")) {
            int k = c.get("k").asInt();
            double[] phases = vector(c.get("phases"));
            double[] board = matrix(c.get("checkerboard"));
            int[][] map = ClementsMesh.packingIndexMap(k);
            for (int n = 0; n < phases.length; n++) {
                assertEquals(board[map[n][0] * k + map[n][1]], phases[n], 0.0, "k=" + k + " n=" + n);
            }
        }
    }

    @Test
    void reconstructionMatchesReference() {
        for (JsonNode c : CLEMENTS.get("cases")) {
            int k = c.get("k").asInt();
            double[] delta = vector(c.get("delta_list"));
            double[] out = new double[k * k];
            ClementsMesh.reconstruct(k, vector(c.get("phases")), Math.signum(delta[0]), Math.signum(delta[k - 1]),
                    out);
            double err = maxAbsDiff(matrix(c.get("reconstruction")), out);
            assertTrue(err <= 1e-13, "k=" + k + " case " + c.get("index") + ": error " + err);
        }
    }

    @Test
    void cosSinFormIsBitIdenticalToPhaseForm() {
        Random rnd = new Random(11);
        int k = 9;
        double[] phases = new double[ClementsMesh.phaseCount(k)];
        double[] cos = new double[phases.length];
        double[] sin = new double[phases.length];
        for (int n = 0; n < phases.length; n++) {
            phases[n] = (rnd.nextDouble() - 0.5) * 10;
            cos[n] = Math.cos(phases[n]);
            sin[n] = Math.sin(phases[n]);
        }
        double[] a = new double[k * k];
        double[] b = new double[k * k];
        ClementsMesh.reconstruct(k, phases, -1, 1, a);
        ClementsMesh.reconstruct(k, cos, sin, -1, 1, b);
        assertArrayEquals(a, b, 0.0);
    }

    @Test
    void decompositionOfReferenceMatricesReconstructsThemWithTheReferenceSigns() {
        for (JsonNode c : CLEMENTS.get("cases")) {
            int k = c.get("k").asInt();
            double[] u = matrix(c.get("matrix"));
            MeshPhases p = ClementsMesh.decompose(u, k);
            double[] delta = vector(c.get("delta_list"));
            String where = "k=" + k + " case " + c.get("index");
            assertEquals(Math.signum(delta[0]), p.delta0(), where + " δ0");
            assertEquals(Math.signum(delta[k - 1]), p.deltaLast(), where + " δ_{k-1}");
            double err = maxAbsDiff(u, ClementsMesh.reconstruct(k, p));
            assertTrue(err <= 1e-12, where + ": error " + err);
        }
    }

    @Test
    void randomOrthogonalRoundTripForEverySizeAndBothDeterminants() {
        long seed = 20240611L;
        Random rnd = new Random(seed);
        int reflections = 0;
        for (int k = 2; k <= 16; k++) {
            for (int trial = 0; trial < 6; trial++) {
                double[] q = randomOrthogonal(k, rnd);
                if (trial % 2 == 1) {
                    for (int c = 0; c < k; c++) {
                        q[c] = -q[c]; // flip one row: det −1
                    }
                }
                MeshPhases p = ClementsMesh.decompose(q, k);
                double err = maxAbsDiff(q, ClementsMesh.reconstruct(k, p));
                assertTrue(err <= 1e-12, "seed " + seed + " k=" + k + " trial " + trial + ": error " + err);
                boolean reflection = det(q, k) < 0;
                reflections += reflection ? 1 : 0;
                assertSignsWhereTheReferenceKeepsThem(k, p, reflection, "seed " + seed + " k=" + k);
                for (double phi : p.phases()) {
                    assertTrue(phi > -Math.PI && phi <= Math.PI, "phase " + phi + " outside (−π, π]");
                }
            }
        }
        assertTrue(reflections > 10 && reflections < 80, "both determinants exercised: " + reflections + " of 90");
    }

    @Test
    void degenerateMatricesDecompose() {
        for (int k = 2; k <= 9; k++) {
            double[] identity = new double[k * k];
            double[] minusIdentity = new double[k * k];
            double[] reversal = new double[k * k];
            for (int r = 0; r < k; r++) {
                identity[r * k + r] = 1;
                minusIdentity[r * k + r] = -1;
                reversal[r * k + (k - 1 - r)] = 1;
            }
            for (double[] u : new double[][] {identity, minusIdentity, reversal}) {
                MeshPhases p = ClementsMesh.decompose(u, k);
                double err = maxAbsDiff(u, ClementsMesh.reconstruct(k, p));
                assertTrue(err <= 1e-12, "k=" + k + ": error " + err);
                assertSignsWhereTheReferenceKeepsThem(k, p, det(u, k) < 0, "k=" + k);
            }
        }
    }

    @Test
    void rejectsWrongSizes() {
        assertThrows(IllegalArgumentException.class, () -> ClementsMesh.decompose(new double[8], 3));
        assertThrows(IllegalArgumentException.class,
                () -> ClementsMesh.reconstruct(4, new double[5], 1, 1, new double[16]));
        assertThrows(IllegalArgumentException.class, () -> ClementsMesh.packedIndex(4, 1, 0));
        double[] notOrthogonal = {1, 0.5, 0, 1};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ClementsMesh.decompose(notOrthogonal, 2));
        assertTrue(e.getMessage().contains("orthogonal"), e.getMessage());
    }

    private static void assertSignsWhereTheReferenceKeepsThem(int k, MeshPhases p, boolean negativeDet,
                                                             String where) {
        double expected0 = negativeDet && k % 2 == 0 ? -1 : 1;
        double expectedLast = negativeDet && k % 2 == 1 ? -1 : 1;
        assertEquals(expected0, p.delta0(), where + " δ0");
        assertEquals(expectedLast, p.deltaLast(), where + " δ_{k-1}");
    }

    /** Haar-random orthogonal matrix: Gram–Schmidt on a Gaussian matrix (rows). */
    static double[] randomOrthogonal(int k, Random rnd) {
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

    /** Determinant by Gaussian elimination with partial pivoting. */
    static double det(double[] m, int k) {
        double[] a = m.clone();
        double det = 1;
        for (int c = 0; c < k; c++) {
            int piv = c;
            for (int r = c + 1; r < k; r++) {
                if (Math.abs(a[r * k + c]) > Math.abs(a[piv * k + c])) {
                    piv = r;
                }
            }
            if (piv != c) {
                for (int j = 0; j < k; j++) {
                    double t = a[c * k + j];
                    a[c * k + j] = a[piv * k + j];
                    a[piv * k + j] = t;
                }
                det = -det;
            }
            det *= a[c * k + c];
            for (int r = c + 1; r < k; r++) {
                double f = a[r * k + c] / a[c * k + c];
                for (int j = c; j < k; j++) {
                    a[r * k + j] -= f * a[c * k + j];
                }
            }
        }
        return det;
    }
}
