package org.photonlab.training.nn;

import java.util.Arrays;
import org.photonlab.hal.LabException;

/**
 * What network to build: {@code kind} "cnn-s" (input {1, 16, 16}, 10 classes) or "mlp" (any input shape, one hidden
 * layer of {@code hidden} units), plus the input shape and class count.
 */
public record ModelSpec(String kind, int[] inputShape, int classes, int hidden) {
    public static final String CNN_S = "cnn-s";
    public static final String MLP = "mlp";
    /** Default hidden width of the MLP. */
    public static final int DEFAULT_HIDDEN = 16;

    public ModelSpec {
        inputShape = inputShape.clone();
        if (!kind.equals(CNN_S) && !kind.equals(MLP)) {
            throw new LabException("unknown model '" + kind + "'; expected one of cnn-s, mlp");
        }
        if (kind.equals(CNN_S) && (!Arrays.equals(inputShape, new int[] {1, 16, 16}) || classes != 10)) {
            throw new LabException("model cnn-s needs 1×16×16 inputs in 10 classes (dataset mnist16), got "
                    + Arrays.toString(inputShape) + " in " + classes);
        }
    }

    public static ModelSpec cnnS() {
        return new ModelSpec(CNN_S, new int[] {1, 16, 16}, 10, 0);
    }

    public static ModelSpec mlp(int[] inputShape, int classes, int hidden) {
        return new ModelSpec(MLP, inputShape, classes, hidden);
    }

    /**
     * The model called {@code name} ("cnn-s" or "mlp" with {@link #DEFAULT_HIDDEN} hidden units) for samples shaped
     * like {@code data}'s.
     *
     * @throws LabException for an unknown name, or cnn-s on data that is not 1×16×16
     */
    public static ModelSpec byName(String name, org.photonlab.training.data.Dataset data) {
        String n = name == null ? "" : name;
        return switch (n) {
            case CNN_S -> new ModelSpec(CNN_S, data.shape(), data.classes(), 0);
            case MLP -> mlp(data.shape(), data.classes(), DEFAULT_HIDDEN);
            default -> throw new LabException("unknown model '" + n + "'; expected one of cnn-s, mlp");
        };
    }

    @Override
    public int[] inputShape() {
        return inputShape.clone();
    }

    public int inputSize() {
        int d = 1;
        for (int s : inputShape) {
            d *= s;
        }
        return d;
    }

    /** A stable text form, used in cache keys. */
    public String describe() {
        return kind + Arrays.toString(inputShape) + "→" + classes + (kind.equals(MLP) ? " hidden " + hidden : "");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModelSpec m && m.kind.equals(kind) && Arrays.equals(m.inputShape, inputShape)
                && m.classes == classes && m.hidden == hidden;
    }

    @Override
    public int hashCode() {
        return describe().hashCode();
    }
}
