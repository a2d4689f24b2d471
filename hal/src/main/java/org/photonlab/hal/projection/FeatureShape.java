package org.photonlab.hal.projection;

import org.photonlab.hal.LabException;

/**
 * The shape of one input vector and how it maps onto the input device.
 *
 * @param rows    feature rows (1 for 1-D features), ≥ 1
 * @param cols    feature columns (the number of features for 1-D features), ≥ 1
 * @param mapping {@link FeatureMapping#LINED} for 1-D features, {@link FeatureMapping#MACRO_2D} for 2-D
 */
public record FeatureShape(int rows, int cols, FeatureMapping mapping) {
    public FeatureShape {
        if (rows < 1 || cols < 1) {
            throw new LabException("feature shape must be at least 1 × 1, got " + rows + " × " + cols);
        }
        if (mapping == null) {
            throw new LabException("feature mapping must be given");
        }
        if (mapping == FeatureMapping.LINED && rows != 1) {
            throw new LabException("LINED mapping takes 1-D features (rows = 1), got " + rows + " rows");
        }
    }

    /** {@code n} 1-D features in the lined format. */
    public static FeatureShape lined(int n) {
        return new FeatureShape(1, n, FeatureMapping.LINED);
    }

    /** {@code rows × cols} 2-D features in the macro format. */
    public static FeatureShape macro(int rows, int cols) {
        return new FeatureShape(rows, cols, FeatureMapping.MACRO_2D);
    }

    /** Number of features per vector. */
    public int count() {
        return rows * cols;
    }
}
