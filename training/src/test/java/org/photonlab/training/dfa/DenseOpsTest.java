package org.photonlab.training.dfa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The blocked kernels against textbook triple loops, on sizes that exercise every remainder path. */
class DenseOpsTest {
    private static final SplittableRandom RND = new SplittableRandom(11);

    private static float[] rand(int n) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = (float) (RND.nextDouble() * 2 - 1);
        }
        return a;
    }

    @Test
    void forwardGradientAndBackpropMatchNaiveLoops() {
        int n = 7;
        int in = 13;
        int out = 150;
        float[] x = rand(n * in);
        float[] wt = rand(in * out);
        float[] bias = rand(out);
        float[] y = new float[n * out];
        DenseOps.forward(x, n, in, wt, bias, out, y, true);
        float[] d = rand(n * out);
        float[] g = new float[in * out];
        DenseOps.accumulateGrad(x, n, in, d, out, g, true);
        float[] p = new float[n * in];
        DenseOps.backprop(d, n, out, wt, in, p);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < out; j++) {
                double s = bias[j];
                for (int k = 0; k < in; k++) {
                    s += x[i * in + k] * wt[k * out + j];
                }
                assertEquals(s, y[i * out + j], 1e-4);
            }
            for (int k = 0; k < in; k++) {
                double s = 0;
                for (int j = 0; j < out; j++) {
                    s += d[i * out + j] * wt[k * out + j];
                }
                assertEquals(s, p[i * in + k], 1e-4);
            }
        }
        for (int k = 0; k < in; k++) {
            for (int j = 0; j < out; j++) {
                double s = 0;
                for (int i = 0; i < n; i++) {
                    s += x[i * in + k] * d[i * out + j];
                }
                assertEquals(s, g[k * out + j], 1e-4);
            }
        }
    }

    @Test
    void sparseRowsWithOffsetEqualDenseProduct() {
        int n = 5;
        int in = 20;
        int out = 9;
        float off = -0.4f;
        float[] x = rand(n * in);
        for (int k = 0; k < x.length; k += 3) {
            x[k] = off;
        }
        int[] rows = {0, 1, 2, 3, 4};
        SparseRows s = new SparseRows(in, off);
        s.fill(x, rows, 0, n);
        float[] wt = rand(in * out);
        float[] bias = rand(out);
        float[] colSum = new float[out];
        DenseOps.columnSums(wt, in, out, colSum);
        float[] base = new float[out];
        for (int j = 0; j < out; j++) {
            base[j] = bias[j] + off * colSum[j];
        }
        float[] ySparse = new float[n * out];
        DenseOps.forwardSparse(s, wt, base, out, ySparse, false);
        float[] yDense = new float[n * out];
        DenseOps.forward(x, n, in, wt, bias, out, yDense, false);
        for (int k = 0; k < yDense.length; k++) {
            assertEquals(yDense[k], ySparse[k], 1e-4);
        }
        float[] dense = new float[in];
        s.dense(2, dense, 0);
        for (int k = 0; k < in; k++) {
            assertEquals(x[2 * in + k], dense[k], 1e-6);
        }
    }
}
