package org.photonlab.training.nn;

import java.util.ArrayList;
import java.util.List;

/**
 * A sequential network of {@link Layer}s ending in class logits, with forward and backward passes over a batch.
 * Activation buffers grow to the largest batch seen and are reused.
 */
public final class Network {
    private final ModelSpec spec;
    private final List<Layer> layers;
    private double[][] acts = new double[0][];
    private double[][] grads = new double[0][];
    private int capacity;

    public Network(ModelSpec spec, List<Layer> layers) {
        this.spec = spec;
        this.layers = List.copyOf(layers);
        for (int i = 1; i < layers.size(); i++) {
            if (layers.get(i).inSize() != layers.get(i - 1).outSize()) {
                throw new IllegalArgumentException("layer " + layers.get(i).name() + " takes " + layers.get(i).inSize()
                        + " features but " + layers.get(i - 1).name() + " gives " + layers.get(i - 1).outSize());
            }
        }
    }

    public ModelSpec spec() {
        return spec;
    }

    public List<Layer> layers() {
        return layers;
    }

    /** The layers a photonic core carries, in model order. */
    public List<WeightLayer> weightLayers() {
        List<WeightLayer> out = new ArrayList<>();
        for (Layer l : layers) {
            if (l instanceof WeightLayer w) {
                out.add(w);
            }
        }
        return out;
    }

    public List<Param> params() {
        List<Param> out = new ArrayList<>();
        layers.forEach(l -> out.addAll(l.params()));
        return out;
    }

    public int inputSize() {
        return layers.get(0).inSize();
    }

    public int classes() {
        return layers.get(layers.size() - 1).outSize();
    }

    /**
     * Forward pass of n samples ({@code input} row-major n × inputSize, not modified); returns the live logits
     * buffer (valid until the next call), n × classes.
     */
    public double[] forward(double[] input, int n, boolean training) {
        ensure(n);
        System.arraycopy(input, 0, acts[0], 0, n * inputSize());
        for (int i = 0; i < layers.size(); i++) {
            layers.get(i).forward(acts[i], acts[i + 1], n, training);
        }
        return acts[layers.size()];
    }

    /** Forward pass of float inputs. */
    public double[] forward(float[] input, int n, boolean training) {
        ensure(n);
        int len = n * inputSize();
        double[] a = acts[0];
        for (int i = 0; i < len; i++) {
            a[i] = input[i];
        }
        for (int i = 0; i < layers.size(); i++) {
            layers.get(i).forward(acts[i], acts[i + 1], n, training);
        }
        return acts[layers.size()];
    }

    /**
     * Backward pass after a training-mode {@link #forward} of the same n samples: accumulates every parameter's
     * gradient from ∂L/∂logits ({@code gradLogits}, not modified).
     */
    public void backward(double[] gradLogits, int n) {
        int last = layers.size();
        System.arraycopy(gradLogits, 0, grads[last], 0, n * classes());
        for (int i = last - 1; i >= 0; i--) {
            layers.get(i).backward(acts[i], grads[i + 1], i == 0 ? null : grads[i], n);
        }
    }

    public void zeroGrad() {
        for (Param p : params()) {
            p.zeroGrad();
        }
    }

    private void ensure(int n) {
        if (n <= capacity) {
            return;
        }
        int l = layers.size();
        acts = new double[l + 1][];
        grads = new double[l + 1][];
        acts[0] = new double[n * inputSize()];
        grads[0] = new double[n * inputSize()];
        for (int i = 0; i < l; i++) {
            acts[i + 1] = new double[n * layers.get(i).outSize()];
            grads[i + 1] = new double[n * layers.get(i).outSize()];
        }
        capacity = n;
    }
}
