package org.photonlab.training.nn;

import java.util.List;

/**
 * Batch normalisation over channels (PyTorch BatchNorm2d, or BatchNorm1d with {@code spatial} = 1).
 * Input C×S per sample. Training: per-channel batch mean μ and biased variance σ² over n·S values,
 * y = γ·(x − μ)/√(σ² + ε) + β, and running statistics updated as r ← (1 − m)·r + m·stat with momentum m = 0.1
 * (the running variance uses the unbiased batch variance, as PyTorch does). Inference: the running statistics.
 * ε = 1e-5. On the chip this layer is electronic and is not trained by the zeroth-order optimisers.
 */
public final class BatchNorm implements Layer {
    public static final double EPS = 1e-5;
    public static final double MOMENTUM = 0.1;
    private final String name;
    private final int channels;
    private final int spatial;
    private final Param gamma;
    private final Param beta;
    private final double[] runningMean;
    private final double[] runningVar;
    private final double[] invStd;
    private double[] xhat = new double[0];

    public BatchNorm(String name, int channels, int spatial) {
        this.name = name;
        this.channels = channels;
        this.spatial = spatial;
        this.gamma = new Param(name + ".weight", channels);
        this.beta = new Param(name + ".bias", channels);
        java.util.Arrays.fill(gamma.value(), 1.0);
        this.runningMean = new double[channels];
        this.runningVar = new double[channels];
        java.util.Arrays.fill(runningVar, 1.0);
        this.invStd = new double[channels];
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int inSize() {
        return channels * spatial;
    }

    @Override
    public int outSize() {
        return channels * spatial;
    }

    @Override
    public void forward(double[] in, double[] out, int n, boolean training) {
        int size = channels * spatial;
        double[] g = gamma.value();
        double[] b = beta.value();
        if (!training) {
            for (int c = 0; c < channels; c++) {
                double scale = g[c] / Math.sqrt(runningVar[c] + EPS);
                double shift = b[c] - runningMean[c] * scale;
                for (int s = 0; s < n; s++) {
                    int o = s * size + c * spatial;
                    for (int j = 0; j < spatial; j++) {
                        out[o + j] = in[o + j] * scale + shift;
                    }
                }
            }
            return;
        }
        if (xhat.length < n * size) {
            xhat = new double[n * size];
        }
        int count = n * spatial;
        for (int c = 0; c < channels; c++) {
            double mean = 0;
            for (int s = 0; s < n; s++) {
                int o = s * size + c * spatial;
                for (int j = 0; j < spatial; j++) {
                    mean += in[o + j];
                }
            }
            mean /= count;
            double var = 0;
            for (int s = 0; s < n; s++) {
                int o = s * size + c * spatial;
                for (int j = 0; j < spatial; j++) {
                    double d = in[o + j] - mean;
                    var += d * d;
                }
            }
            var /= count;
            double is = 1.0 / Math.sqrt(var + EPS);
            invStd[c] = is;
            for (int s = 0; s < n; s++) {
                int o = s * size + c * spatial;
                for (int j = 0; j < spatial; j++) {
                    double xh = (in[o + j] - mean) * is;
                    xhat[o + j] = xh;
                    out[o + j] = g[c] * xh + b[c];
                }
            }
            double unbiased = count > 1 ? var * count / (count - 1) : var;
            runningMean[c] = (1 - MOMENTUM) * runningMean[c] + MOMENTUM * mean;
            runningVar[c] = (1 - MOMENTUM) * runningVar[c] + MOMENTUM * unbiased;
        }
    }

    /** Uses x̂ and 1/σ kept by the last training-mode {@link #forward} of this batch. */
    @Override
    public void backward(double[] in, double[] gradOut, double[] gradIn, int n) {
        int size = channels * spatial;
        int count = n * spatial;
        double[] g = gamma.value();
        for (int c = 0; c < channels; c++) {
            double sumDy = 0;
            double sumDyXhat = 0;
            for (int s = 0; s < n; s++) {
                int o = s * size + c * spatial;
                for (int j = 0; j < spatial; j++) {
                    sumDy += gradOut[o + j];
                    sumDyXhat += gradOut[o + j] * xhat[o + j];
                }
            }
            gamma.grad()[c] += sumDyXhat;
            beta.grad()[c] += sumDy;
            if (gradIn == null) {
                continue;
            }
            // dx = γ/σ · (dy − mean(dy) − x̂·mean(dy·x̂))
            double k = g[c] * invStd[c];
            double mDy = sumDy / count;
            double mDyX = sumDyXhat / count;
            for (int s = 0; s < n; s++) {
                int o = s * size + c * spatial;
                for (int j = 0; j < spatial; j++) {
                    gradIn[o + j] = k * (gradOut[o + j] - mDy - xhat[o + j] * mDyX);
                }
            }
        }
    }

    @Override
    public List<Param> params() {
        return List.of(gamma, beta);
    }

    @Override
    public List<double[]> state() {
        return List.of(gamma.value(), beta.value(), runningMean, runningVar);
    }

    /** The live running mean (for inspection). */
    public double[] runningMean() {
        return runningMean;
    }

    /** The live running variance (for inspection). */
    public double[] runningVar() {
        return runningVar;
    }
}
