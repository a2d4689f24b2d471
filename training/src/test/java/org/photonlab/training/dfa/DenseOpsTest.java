package org.photonlab.training.dfa;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The row-array kernels against textbook triple loops, on sizes that exercise every remainder path. */
class DenseOpsTest {
    private static final SplittableRandom RND = new SplittableRandom(11);

    private static float[][] rand(int rows, int cols) {
        float[][] a = new float[rows][cols];
        for (float[] r : a) {
            for (int j = 0; j < cols; j++) {
                r[j] = (float) (RND.nextDouble() * 2 - 1);
            }
        }
        return a;
    }

    @Test
    void forwardAndGradientMatchNaiveLoops() {
        int n = 7;
        int in = 13;
        int out = 150;
        float[][] x = rand(n, in);
        float[][] wt = rand(in, out);
        float[] bias = rand(1, out)[0];
        float[][] y = new float[n][out];
        DenseOps.forward(x, n, wt, bias, y, true);
        float[][] d = rand(n, out);
        float[][] g = new float[in][out];
        DenseOps.accumulateGrad(x, n, d, g, true);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < out; j++) {
                double s = bias[j];
                for (int k = 0; k < in; k++) {
                    s += x[i][k] * wt[k][j];
                }
                assertEquals(s, y[i][j], 1e-4);
            }
        }
        for (int k = 0; k < in; k++) {
            for (int j = 0; j < out; j++) {
                double s = 0;
                for (int i = 0; i < n; i++) {
                    s += x[i][k] * d[i][j];
                }
                assertEquals(s, g[k][j], 1e-4);
            }
        }
        float[][] y1 = new float[n][out];
        DenseOps.forward(x, n, wt, bias, y1, false);
        for (int i = 0; i < n; i++) {
            assertArrayEquals(y[i], y1[i], "threads never change the sums");
        }
    }

    @Test
    void sparseRowsWithOffsetEqualDenseProduct() {
        int n = 5;
        int in = 20;
        int out = 9;
        float off = -0.4f;
        float[][] x2 = rand(n, in);
        float[] x = new float[n * in];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < in; k++) {
                if ((i * in + k) % 3 == 0) {
                    x2[i][k] = off;
                }
                x[i * in + k] = x2[i][k];
            }
        }
        int[] rows = {0, 1, 2, 3, 4};
        SparseRows s = new SparseRows(in, off);
        s.fill(x, rows, 0, n);
        float[][] wt = rand(in, out);
        float[] bias = rand(1, out)[0];
        float[] colSum = new float[out];
        DenseOps.columnSums(wt, colSum);
        float[] base = new float[out];
        for (int j = 0; j < out; j++) {
            base[j] = bias[j] + off * colSum[j];
        }
        float[][] ySparse = new float[n][out];
        DenseOps.forwardSparse(s, wt, base, ySparse, false);
        float[][] yDense = new float[n][out];
        DenseOps.forward(x2, n, wt, bias, yDense, false);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < out; j++) {
                assertEquals(yDense[i][j], ySparse[i][j], 1e-4);
            }
        }
        float[] dense = new float[in];
        s.dense(2, dense, 0);
        for (int k = 0; k < in; k++) {
            assertEquals(x2[2][k], dense[k], 1e-6);
        }
    }
}
