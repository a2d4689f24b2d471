package org.photonlab.training.dfa;

import java.util.stream.IntStream;

/**
 * Dense float kernels over row arrays ({@code float[rows][cols]}). Every inner loop indexes its arrays from 0 with
 * the loop variable: HotSpot (Java 17) vectorises {@code y[j] += a * w[j]} but not {@code y[o + j] += a * w[p + j]},
 * whose arrays might overlap at different offsets — the row layout is worth about 4× (43 vs 10 GFLOP/s measured).
 * Weights are stored transposed ({@code wt[in][out]}) so every loop runs along contiguous outputs, 4 samples per
 * pass over a weight row. Each output is summed in the same order whatever the thread split, so results are
 * bit-identical with and without threads.
 */
final class DenseOps {
    private DenseOps() {
    }

    /** {@code y[i] = x[i] · wt + bias} for rows 0..n−1. Modified: {@code y}. */
    static void forward(float[][] x, int n, float[][] wt, float[] bias, float[][] y, boolean parallel) {
        int groups = (n + 3) / 4;
        IntStream r = IntStream.range(0, groups);
        (parallel && groups > 1 ? r.parallel() : r).forEach(g -> forwardGroup(x, Math.min(n, g * 4 + 4), g * 4, wt,
                bias, y));
    }

    private static void forwardGroup(float[][] x, int end, int i, float[][] wt, float[] bias, float[][] y) {
        int in = wt.length;
        int out = bias.length;
        if (end - i == 4) {
            float[] y0 = y[i];
            float[] y1 = y[i + 1];
            float[] y2 = y[i + 2];
            float[] y3 = y[i + 3];
            System.arraycopy(bias, 0, y0, 0, out);
            System.arraycopy(bias, 0, y1, 0, out);
            System.arraycopy(bias, 0, y2, 0, out);
            System.arraycopy(bias, 0, y3, 0, out);
            float[] x0 = x[i];
            float[] x1 = x[i + 1];
            float[] x2 = x[i + 2];
            float[] x3 = x[i + 3];
            for (int k = 0; k < in; k++) {
                float a0 = x0[k];
                float a1 = x1[k];
                float a2 = x2[k];
                float a3 = x3[k];
                float[] w = wt[k];
                for (int j = 0; j < out; j++) {
                    float v = w[j];
                    y0[j] += a0 * v;
                    y1[j] += a1 * v;
                    y2[j] += a2 * v;
                    y3[j] += a3 * v;
                }
            }
            return;
        }
        for (; i < end; i++) {
            float[] yi = y[i];
            float[] xi = x[i];
            System.arraycopy(bias, 0, yi, 0, out);
            for (int k = 0; k < in; k++) {
                float a = xi[k];
                float[] w = wt[k];
                for (int j = 0; j < out; j++) {
                    yi[j] += a * w[j];
                }
            }
        }
    }

    /**
     * {@code y = x · wt + bias} for inputs {@code x = offset + x'} with sparse {@code x'}: {@code base} must hold
     * {@code bias + offset · colSum(wt)}. Modified: {@code y}.
     */
    static void forwardSparse(SparseRows x, float[][] wt, float[] base, float[][] y, boolean parallel) {
        int out = base.length;
        IntStream r = IntStream.range(0, x.size());
        (parallel ? r.parallel() : r).forEach(i -> {
            float[] yi = y[i];
            System.arraycopy(base, 0, yi, 0, out);
            int[] idx = x.index(i);
            float[] val = x.value(i);
            for (int t = 0; t < idx.length; t++) {
                float a = val[t];
                float[] w = wt[idx[t]];
                for (int j = 0; j < out; j++) {
                    yi[j] += a * w[j];
                }
            }
        });
    }

    /** {@code sum[j] = Σ_k wt[k][j]}. Modified: {@code sum}. */
    static void columnSums(float[][] wt, float[] sum) {
        java.util.Arrays.fill(sum, 0f);
        int out = sum.length;
        for (float[] w : wt) {
            for (int j = 0; j < out; j++) {
                sum[j] += w[j];
            }
        }
    }

    /** {@code g[k] += Σ_i x[i][k] · d[i]} for rows 0..n−1 ({@code g += xᵀ d}). Modified: {@code g}. */
    static void accumulateGrad(float[][] x, int n, float[][] d, float[][] g, boolean parallel) {
        int in = g.length;
        int chunks = parallel ? 8 : 1;
        int per = (in + chunks - 1) / chunks;
        IntStream r = IntStream.range(0, chunks);
        (parallel ? r.parallel() : r).forEach(c -> {
            int k1 = Math.min(in, (c + 1) * per);
            for (int k = c * per; k < k1; k++) {
                float[] gk = g[k];
                int out = gk.length;
                int i = 0;
                for (; i + 4 <= n; i += 4) {
                    float a0 = x[i][k];
                    float a1 = x[i + 1][k];
                    float a2 = x[i + 2][k];
                    float a3 = x[i + 3][k];
                    float[] d0 = d[i];
                    float[] d1 = d[i + 1];
                    float[] d2 = d[i + 2];
                    float[] d3 = d[i + 3];
                    for (int j = 0; j < out; j++) {
                        gk[j] += a0 * d0[j] + a1 * d1[j] + a2 * d2[j] + a3 * d3[j];
                    }
                }
                for (; i < n; i++) {
                    float a = x[i][k];
                    float[] di = d[i];
                    for (int j = 0; j < out; j++) {
                        gk[j] += a * di[j];
                    }
                }
            }
        });
    }

    /** {@code g += x'ᵀ · d} for the sparse part of the inputs. Modified: {@code g}. */
    static void accumulateGradSparse(SparseRows x, float[][] d, float[][] g) {
        for (int i = 0; i < x.size(); i++) {
            int[] idx = x.index(i);
            float[] val = x.value(i);
            float[] di = d[i];
            for (int t = 0; t < idx.length; t++) {
                float a = val[t];
                float[] gk = g[idx[t]];
                for (int j = 0; j < gk.length; j++) {
                    gk[j] += a * di[j];
                }
            }
        }
    }

    /** {@code s[j] = Σ_i d[i][j]} for rows 0..n−1. Modified: {@code s}. */
    static void rowSum(float[][] d, int n, float[] s) {
        java.util.Arrays.fill(s, 0f);
        for (int i = 0; i < n; i++) {
            float[] di = d[i];
            for (int j = 0; j < s.length; j++) {
                s[j] += di[j];
            }
        }
    }

    /**
     * PyTorch's SGD with momentum (no dampening) on every row: {@code v = μ v + (g + extra); w −= lr v}, then clears
     * {@code g}. {@code extra} (may be null) is added to every row of {@code g}. Modified: w, v, g.
     */
    static void sgdMomentum(float[][] w, float[][] v, float[][] g, float[] extra, float lr, float mu,
                            boolean parallel) {
        int rows = w.length;
        int chunks = parallel ? 8 : 1;
        int per = (rows + chunks - 1) / chunks;
        IntStream r = IntStream.range(0, chunks);
        (parallel ? r.parallel() : r).forEach(c -> {
            int r1 = Math.min(rows, (c + 1) * per);
            for (int k = c * per; k < r1; k++) {
                sgdRow(w[k], v[k], g[k], extra, lr, mu);
            }
        });
    }

    /** One row (or a bias vector) of {@link #sgdMomentum}. Modified: w, v, g. */
    static void sgdRow(float[] w, float[] v, float[] g, float[] extra, float lr, float mu) {
        int out = w.length;
        if (extra != null) {
            for (int j = 0; j < out; j++) {
                g[j] += extra[j];
            }
        }
        for (int j = 0; j < out; j++) {
            float vj = mu * v[j] + g[j];
            v[j] = vj;
            w[j] -= lr * vj;
            g[j] = 0f;
        }
    }
}
