package org.photonlab.training.dfa;

import java.util.SplittableRandom;
import org.photonlab.hal.LabException;

/**
 * A fully connected network {@code sizes[0] → … → sizes[L]} with a hidden activation, softmax output and
 * cross-entropy loss, plus the buffers of one training step. Weights are stored transposed, {@code wt[l][in × out]},
 * and initialised like PyTorch's {@code nn.Linear}: weights and biases uniform in ±1/√fan_in.
 * Not thread-safe; internal kernels may use the common fork-join pool when {@code parallel}.
 */
final class Mlp {
    final int[] sizes;
    final int layers;
    final Activation act;
    /** wt[l][k][j]: weight from input k to output j of layer l. */
    final float[][][] wt;
    final float[][] b;
    private final float[][][] vw;
    private final float[][] vb;
    private final float[][][] gw;
    private final float[][] gb;
    /** h[l][i]: output of layer l for sample i (activated for hidden layers, logits for the last). */
    final float[][][] h;
    /** delta[l][i]: dL/da of layer l for sample i of the current batch (already divided by the batch size). */
    final float[][][] delta;
    /** natural[l]: scratch copy of layer l's weights as {@code [out][in]}, for backpropagation. */
    private final float[][][] natural;
    private final float[][] zeroBias;
    private final float[] base;
    private final float[] colSum;
    private final float[] firstExtra;
    private final boolean parallel;
    private final int capacity;

    Mlp(int[] sizes, Activation act, long seed, int capacity, boolean parallel) {
        if (sizes.length < 2) {
            throw new LabException("a network needs at least an input and an output size");
        }
        for (int s : sizes) {
            if (s < 1) {
                throw new LabException("layer sizes must be ≥ 1, got " + java.util.Arrays.toString(sizes));
            }
        }
        this.sizes = sizes.clone();
        this.layers = sizes.length - 1;
        this.act = act;
        this.parallel = parallel;
        this.capacity = capacity;
        wt = new float[layers][][];
        b = new float[layers][];
        vw = new float[layers][][];
        vb = new float[layers][];
        gw = new float[layers][][];
        gb = new float[layers][];
        h = new float[layers][][];
        delta = new float[layers][][];
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int l = 0; l < layers; l++) {
            int in = sizes[l];
            int out = sizes[l + 1];
            double bound = 1.0 / Math.sqrt(in);
            // draw in PyTorch's [out][in] order so a layer's weights do not depend on the storage layout
            float[][] w = new float[in][out];
            for (int j = 0; j < out; j++) {
                for (int k = 0; k < in; k++) {
                    w[k][j] = (float) ((rnd.nextDouble() * 2 - 1) * bound);
                }
            }
            wt[l] = w;
            b[l] = new float[out];
            for (int j = 0; j < out; j++) {
                b[l][j] = (float) ((rnd.nextDouble() * 2 - 1) * bound);
            }
            vw[l] = new float[in][out];
            vb[l] = new float[out];
            gw[l] = new float[in][out];
            gb[l] = new float[out];
            h[l] = new float[capacity][out];
            delta[l] = new float[capacity][out];
        }
        natural = new float[layers][][];
        zeroBias = new float[layers][];
        for (int l = 0; l < layers; l++) {
            natural[l] = new float[sizes[l + 1]][sizes[l]];
            zeroBias[l] = new float[sizes[l + 1]];
        }
        base = new float[sizes[1]];
        colSum = new float[sizes[1]];
        firstExtra = new float[sizes[1]];
    }

    int inputs() {
        return sizes[0];
    }

    int classes() {
        return sizes[layers];
    }

    /** Widest hidden layer: the width of the shared feedback projection. */
    int maxHidden() {
        int m = 0;
        for (int l = 1; l < layers; l++) {
            m = Math.max(m, sizes[l]);
        }
        return m;
    }

    /** Forward pass of {@code x} (at most {@code capacity} rows) into {@link #h}. */
    void forward(SparseRows x) {
        int n = x.size();
        DenseOps.columnSums(wt[0], colSum);
        float off = x.offset();
        for (int j = 0; j < sizes[1]; j++) {
            base[j] = b[0][j] + off * colSum[j];
        }
        DenseOps.forwardSparse(x, wt[0], base, h[0], parallel);
        if (layers > 1) {
            activate(h[0], n);
        }
        for (int l = 1; l < layers; l++) {
            DenseOps.forward(h[l - 1], n, wt[l], b[l], h[l], parallel);
            if (l < layers - 1) {
                activate(h[l], n);
            }
        }
    }

    /**
     * Softmax of the logits into {@code e = p − onehot(y)} ({@code n × classes}); sets the output delta to
     * {@code e / n} (the gradient of the mean cross-entropy). Returns the summed loss; {@code correct[0]} gets the
     * number of correct predictions.
     */
    double outputError(int[] labels, int n, float[] e, int[] correct) {
        int c = classes();
        float[][] logits = h[layers - 1];
        float[][] d = delta[layers - 1];
        double loss = 0;
        int ok = 0;
        float inv = 1f / n;
        for (int i = 0; i < n; i++) {
            float[] z = logits[i];
            int o = i * c;
            float max = Float.NEGATIVE_INFINITY;
            int arg = 0;
            for (int j = 0; j < c; j++) {
                if (z[j] > max) {
                    max = z[j];
                    arg = j;
                }
            }
            double sum = 0;
            for (int j = 0; j < c; j++) {
                sum += Math.exp(z[j] - max);
            }
            for (int j = 0; j < c; j++) {
                e[o + j] = (float) (Math.exp(z[j] - max) / sum);
            }
            loss -= (z[labels[i]] - max) - Math.log(sum);
            e[o + labels[i]] -= 1f;
            ok += arg == labels[i] ? 1 : 0;
            for (int j = 0; j < c; j++) {
                d[i][j] = e[o + j] * inv;
            }
        }
        correct[0] = ok;
        return loss;
    }

    /**
     * Backpropagation: hidden deltas from the output delta. The weights are first copied untransposed
     * ({@code w[out][in]}) so that {@code δ_l = δ_{l+1} · W} runs as the same vectorised axpy kernel as the forward
     * pass rather than as one dot product per input.
     */
    void backpropDeltas(int n) {
        for (int l = layers - 2; l >= 0; l--) {
            float[][] w = natural[l + 1];
            float[][] src = wt[l + 1];
            for (int k = 0; k < src.length; k++) {
                float[] row = src[k];
                for (int j = 0; j < row.length; j++) {
                    w[j][k] = row[j];
                }
            }
            DenseOps.forward(delta[l + 1], n, w, zeroBias[l], delta[l], parallel);
            gate(l, n);
        }
    }

    /**
     * DFA: hidden layer l gets the first {@code sizes[l+1]} columns of the shared projection {@code f}
     * ({@code n × width}, row-major, already scaled), gated by the activation's derivative.
     */
    void feedbackDeltas(float[] f, int width, int n) {
        for (int l = 0; l < layers - 1; l++) {
            int out = sizes[l + 1];
            for (int i = 0; i < n; i++) {
                System.arraycopy(f, i * width, delta[l][i], 0, out);
            }
            gate(l, n);
        }
    }

    private void activate(float[][] rows, int n) {
        for (int i = 0; i < n; i++) {
            act.apply(rows[i], 0, rows[i].length);
        }
    }

    private void gate(int l, int n) {
        for (int i = 0; i < n; i++) {
            float[] d = delta[l][i];
            float[] hl = h[l][i];
            for (int j = 0; j < d.length; j++) {
                d[j] *= act.derivative(hl[j]);
            }
        }
    }

    /** Weight and bias gradients of layer {@code l} from the current deltas, added to {@code g}, {@code gBias}. */
    void gradient(int l, SparseRows x, int n, float[][] g, float[] gBias, float[] extra) {
        int out = sizes[l + 1];
        DenseOps.rowSum(delta[l], n, gBias);
        if (l == 0) {
            DenseOps.accumulateGradSparse(x, delta[0], g);
            float off = x.offset();
            for (int j = 0; j < out; j++) {
                extra[j] = off * gBias[j];
            }
        } else {
            DenseOps.accumulateGrad(h[l - 1], n, delta[l], g, parallel);
        }
    }

    /** One SGD-with-momentum step on every layer from the current deltas. */
    void update(SparseRows x, int n, float lr, float mu) {
        for (int l = 0; l < layers; l++) {
            gradient(l, x, n, gw[l], gb[l], firstExtra);
            DenseOps.sgdMomentum(wt[l], vw[l], gw[l], l == 0 ? firstExtra : null, lr, mu, parallel);
            DenseOps.sgdRow(b[l], vb[l], gb[l], null, lr, mu);
        }
    }

    /** The full weight gradient of layer {@code l} (including the constant-input part), flattened, for alignment. */
    float[] fullGradient(int l, SparseRows x, int n) {
        int in = sizes[l];
        int out = sizes[l + 1];
        float[][] g = new float[in][out];
        float[] gBias = new float[out];
        float[] extra = new float[out];
        gradient(l, x, n, g, gBias, extra);
        float[] flat = new float[in * out];
        for (int k = 0; k < in; k++) {
            for (int j = 0; j < out; j++) {
                flat[k * out + j] = l == 0 ? g[k][j] + extra[j] : g[k][j];
            }
        }
        return flat;
    }

    int capacity() {
        return capacity;
    }
}
