package org.photonlab.training.nn;

import java.util.List;

/**
 * One layer of a sequential network acting on a batch of samples stored row-major, each sample flattened
 * channel-major (C×H×W, the PyTorch order).
 *
 * <p>{@link #forward} in training mode may keep what {@link #backward} needs; {@link #backward} must follow the
 * forward of the same batch. Inputs are never modified.
 */
public interface Layer {
    String name();

    /** Features per input sample. */
    int inSize();

    /** Features per output sample. */
    int outSize();

    /**
     * out[n × outSize] = layer(in[n × inSize]). {@code training}: batch statistics and caches for backward;
     * otherwise inference (e.g. BatchNorm's running statistics).
     */
    void forward(double[] in, double[] out, int n, boolean training);

    /**
     * Given ∂L/∂out, accumulates ∂L/∂params into the params' gradients and writes ∂L/∂in into {@code gradIn}
     * (skipped when null).
     */
    void backward(double[] in, double[] gradOut, double[] gradIn, int n);

    /** Trainable parameters (possibly none). */
    List<Param> params();

    /** Every array that defines the layer for inference (parameters and buffers such as running statistics). */
    List<double[]> state();
}
