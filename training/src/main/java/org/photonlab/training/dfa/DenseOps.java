package org.photonlab.training.dfa;

import java.util.stream.IntStream;

/**
 * Dense float kernels over row-major {@code float[]}, written as axpy loops that HotSpot vectorises. Weights are
 * stored transposed ({@code wt[in × out]}) so every inner loop runs along contiguous outputs. Products are blocked
 * over 4 samples × {@value #JB} outputs so that accumulators stay in L1 while a weight block is reused from L2.
 * Parallel variants split outputs (or weight rows) between tasks; each value is summed in the same order whatever
 * the split, so results are bit-identical with and without threads.
 */
final class DenseOps {
    static final int JB = 128;

    private DenseOps() {
    }

    /** {@code y[n × out] = x[n × in] · wt[in × out] + bias}. Modified: {@code y}. */
    static void forward(float[] x, int n, int in, float[] wt, float[] bias, int out, float[] y, boolean parallel) {
        int blocks = (out + JB - 1) / JB;
        IntStream r = IntStream.range(0, blocks);
        (parallel && blocks > 1 ? r.parallel() : r).forEach(b -> forwardBlock(x, n, in, wt, bias, out, y, b * JB,
                Math.min(out, b * JB + JB)));
    }

    private static void forwardBlock(float[] x, int n, int in, float[] wt, float[] bias, int out, float[] y, int j0,
                                     int j1) {
        int jb = j1 - j0;
        float[] acc = new float[4 * jb];
        int i = 0;
        for (; i + 4 <= n; i += 4) {
            for (int r = 0; r < 4; r++) {
                System.arraycopy(bias, j0, acc, r * jb, jb);
            }
            int x0 = i * in;
            int x1 = x0 + in;
            int x2 = x1 + in;
            int x3 = x2 + in;
            for (int k = 0; k < in; k++) {
                float a0 = x[x0 + k];
                float a1 = x[x1 + k];
                float a2 = x[x2 + k];
                float a3 = x[x3 + k];
                int wo = k * out + j0;
                for (int j = 0; j < jb; j++) {
                    float w = wt[wo + j];
                    acc[j] += a0 * w;
                    acc[jb + j] += a1 * w;
                    acc[2 * jb + j] += a2 * w;
                    acc[3 * jb + j] += a3 * w;
                }
            }
            for (int r = 0; r < 4; r++) {
                System.arraycopy(acc, r * jb, y, (i + r) * out + j0, jb);
            }
        }
        for (; i < n; i++) {
            System.arraycopy(bias, j0, acc, 0, jb);
            for (int k = 0; k < in; k++) {
                float a = x[i * in + k];
                int wo = k * out + j0;
                for (int j = 0; j < jb; j++) {
                    acc[j] += a * wt[wo + j];
                }
            }
            System.arraycopy(acc, 0, y, i * out + j0, jb);
        }
    }

    /**
     * {@code y = x · wt + bias} for inputs {@code x = offset + x'} with sparse {@code x'}: {@code base} must hold
     * {@code bias + offset · colSum(wt)}. Modified: {@code y}.
     */
    static void forwardSparse(SparseRows x, float[] wt, float[] base, int out, float[] y, boolean parallel) {
        IntStream r = IntStream.range(0, x.size());
        (parallel ? r.parallel() : r).forEach(i -> {
            int o = i * out;
            System.arraycopy(base, 0, y, o, out);
            int[] idx = x.index(i);
            float[] val = x.value(i);
            for (int t = 0; t < idx.length; t++) {
                float a = val[t];
                int wo = idx[t] * out;
                for (int j = 0; j < out; j++) {
                    y[o + j] += a * wt[wo + j];
                }
            }
        });
    }

    /** {@code sum[j] = Σ_k wt[k, j]}. Modified: {@code sum}. */
    static void columnSums(float[] wt, int in, int out, float[] sum) {
        java.util.Arrays.fill(sum, 0f);
        for (int k = 0; k < in; k++) {
            int wo = k * out;
            for (int j = 0; j < out; j++) {
                sum[j] += wt[wo + j];
            }
        }
    }

    /** {@code g[in × out] += x[n × in]ᵀ · d[n × out]}. Modified: {@code g}. */
    static void accumulateGrad(float[] x, int n, int in, float[] d, int out, float[] g, boolean parallel) {
        int chunks = parallel ? 8 : 1;
        int per = (in + chunks - 1) / chunks;
        IntStream r = IntStream.range(0, chunks);
        (parallel ? r.parallel() : r).forEach(c -> {
            int k1 = Math.min(in, (c + 1) * per);
            for (int k = c * per; k < k1; k++) {
                int go = k * out;
                int i = 0;
                for (; i + 4 <= n; i += 4) {
                    float a0 = x[i * in + k];
                    float a1 = x[(i + 1) * in + k];
                    float a2 = x[(i + 2) * in + k];
                    float a3 = x[(i + 3) * in + k];
                    int d0 = i * out;
                    int d1 = d0 + out;
                    int d2 = d1 + out;
                    int d3 = d2 + out;
                    for (int j = 0; j < out; j++) {
                        g[go + j] += a0 * d[d0 + j] + a1 * d[d1 + j] + a2 * d[d2 + j] + a3 * d[d3 + j];
                    }
                }
                for (; i < n; i++) {
                    float a = x[i * in + k];
                    int d0 = i * out;
                    for (int j = 0; j < out; j++) {
                        g[go + j] += a * d[d0 + j];
                    }
                }
            }
        });
    }

    /** {@code g += x'ᵀ · d} for the sparse part of the inputs. Modified: {@code g}. */
    static void accumulateGradSparse(SparseRows x, float[] d, int out, float[] g) {
        for (int i = 0; i < x.size(); i++) {
            int[] idx = x.index(i);
            float[] val = x.value(i);
            int d0 = i * out;
            for (int t = 0; t < idx.length; t++) {
                float a = val[t];
                int go = idx[t] * out;
                for (int j = 0; j < out; j++) {
                    g[go + j] += a * d[d0 + j];
                }
            }
        }
    }

    /** {@code p[n × in] = d[n × out] · wtᵀ} (backpropagation through a layer). Modified: {@code p}. */
    static void backprop(float[] d, int n, int out, float[] wt, int in, float[] p) {
        for (int i = 0; i < n; i++) {
            int d0 = i * out;
            for (int k = 0; k < in; k++) {
                int wo = k * out;
                float s0 = 0;
                float s1 = 0;
                float s2 = 0;
                float s3 = 0;
                int j = 0;
                for (; j + 4 <= out; j += 4) {
                    s0 += wt[wo + j] * d[d0 + j];
                    s1 += wt[wo + j + 1] * d[d0 + j + 1];
                    s2 += wt[wo + j + 2] * d[d0 + j + 2];
                    s3 += wt[wo + j + 3] * d[d0 + j + 3];
                }
                for (; j < out; j++) {
                    s0 += wt[wo + j] * d[d0 + j];
                }
                p[i * in + k] = (s0 + s1) + (s2 + s3);
            }
        }
    }

    /** {@code s[j] = Σ_i d[i, j]}. Modified: {@code s}. */
    static void rowSum(float[] d, int n, int out, float[] s) {
        java.util.Arrays.fill(s, 0f);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < out; j++) {
                s[j] += d[i * out + j];
            }
        }
    }

    /**
     * PyTorch's SGD with momentum (no dampening): {@code v = μ v + (g + extra[j]); w −= lr v}, then clears {@code g}.
     * {@code extra} (length {@code out}, may be null) is added to every row of {@code g}. Modified: w, v, g.
     */
    static void sgdMomentum(float[] w, float[] v, float[] g, float[] extra, int out, float lr, float mu,
                            boolean parallel) {
        int rows = w.length / out;
        int chunks = parallel ? 8 : 1;
        int per = (rows + chunks - 1) / chunks;
        IntStream r = IntStream.range(0, chunks);
        (parallel ? r.parallel() : r).forEach(c -> {
            int r1 = Math.min(rows, (c + 1) * per);
            for (int k = c * per; k < r1; k++) {
                int o = k * out;
                if (extra != null) {
                    for (int j = 0; j < out; j++) {
                        g[o + j] += extra[j];
                    }
                }
                for (int j = 0; j < out; j++) {
                    float vj = mu * v[o + j] + g[o + j];
                    v[o + j] = vj;
                    w[o + j] -= lr * vj;
                    g[o + j] = 0f;
                }
            }
        });
    }
}
