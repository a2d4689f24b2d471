package org.photonlab.simulator.opu;

import java.util.stream.IntStream;

/**
 * Computes the complex field {@code E = Σ_{r ∈ lit} T[r, :]} for a batch of binary frames. Inputs are binary, so
 * {@code xT} is a sum of selected rows: additions only, no multiplications. The work is blocked over columns (one
 * independent task per block, so threads never share output) and over rows (a generated block of {@code T} stays in
 * cache while every sample adds its lit rows from it). Each output sums its rows in ascending order, so the result is
 * bit-identical whatever the batch size, the block sizes or the number of threads.
 *
 * <p>Not thread-safe itself (one caller at a time); it uses the common fork-join pool internally when parallel.
 *
 * <p>For small matrices ({@code rows × cols ≤ cacheLimit}) the whole matrix is generated once and kept.
 */
public final class FieldKernel {
    private static final int COL_BLOCK = 128;
    private static final int ROW_BLOCK = 256;

    private final TransmissionMatrix matrix;
    private final long[] rowKeys;
    private final float[] rowScale;
    private final long[] colKeys;
    private final int rows;
    private final int cols;
    private final boolean cacheable;
    private final boolean parallel;
    private float cosT = 1f;
    private float sinT = 0f;
    private float[] cacheRe;
    private float[] cacheIm;

    public FieldKernel(TransmissionMatrix matrix, long[] rowKeys, float[] rowScale, long[] colKeys, long cacheLimit,
                boolean parallel) {
        this.matrix = matrix;
        this.rowKeys = rowKeys;
        this.rowScale = rowScale;
        this.colKeys = colKeys;
        this.rows = rowKeys.length;
        this.cols = colKeys.length;
        this.cacheable = (long) rows * cols <= cacheLimit;
        this.parallel = parallel;
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    /** Sets the drift angle θ of the medium; drops the cached matrix if it changed. */
    void drift(double theta) {
        float c = (float) Math.cos(theta);
        float s = (float) Math.sin(theta);
        if (c != cosT || s != sinT) {
            cosT = c;
            sinT = s;
            cacheRe = null;
            cacheIm = null;
        }
    }

    /**
     * @param lit lit row indices of each sample, ascending (not modified)
     * @param re  {@code lit.length × cols} real parts (modified)
     * @param im  imaginary parts (modified)
     */
    public void field(int[][] lit, float[] re, float[] im) {
        if (cacheable && cacheRe == null) {
            buildCache();
        }
        int blocks = (cols + COL_BLOCK - 1) / COL_BLOCK;
        IntStream range = IntStream.range(0, blocks);
        (parallel && blocks > 1 ? range.parallel() : range).forEach(b -> columnBlock(b, lit, re, im));
    }

    private void buildCache() {
        float[] cr = new float[rows * cols];
        float[] ci = new float[rows * cols];
        int chunks = (rows + ROW_BLOCK - 1) / ROW_BLOCK;
        IntStream range = IntStream.range(0, chunks);
        (parallel ? range.parallel() : range).forEach(k -> {
            int r0 = k * ROW_BLOCK;
            int r1 = Math.min(rows, r0 + ROW_BLOCK);
            float[] br = new float[(r1 - r0) * cols];
            float[] bi = new float[(r1 - r0) * cols];
            matrix.fill(rowKeys, rowScale, r0, r1, colKeys, 0, cols, cosT, sinT, br, bi, cols);
            System.arraycopy(br, 0, cr, r0 * cols, br.length);
            System.arraycopy(bi, 0, ci, r0 * cols, bi.length);
        });
        cacheRe = cr;
        cacheIm = ci;
    }

    private void columnBlock(int block, int[][] lit, float[] re, float[] im) {
        int c0 = block * COL_BLOCK;
        int c1 = Math.min(cols, c0 + COL_BLOCK);
        int w = c1 - c0;
        int n = lit.length;
        float[] accRe = new float[n * w];
        float[] accIm = new float[n * w];
        if (cacheRe != null) {
            for (int s = 0; s < n; s++) {
                int[] l = lit[s];
                int o = s * w;
                for (int r : l) {
                    addRow(cacheRe, cacheIm, r * cols + c0, accRe, accIm, o, w);
                }
            }
        } else {
            float[] tRe = new float[ROW_BLOCK * w];
            float[] tIm = new float[ROW_BLOCK * w];
            int[] cursor = new int[n];
            for (int r0 = 0; r0 < rows; r0 += ROW_BLOCK) {
                int r1 = Math.min(rows, r0 + ROW_BLOCK);
                if (!anyLitIn(lit, cursor, r1)) {
                    continue;
                }
                matrix.fill(rowKeys, rowScale, r0, r1, colKeys, c0, c1, cosT, sinT, tRe, tIm, w);
                for (int s = 0; s < n; s++) {
                    int[] l = lit[s];
                    int k = cursor[s];
                    int o = s * w;
                    while (k < l.length && l[k] < r1) {
                        addRow(tRe, tIm, (l[k] - r0) * w, accRe, accIm, o, w);
                        k++;
                    }
                    cursor[s] = k;
                }
            }
        }
        for (int s = 0; s < n; s++) {
            System.arraycopy(accRe, s * w, re, s * cols + c0, w);
            System.arraycopy(accIm, s * w, im, s * cols + c0, w);
        }
    }

    private static boolean anyLitIn(int[][] lit, int[] cursor, int r1) {
        for (int s = 0; s < lit.length; s++) {
            if (cursor[s] < lit[s].length && lit[s][cursor[s]] < r1) {
                return true;
            }
        }
        return false;
    }

    private static void addRow(float[] tRe, float[] tIm, int t, float[] accRe, float[] accIm, int o, int w) {
        for (int j = 0; j < w; j++) {
            accRe[o + j] += tRe[t + j];
        }
        for (int j = 0; j < w; j++) {
            accIm[o + j] += tIm[t + j];
        }
    }
}
