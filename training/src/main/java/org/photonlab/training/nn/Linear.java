package org.photonlab.training.nn;

import java.util.List;
import java.util.SplittableRandom;

/** Fully connected layer without bias: y = W·x, W of out × in. */
public final class Linear implements WeightLayer {
    private final String name;
    private final int in;
    private final int out;
    private final Param weight;

    /** Initialised like PyTorch: W ~ U(−1/√in, 1/√in). */
    public Linear(String name, int in, int out, SplittableRandom rng) {
        this.name = name;
        this.in = in;
        this.out = out;
        this.weight = new Param(name + ".weight", in * out);
        double bound = 1.0 / Math.sqrt(in);
        for (int i = 0; i < in * out; i++) {
            weight.value()[i] = (2 * rng.nextDouble() - 1) * bound;
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int inSize() {
        return in;
    }

    @Override
    public int outSize() {
        return out;
    }

    @Override
    public int rows() {
        return out;
    }

    @Override
    public int cols() {
        return in;
    }

    @Override
    public double[] weight() {
        return weight.value();
    }

    @Override
    public int vectorsPerSample() {
        return 1;
    }

    @Override
    public void gatherVectors(double[] x, int inOff, double[] dst, int dstOff, int stride) {
        System.arraycopy(x, inOff, dst, dstOff, in);
    }

    @Override
    public void forward(double[] x, double[] y, int n, boolean training) {
        double[] w = weight.value();
        for (int s = 0; s < n; s++) {
            int xo = s * in;
            int yo = s * out;
            for (int o = 0; o < out; o++) {
                double acc = 0;
                int wo = o * in;
                for (int i = 0; i < in; i++) {
                    acc += w[wo + i] * x[xo + i];
                }
                y[yo + o] = acc;
            }
        }
    }

    @Override
    public void backward(double[] x, double[] gy, double[] gx, int n) {
        double[] w = weight.value();
        double[] gw = weight.grad();
        for (int s = 0; s < n; s++) {
            int xo = s * in;
            int yo = s * out;
            for (int o = 0; o < out; o++) {
                double g = gy[yo + o];
                int wo = o * in;
                for (int i = 0; i < in; i++) {
                    gw[wo + i] += g * x[xo + i];
                }
            }
            if (gx != null) {
                for (int i = 0; i < in; i++) {
                    double acc = 0;
                    for (int o = 0; o < out; o++) {
                        acc += w[o * in + i] * gy[yo + o];
                    }
                    gx[xo + i] = acc;
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

    @Override
    public int outputIndex(int v, int r) {
        return r;
    }
}
