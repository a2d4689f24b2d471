package org.photonlab.training.dfa;

import org.photonlab.hal.LabException;

/**
 * Feature vectors and labels for DFA training, row-major, with the value that counts as background (inputs equal to
 * it are skipped by the sparse first layer; any value is exact, a frequent one is fast).
 *
 * @param name     data set name for run records
 * @param x        {@code size × dim} features (not copied; do not modify)
 * @param y        labels in {@code 0..classes−1}
 * @param dim      features per sample
 * @param classes  number of classes
 * @param offset   background value
 */
public record LabeledData(String name, float[] x, int[] y, int dim, int classes, float offset) {
    public LabeledData {
        if (dim < 1 || classes < 2) {
            throw new LabException("data set '" + name + "' needs ≥ 1 feature and ≥ 2 classes");
        }
        if (x.length != (long) y.length * dim) {
            throw new LabException("data set '" + name + "': " + x.length + " features for " + y.length
                    + " labels of dim " + dim);
        }
        for (int label : y) {
            if (label < 0 || label >= classes) {
                throw new LabException("data set '" + name + "': label " + label + " outside 0.." + (classes - 1));
            }
        }
    }

    public int size() {
        return y.length;
    }

    /** Rows {@code from..to−1} as a new data set. */
    public LabeledData slice(String newName, int from, int to) {
        if (from < 0 || to > size() || from >= to) {
            throw new LabException("slice [" + from + ", " + to + ") outside data set '" + name + "' of " + size());
        }
        return new LabeledData(newName, java.util.Arrays.copyOfRange(x, from * dim, to * dim),
                java.util.Arrays.copyOfRange(y, from, to), dim, classes, offset);
    }
}
