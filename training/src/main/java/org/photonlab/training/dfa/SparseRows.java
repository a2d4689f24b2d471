package org.photonlab.training.dfa;

/**
 * A batch of input rows stored as offsets from a constant background value: row {@code i} is
 * {@code offset + Σ_t value(i)[t] · e_{index(i)[t]}}. MNIST after normalisation is 81 % background pixels, so the
 * first layer touches a fifth of its weights per sample; the constant part is one column sum per batch. Exact for
 * any data: entries equal to the offset are simply skipped. Reused between batches.
 */
final class SparseRows {
    private final int dim;
    private final float offset;
    private int size;
    private int[][] index = new int[0][];
    private float[][] value = new float[0][];
    private int[] buf;

    SparseRows(int dim, float offset) {
        this.dim = dim;
        this.offset = offset;
        this.buf = new int[dim];
    }

    /** Fills from rows {@code rows[from..from+n)} of the dense matrix {@code x} (not modified). */
    void fill(float[] x, int[] rows, int from, int n) {
        if (index.length < n) {
            index = new int[n][];
            value = new float[n][];
        }
        size = n;
        for (int i = 0; i < n; i++) {
            int base = rows[from + i] * dim;
            int c = 0;
            for (int k = 0; k < dim; k++) {
                if (x[base + k] != offset) {
                    buf[c++] = k;
                }
            }
            int[] idx = new int[c];
            float[] val = new float[c];
            for (int t = 0; t < c; t++) {
                idx[t] = buf[t];
                val[t] = x[base + buf[t]] - offset;
            }
            index[i] = idx;
            value[i] = val;
        }
    }

    int size() {
        return size;
    }

    int dim() {
        return dim;
    }

    float offset() {
        return offset;
    }

    int[] index(int i) {
        return index[i];
    }

    float[] value(int i) {
        return value[i];
    }

    /** Row {@code i} as a dense vector into {@code out[off..off+dim)}. Modified: {@code out}. */
    void dense(int i, float[] out, int off) {
        java.util.Arrays.fill(out, off, off + dim, offset);
        int[] idx = index[i];
        float[] val = value[i];
        for (int t = 0; t < idx.length; t++) {
            out[off + idx[t]] = offset + val[t];
        }
    }
}
