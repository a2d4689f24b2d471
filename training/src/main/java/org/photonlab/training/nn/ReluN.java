package org.photonlab.training.nn;

import java.util.List;

/** ReLUN(x) = min(max(0, x), N), elementwise (ReLU6 for N = 6); its derivative is 1 on (0, N), else 0. */
public final class ReluN implements Layer {
    private final String name;
    private final int size;
    private final double cap;

    public ReluN(String name, int size, double cap) {
        this.name = name;
        this.size = size;
        this.cap = cap;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int inSize() {
        return size;
    }

    @Override
    public int outSize() {
        return size;
    }

    public double cap() {
        return cap;
    }

    @Override
    public void forward(double[] in, double[] out, int n, boolean training) {
        int len = n * size;
        for (int i = 0; i < len; i++) {
            double x = in[i];
            out[i] = x <= 0 ? 0.0 : (x >= cap ? cap : x);
        }
    }

    @Override
    public void backward(double[] in, double[] gradOut, double[] gradIn, int n) {
        if (gradIn == null) {
            return;
        }
        int len = n * size;
        for (int i = 0; i < len; i++) {
            double x = in[i];
            gradIn[i] = x > 0 && x < cap ? gradOut[i] : 0.0;
        }
    }

    @Override
    public List<Param> params() {
        return List.of();
    }

    @Override
    public List<double[]> state() {
        return List.of();
    }
}
