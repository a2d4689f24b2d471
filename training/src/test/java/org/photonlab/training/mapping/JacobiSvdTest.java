package org.photonlab.training.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class JacobiSvdTest {

    @Test
    void randomNineByNineReconstructsAndIsOrthogonal() {
        SplittableRandom rng = new SplittableRandom(11);
        for (int trial = 0; trial < 20; trial++) {
            double[] a = new double[81];
            for (int i = 0; i < 81; i++) {
                a[i] = rng.nextGaussian() * Math.pow(10, rng.nextInt(3) - 1);
            }
            check(a, 9);
        }
    }

    @Test
    void rankDeficientBlocksStillGetFullOrthogonalFactors() {
        // like the last FC block row of CNN-S: only one non-zero row in a zero-padded 9×9 block
        double[] a = new double[81];
        SplittableRandom rng = new SplittableRandom(2);
        for (int c = 0; c < 7; c++) {
            a[c] = rng.nextGaussian();
        }
        check(a, 9);
        check(new double[81], 9);
    }

    private static void check(double[] a, int k) {
        JacobiSvd.Result r = JacobiSvd.decompose(a, k);
        double max = 0;
        for (double v : a) {
            max = Math.max(max, Math.abs(v));
        }
        for (int i = 1; i < k; i++) {
            assertTrue(r.s()[i] <= r.s()[i - 1] && r.s()[i] >= 0, "descending, non-negative");
        }
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double w = 0;
                double uu = 0;
                double vv = 0;
                for (int t = 0; t < k; t++) {
                    w += r.u()[i * k + t] * r.s()[t] * r.v()[j * k + t];
                    uu += r.u()[t * k + i] * r.u()[t * k + j];
                    vv += r.v()[t * k + i] * r.v()[t * k + j];
                }
                assertEquals(a[i * k + j], w, 1e-13 * Math.max(1, max));
                assertEquals(i == j ? 1 : 0, uu, 1e-14);
                assertEquals(i == j ? 1 : 0, vv, 1e-14);
            }
        }
    }
}
