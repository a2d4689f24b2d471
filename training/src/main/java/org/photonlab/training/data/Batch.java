package org.photonlab.training.data;

/**
 * A mini-batch: {@code size()} samples of {@code dim()} features (row-major floats) and their labels.
 *
 * <p>A batch is a reusable buffer: {@link #fill} overwrites its contents and increments {@link #version()}, so that a
 * consumer caching results per batch can tell "the same batch" (same object, same version) from a refilled one.
 * Arrays returned by {@link #features()} and {@link #labels()} are the live buffers: read them, do not modify them.
 */
public final class Batch {
    private final float[] features;
    private final int[] labels;
    private final int dim;
    private final int[] shape;
    private int size;
    private long version;

    /** An empty batch able to hold up to {@code capacity} samples of the given per-sample shape. */
    public Batch(int capacity, int[] shape) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive, got " + capacity);
        }
        int d = 1;
        for (int s : shape) {
            d *= s;
        }
        this.dim = d;
        this.shape = shape.clone();
        this.features = new float[capacity * d];
        this.labels = new int[capacity];
    }

    /** A batch holding the samples {@code indices[from .. from+count)} of {@code data}. */
    public static Batch of(Dataset data, int[] indices, int from, int count) {
        Batch b = new Batch(Math.max(1, count), data.shape());
        b.fill(data, indices, from, count);
        return b;
    }

    /** A batch holding samples {@code from .. from+count-1} of {@code data}, in order. */
    public static Batch range(Dataset data, int from, int count) {
        Batch b = new Batch(Math.max(1, count), data.shape());
        for (int r = 0; r < count; r++) {
            data.copyFeatures(from + r, b.features, r * b.dim);
            b.labels[r] = data.label(from + r);
        }
        b.size = count;
        b.version++;
        return b;
    }

    /**
     * Overwrites this batch with samples {@code indices[from .. from+count)} of {@code data} and increments the
     * version. Not modified: {@code data}, {@code indices}.
     */
    public void fill(Dataset data, int[] indices, int from, int count) {
        if (data.dim() != dim) {
            throw new IllegalArgumentException("batch holds samples of " + dim + " features, data set '"
                    + data.name() + "' has " + data.dim());
        }
        if (count > labels.length || count < 0) {
            throw new IllegalArgumentException("batch capacity " + labels.length + ", asked for " + count);
        }
        for (int r = 0; r < count; r++) {
            int i = indices[from + r];
            data.copyFeatures(i, features, r * dim);
            labels[r] = data.label(i);
        }
        size = count;
        version++;
    }

    /** Number of samples currently held. */
    public int size() {
        return size;
    }

    public int capacity() {
        return labels.length;
    }

    public int dim() {
        return dim;
    }

    /** Per-sample shape (a copy). */
    public int[] shape() {
        return shape.clone();
    }

    /** The live feature buffer; the first {@code size()·dim()} entries are valid. Do not modify. */
    public float[] features() {
        return features;
    }

    /** The live label buffer; the first {@code size()} entries are valid. Do not modify. */
    public int[] labels() {
        return labels;
    }

    /** The held samples' features as a new size × dim array (a convenience that allocates). */
    public double[][] x() {
        double[][] out = new double[size][dim];
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < dim; j++) {
                out[i][j] = features[i * dim + j];
            }
        }
        return out;
    }

    /** The held labels (a copy of the first size() entries). */
    public int[] y() {
        return java.util.Arrays.copyOf(labels, size);
    }

    /** Incremented by every {@link #fill}; with object identity it names the contents. */
    public long version() {
        return version;
    }
}
