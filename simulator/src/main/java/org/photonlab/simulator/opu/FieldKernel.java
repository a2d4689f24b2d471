package org.photonlab.simulator.opu;

import java.util.stream.IntStream;

/**
 * Computes the complex field {@code E = Σ_{r ∈ lit} T[r, :]} for a batch of binary frames. Inputs are binary, so
 * {@code xT} is a sum of selected rows: additions only, no multiplications. The work is blocked over columns (one
 * independent task per block, so threads never share output) and over rows (a generated block of {@code T} stays in
 * cache while every sample adds its lit rows from it). Each output sums its rows in ascending order, so the result is
 * bit-identical whatever the batch size, the block sizes or the number of threads.
 *
 * <p>All inner loops run over row arrays from index 0 ({@code acc[j] += row[j]}): HotSpot vectorises those, not
 * loops over one flat array at varying offsets.
 *
 * <p>Not thread-safe itself (one caller at a time); it uses the common fork-join pool internally when parallel.
 *
 * <p>For small matrices ({@code rows × cols ≤ cacheLimit}) the whole matrix is generated once and kept.
 *
 * <p>With {@code subsetTables} (the "method of four Russians") each group of 8 rows is first turned into the table
 * of its 256 subset sums (255 row additions, Gray-code order); each sample then adds one table row per group instead
 * of one row per lit row. That is about 3× fewer additions for large batches (1,000 samples at density 1/2) and
 * more for a single sample, so the owner decides it from the matrix shape only: a given device configuration always
 * sums the same way, and results stay independent of batching. The two methods agree to float rounding.
 */
public final class FieldKernel {
    private static final int COL_BLOCK = 128;
    private static final int ROW_BLOCK = 256;
    /** Columns per task with subset tables: FUSED tables and a 1,000-sample batch's accumulators fit in L2. */
    private static final int TABLE_BLOCK = 64;
    /** Groups of 8 rows whose tables are added in one pass. */
    private static final int FUSED = 4;

    private final TransmissionMatrix matrix;
    private final long[] rowKeys;
    private final float[] rowScale;
    private final long[] colKeys;
    private final int rows;
    private final int cols;
    private final boolean cacheable;
    private final boolean parallel;
    private final boolean tables;
    private float cosT = 1f;
    private float sinT = 0f;
    private float[][] cacheRe;
    private float[][] cacheIm;

    public FieldKernel(TransmissionMatrix matrix, long[] rowKeys, float[] rowScale, long[] colKeys, long cacheLimit,
                       boolean parallel) {
        this(matrix, rowKeys, rowScale, colKeys, cacheLimit, parallel, false);
    }

    /**
     * @param rowKeys      generator key of each row (not modified, kept)
     * @param rowScale     entry standard deviation |T| of each row
     * @param colKeys      generator key of each column
     * @param cacheLimit   keep the whole matrix when rows × cols ≤ this
     * @param parallel     split column blocks over the common fork-join pool
     * @param subsetTables sum through 8-row subset tables (see the class comment)
     */
    public FieldKernel(TransmissionMatrix matrix, long[] rowKeys, float[] rowScale, long[] colKeys, long cacheLimit,
                       boolean parallel, boolean subsetTables) {
        this.tables = subsetTables;
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
     * @param re  {@code lit.length × cols} real parts, row-major (modified)
     * @param im  imaginary parts (modified)
     */
    public void field(int[][] lit, float[] re, float[] im) {
        if (cacheable && cacheRe == null) {
            buildCache();
        }
        if (tables) {
            byte[][] codes = codes(lit);
            int blocks = (cols + TABLE_BLOCK - 1) / TABLE_BLOCK;
            IntStream range = IntStream.range(0, blocks);
            (parallel && blocks > 1 ? range.parallel() : range).forEach(b -> tableBlock(b, codes, re, im));
        } else if (cacheRe != null) {
            // full-width rows straight from the cache: one task per group of samples
            int groups = (lit.length + 31) / 32;
            IntStream range = IntStream.range(0, groups);
            (parallel && groups > 1 ? range.parallel() : range).forEach(g -> cachedRows(lit, g * 32,
                    Math.min(lit.length, g * 32 + 32), re, im));
        } else {
            int blocks = (cols + COL_BLOCK - 1) / COL_BLOCK;
            IntStream range = IntStream.range(0, blocks);
            (parallel && blocks > 1 ? range.parallel() : range).forEach(b -> columnBlock(b, lit, re, im));
        }
    }

    /** Each sample's lit rows as one byte per group of 8 rows (bit k = row 8g + k). */
    private byte[][] codes(int[][] lit) {
        int groups = (rows + 7) / 8;
        byte[][] c = new byte[lit.length][groups];
        for (int s = 0; s < lit.length; s++) {
            for (int r : lit[s]) {
                c[s][r >> 3] |= (byte) (1 << (r & 7));
            }
        }
        return c;
    }

    private void tableBlock(int block, byte[][] codes, float[] re, float[] im) {
        int c0 = block * TABLE_BLOCK;
        int c1 = Math.min(cols, c0 + TABLE_BLOCK);
        int w = c1 - c0;
        int w2 = 2 * w;
        int n = codes.length;
        int groups = (rows + 7) / 8;
        // re and im interleaved, so that each table lookup is one row of 2w floats; tables of FUSED consecutive
        // groups are added to the accumulators in one pass (one store per FUSED lookups)
        float[][] acc = new float[n][w2];
        float[][][] tab = new float[FUSED][256][w2];
        float[][] rowsInt = new float[8][w2];
        float[][] tRe = new float[8][w];
        float[][] tIm = new float[8][w];
        float[][] zero = new float[256][w2];
        for (int g0 = 0; g0 < groups; g0 += FUSED) {
            for (int f = 0; f < FUSED; f++) {
                if (g0 + f < groups) {
                    buildTable(g0 + f, c0, c1, rowsInt, tRe, tIm, tab[f]);
                }
            }
            float[][] t0 = tab[0];
            float[][] t1 = g0 + 1 < groups ? tab[1] : zero;
            float[][] t2 = g0 + 2 < groups ? tab[2] : zero;
            float[][] t3 = g0 + 3 < groups ? tab[3] : zero;
            for (int s = 0; s < n; s++) {
                byte[] code = codes[s];
                float[] a = t0[code[g0] & 0xFF];
                float[] b = t1[g0 + 1 < groups ? code[g0 + 1] & 0xFF : 0];
                float[] c = t2[g0 + 2 < groups ? code[g0 + 2] & 0xFF : 0];
                float[] d = t3[g0 + 3 < groups ? code[g0 + 3] & 0xFF : 0];
                float[] as = acc[s];
                for (int j = 0; j < w2; j++) {
                    as[j] += (a[j] + b[j]) + (c[j] + d[j]);
                }
            }
        }
        for (int s = 0; s < n; s++) {
            float[] as = acc[s];
            int out = s * cols + c0;
            for (int j = 0; j < w; j++) {
                re[out + j] = as[2 * j];
                im[out + j] = as[2 * j + 1];
            }
        }
    }

    /** The 256 subset sums of the 8 rows of group {@code g}, columns c0..c1, interleaved, into {@code tab}. */
    private void buildTable(int g, int c0, int c1, float[][] rowsInt, float[][] tRe, float[][] tIm, float[][] tab) {
        int r0 = g * 8;
        int r1 = Math.min(rows, r0 + 8);
        int w = c1 - c0;
        if (cacheRe != null) {
            for (int r = r0; r < r1; r++) {
                interleave(cacheRe[r], cacheIm[r], c0, rowsInt[r - r0], w);
            }
        } else {
            matrix.fill(rowKeys, rowScale, r0, r1, colKeys, c0, c1, cosT, sinT, tRe, tIm);
            for (int r = r0; r < r1; r++) {
                interleave(tRe[r - r0], tIm[r - r0], 0, rowsInt[r - r0], w);
            }
        }
        // table[v] = table[v without its lowest bit] + row(lowest bit): one row addition per entry; entries past
        // 2^(rows in group) are never looked up
        int size = 1 << (r1 - r0);
        java.util.Arrays.fill(tab[0], 0f);
        for (int v = 1; v < size; v++) {
            float[] prev = tab[v & (v - 1)];
            float[] row = rowsInt[Integer.numberOfTrailingZeros(v)];
            float[] t = tab[v];
            for (int j = 0; j < t.length; j++) {
                t[j] = prev[j] + row[j];
            }
        }
    }

    private static void interleave(float[] re, float[] im, int from, float[] out, int w) {
        for (int j = 0; j < w; j++) {
            out[2 * j] = re[from + j];
            out[2 * j + 1] = im[from + j];
        }
    }

    private void buildCache() {
        float[][] cr = new float[rows][];
        float[][] ci = new float[rows][];
        int chunks = (rows + ROW_BLOCK - 1) / ROW_BLOCK;
        IntStream range = IntStream.range(0, chunks);
        (parallel ? range.parallel() : range).forEach(k -> {
            int r0 = k * ROW_BLOCK;
            int r1 = Math.min(rows, r0 + ROW_BLOCK);
            float[][] br = new float[r1 - r0][cols];
            float[][] bi = new float[r1 - r0][cols];
            matrix.fill(rowKeys, rowScale, r0, r1, colKeys, 0, cols, cosT, sinT, br, bi);
            for (int r = r0; r < r1; r++) {
                cr[r] = br[r - r0];
                ci[r] = bi[r - r0];
            }
        });
        cacheRe = cr;
        cacheIm = ci;
    }

    /** Samples s0..s1−1 from the cached matrix, full width: each adds its lit rows in ascending order. */
    private void cachedRows(int[][] lit, int s0, int s1, float[] re, float[] im) {
        float[] accRe = new float[cols];
        float[] accIm = new float[cols];
        for (int s = s0; s < s1; s++) {
            java.util.Arrays.fill(accRe, 0f);
            java.util.Arrays.fill(accIm, 0f);
            for (int r : lit[s]) {
                addRow(cacheRe[r], cacheIm[r], accRe, accIm);
            }
            System.arraycopy(accRe, 0, re, s * cols, cols);
            System.arraycopy(accIm, 0, im, s * cols, cols);
        }
    }

    private void columnBlock(int block, int[][] lit, float[] re, float[] im) {
        int c0 = block * COL_BLOCK;
        int c1 = Math.min(cols, c0 + COL_BLOCK);
        int w = c1 - c0;
        int n = lit.length;
        float[][] accRe = new float[n][w];
        float[][] accIm = new float[n][w];
        float[][] tRe = new float[ROW_BLOCK][w];
        float[][] tIm = new float[ROW_BLOCK][w];
        int[] cursor = new int[n];
        for (int r0 = 0; r0 < rows; r0 += ROW_BLOCK) {
            int r1 = Math.min(rows, r0 + ROW_BLOCK);
            if (!anyLitIn(lit, cursor, r1)) {
                continue;
            }
            matrix.fill(rowKeys, rowScale, r0, r1, colKeys, c0, c1, cosT, sinT, tRe, tIm);
            for (int s = 0; s < n; s++) {
                int[] l = lit[s];
                int k = cursor[s];
                while (k < l.length && l[k] < r1) {
                    addRow(tRe[l[k] - r0], tIm[l[k] - r0], accRe[s], accIm[s]);
                    k++;
                }
                cursor[s] = k;
            }
        }
        for (int s = 0; s < n; s++) {
            System.arraycopy(accRe[s], 0, re, s * cols + c0, w);
            System.arraycopy(accIm[s], 0, im, s * cols + c0, w);
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

    private static void addRow(float[] tRe, float[] tIm, float[] accRe, float[] accIm) {
        for (int j = 0; j < accRe.length; j++) {
            accRe[j] += tRe[j];
        }
        for (int j = 0; j < accIm.length; j++) {
            accIm[j] += tIm[j];
        }
    }
}
