package org.photonlab.training.nn;

import java.util.List;
import java.util.SplittableRandom;

/**
 * 2-D convolution without bias, computed by im2col: each output position's receptive field, flattened in PyTorch
 * order (c_in, kh, kw) with zero padding, is multiplied by the weight matrix W of c_out × (c_in·K·K).
 * Input C_in×H×W, output C_out×H_out×W_out with H_out = ⌊(H + 2·pad − K)/stride⌋ + 1.
 */
public final class Conv2d implements WeightLayer {
    private final String name;
    private final int cin;
    private final int cout;
    private final int h;
    private final int w;
    private final int ksize;
    private final int hout;
    private final int wout;
    private final int patch;
    private final int positions;
    /** src[pos·patch + r] = index of the input feeding patch row r at output position pos, or −1 for padding. */
    private final int[] src;
    private final Param weight;
    private double[] cols = new double[0];
    private final double[] gcol;

    /** Initialised like PyTorch: W ~ U(−1/√fan_in, 1/√fan_in), fan_in = c_in·K·K. */
    public Conv2d(String name, int cin, int cout, int h, int w, int ksize, int stride, int pad,
                  SplittableRandom rng) {
        this.name = name;
        this.cin = cin;
        this.cout = cout;
        this.h = h;
        this.w = w;
        this.ksize = ksize;
        this.hout = (h + 2 * pad - ksize) / stride + 1;
        this.wout = (w + 2 * pad - ksize) / stride + 1;
        this.patch = cin * ksize * ksize;
        this.positions = hout * wout;
        this.src = new int[positions * patch];
        for (int oh = 0; oh < hout; oh++) {
            for (int ow = 0; ow < wout; ow++) {
                int pos = oh * wout + ow;
                for (int c = 0; c < cin; c++) {
                    for (int kh = 0; kh < ksize; kh++) {
                        for (int kw = 0; kw < ksize; kw++) {
                            int ih = oh * stride - pad + kh;
                            int iw = ow * stride - pad + kw;
                            int r = (c * ksize + kh) * ksize + kw;
                            src[pos * patch + r] = ih < 0 || ih >= h || iw < 0 || iw >= w ? -1 : (c * h + ih) * w + iw;
                        }
                    }
                }
            }
        }
        this.gcol = new double[patch];
        this.weight = new Param(name + ".weight", cout * patch);
        double bound = 1.0 / Math.sqrt(patch);
        for (int i = 0; i < cout * patch; i++) {
            weight.value()[i] = (2 * rng.nextDouble() - 1) * bound;
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int inSize() {
        return cin * h * w;
    }

    @Override
    public int outSize() {
        return cout * positions;
    }

    public int outChannels() {
        return cout;
    }

    /** Output positions per channel, H_out·W_out. */
    public int positions() {
        return positions;
    }

    public int outHeight() {
        return hout;
    }

    public int outWidth() {
        return wout;
    }

    @Override
    public int rows() {
        return cout;
    }

    @Override
    public int cols() {
        return patch;
    }

    @Override
    public double[] weight() {
        return weight.value();
    }

    @Override
    public int vectorsPerSample() {
        return positions;
    }

    @Override
    public void gatherVectors(double[] in, int inOff, double[] dst, int dstOff, int stride) {
        for (int pos = 0; pos < positions; pos++) {
            int so = pos * patch;
            int d = dstOff + pos * stride;
            for (int r = 0; r < patch; r++) {
                int i = src[so + r];
                dst[d + r] = i < 0 ? 0.0 : in[inOff + i];
            }
        }
    }

    @Override
    public void forward(double[] in, double[] out, int n, boolean training) {
        int need = n * positions * patch;
        if (cols.length < need) {
            cols = new double[need];
        }
        double[] wt = weight.value();
        int isz = inSize();
        int osz = outSize();
        for (int s = 0; s < n; s++) {
            int co = s * positions * patch;
            gatherVectors(in, s * isz, cols, co, patch);
            for (int o = 0; o < cout; o++) {
                int wo = o * patch;
                int oo = s * osz + o * positions;
                for (int pos = 0; pos < positions; pos++) {
                    int c = co + pos * patch;
                    double acc = 0;
                    for (int r = 0; r < patch; r++) {
                        acc += wt[wo + r] * cols[c + r];
                    }
                    out[oo + pos] = acc;
                }
            }
        }
    }

    /** Uses the im2col patches kept by the last training-mode {@link #forward} of this batch. */
    @Override
    public void backward(double[] in, double[] gradOut, double[] gradIn, int n) {
        double[] wt = weight.value();
        double[] gw = weight.grad();
        int isz = inSize();
        int osz = outSize();
        if (gradIn != null) {
            java.util.Arrays.fill(gradIn, 0, n * isz, 0.0);
        }
        for (int s = 0; s < n; s++) {
            int co = s * positions * patch;
            for (int pos = 0; pos < positions; pos++) {
                int c = co + pos * patch;
                java.util.Arrays.fill(gcol, 0.0);
                for (int o = 0; o < cout; o++) {
                    double g = gradOut[s * osz + o * positions + pos];
                    if (g == 0.0) {
                        continue;
                    }
                    int wo = o * patch;
                    for (int r = 0; r < patch; r++) {
                        gw[wo + r] += g * cols[c + r];
                        gcol[r] += g * wt[wo + r];
                    }
                }
                if (gradIn != null) {
                    int so = pos * patch;
                    for (int r = 0; r < patch; r++) {
                        int i = src[so + r];
                        if (i >= 0) {
                            gradIn[s * isz + i] += gcol[r];
                        }
                    }
                }
            }
        }
    }

    @Override
    public List<Param> params() {
        return List.of(weight);
    }

    @Override
    public List<double[]> state() {
        return List.of(weight.value());
    }
}
