package org.photonlab.training.nn;

/** A trainable tensor: its values and the gradient accumulated by backward passes (same length). */
public final class Param {
    private final String name;
    private final double[] value;
    private final double[] grad;

    public Param(String name, int size) {
        this.name = name;
        this.value = new double[size];
        this.grad = new double[size];
    }

    public String name() {
        return name;
    }

    /** The live values. */
    public double[] value() {
        return value;
    }

    /** The live gradient accumulator. */
    public double[] grad() {
        return grad;
    }

    public void zeroGrad() {
        java.util.Arrays.fill(grad, 0);
    }
}
