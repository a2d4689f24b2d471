package org.photonlab.training.data;

import java.util.Arrays;
import java.util.Objects;

/**
 * An immutable labelled data set: {@code size()} samples of {@code dim()} float features each, stored row-major,
 * with integer class labels in [0, {@link #classes()}).
 *
 * <p>{@link #shape()} is the per-sample tensor shape the features are flattened from, e.g. {1, 16, 16}
 * (channels, height, width) for images or {4} for tabular data; its product equals {@link #dim()}.
 *
 * <p>{@link #background()} is the feature value that counts as "nothing here" (0 unless the data set says
 * otherwise; MNIST after normalisation has −0.4242 on 81 % of its pixels); sparse first layers skip it.
 */
public final class Dataset {
    private final String name;
    private final float[] features;
    private final int[] labels;
    private final int[] shape;
    private final int dim;
    private final int classes;
    private final float background;

    /** A data set whose background value is 0; see {@link #Dataset(String, float[], int[], int[], int, float)}. */
    public Dataset(String name, float[] features, int[] labels, int[] shape, int classes) {
        this(name, features, labels, shape, classes, 0f);
    }

    /**
     * @param features row-major {@code labels.length × dim} features (copied)
     * @param labels   class of each sample (copied)
     * @param shape    per-sample shape, product = dim (copied)
     * @param classes  number of classes; every label must lie in [0, classes)
     * @param background the feature value that counts as background (any value is exact, a frequent one is fast)
     */
    public Dataset(String name, float[] features, int[] labels, int[] shape, int classes, float background) {
        this.name = Objects.requireNonNull(name, "name");
        this.shape = shape.clone();
        int d = 1;
        for (int s : shape) {
            if (s <= 0) {
                throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " has a non-positive extent");
            }
            d *= s;
        }
        this.dim = d;
        if (features.length != (long) labels.length * d) {
            throw new IllegalArgumentException(name + ": " + features.length + " features for " + labels.length
                    + " samples of dimension " + d);
        }
        for (int y : labels) {
            if (y < 0 || y >= classes) {
                throw new IllegalArgumentException(name + ": label " + y + " outside [0, " + classes + ")");
            }
        }
        this.features = features.clone();
        this.labels = labels.clone();
        this.classes = classes;
        this.background = background;
    }

    /**
     * A data set of one-dimensional samples {@code x[i]} (all of one length, copied) with labels {@code y}; named
     * "data", with max(y) + 1 classes.
     */
    public Dataset(double[][] x, int[] y) {
        this("data", flatten(x), y, new int[] {x.length == 0 ? 1 : x[0].length}, maxPlusOne(y));
    }

    private static float[] flatten(double[][] x) {
        int d = x.length == 0 ? 1 : x[0].length;
        float[] f = new float[x.length * d];
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != d) {
                throw new IllegalArgumentException("sample " + i + " has " + x[i].length + " features, expected " + d);
            }
            for (int j = 0; j < d; j++) {
                f[i * d + j] = (float) x[i][j];
            }
        }
        return f;
    }

    private static int maxPlusOne(int[] y) {
        int m = 0;
        for (int v : y) {
            m = Math.max(m, v + 1);
        }
        return m;
    }

    public String name() {
        return name;
    }

    /** Number of samples. */
    public int size() {
        return labels.length;
    }

    /** Features per sample. */
    public int dim() {
        return dim;
    }

    /** Per-sample shape (a copy). */
    public int[] shape() {
        return shape.clone();
    }

    public int classes() {
        return classes;
    }

    /** The feature value that counts as background (see the class comment). */
    public float background() {
        return background;
    }

    /** Label of sample {@code i}. */
    public int label(int i) {
        return labels[i];
    }

    /** Feature {@code j} of sample {@code i}. */
    public float feature(int i, int j) {
        return features[i * dim + j];
    }

    /** Copies the features of sample {@code i} into {@code dst[off .. off+dim)}. */
    public void copyFeatures(int i, float[] dst, int off) {
        System.arraycopy(features, i * dim, dst, off, dim);
    }

    /** All labels (a copy). */
    public int[] labels() {
        return labels.clone();
    }

    /** Every sample's features as a new n × dim array (a convenience that allocates). */
    public double[][] x() {
        double[][] out = new double[size()][dim];
        for (int i = 0; i < out.length; i++) {
            for (int j = 0; j < dim; j++) {
                out[i][j] = features[i * dim + j];
            }
        }
        return out;
    }

    /** All labels (a copy); same as {@link #labels()}. */
    public int[] y() {
        return labels();
    }

    /** A new batch holding the samples at {@code indices}, in that order (not modified). */
    public Batch batch(int[] indices) {
        return Batch.of(this, indices, 0, indices.length);
    }

    /** Number of samples of each class. */
    public int[] classCounts() {
        int[] c = new int[classes];
        for (int y : labels) {
            c[y]++;
        }
        return c;
    }

    /** The samples at {@code indices}, in that order, as a new data set named {@code newName}. */
    public Dataset subset(String newName, int[] indices) {
        float[] f = new float[indices.length * dim];
        int[] l = new int[indices.length];
        for (int r = 0; r < indices.length; r++) {
            copyFeatures(indices[r], f, r * dim);
            l[r] = labels[indices[r]];
        }
        return new Dataset(newName, f, l, shape, classes, background);
    }

    /**
     * A content hash of features, labels and shape (FNV-1a over the raw bits), used to tell whether a cached model
     * was trained on this exact data.
     */
    public long contentHash() {
        long h = 0xcbf29ce484222325L;
        for (int s : shape) {
            h = (h ^ s) * 0x100000001b3L;
        }
        for (float v : features) {
            h = (h ^ Float.floatToIntBits(v)) * 0x100000001b3L;
        }
        for (int y : labels) {
            h = (h ^ y) * 0x100000001b3L;
        }
        return h;
    }

    @Override
    public String toString() {
        return "Dataset[" + name + ", " + size() + " × " + Arrays.toString(shape) + ", " + classes + " classes]";
    }
}
