package org.photonlab.simulator.opu;

/**
 * The scattering medium's complex transmission matrix, never stored: entry {@code (row, col)} is a circular complex
 * Gaussian generated from {@code (seed, rowKey, colKey)} by {@link CounterRng}, so any block can be regenerated on
 * demand and results do not depend on block sizes, batch sizes or threads.
 *
 * <p>Slow drift (speckle decorrelation) mixes the matrix with a second independent one:
 * {@code T(θ) = cos θ · T₀ + sin θ · T₁}, which keeps every entry CN(0, σ²) and gives a correlation of {@code cos θ}
 * with the initial matrix.
 */
public final class TransmissionMatrix {
    private static final float HALF_SQRT = (float) Math.sqrt(0.5);
    private final long seed;
    private final long driftSeed;

    public TransmissionMatrix(long seed) {
        this.seed = CounterRng.mix(seed ^ 0x5DEECE66DL);
        this.driftSeed = CounterRng.mix(seed ^ 0x2545F4914F6CDD1DL);
    }

    /**
     * Fills {@code re[(r − r0)·ld + (c − c0)]}, {@code im[...]} for rows {@code r0..r1−1} and columns
     * {@code c0..c1−1} with {@code rowScale[r] · CN(0, 1)} (so {@code E|T|² = rowScale[r]²}) at drift angle θ
     * ({@code cosT = cos θ}, {@code sinT = sin θ}; pass 1, 0 for no drift). Modified: {@code re}, {@code im}.
     */
    public void fill(long[] rowKeys, float[] rowScale, int r0, int r1, long[] colKeys, int c0, int c1,
                     float cosT, float sinT, float[] re, float[] im, int ld) {
        boolean drift = sinT != 0f;
        for (int r = r0; r < r1; r++) {
            long rk = CounterRng.mix(seed + rowKeys[r] * 0x9E3779B97F4A7C15L);
            long rkDrift = drift ? CounterRng.mix(driftSeed + rowKeys[r] * 0x9E3779B97F4A7C15L) : 0;
            float s = rowScale[r] * HALF_SQRT;
            int base = (r - r0) * ld - c0;
            for (int c = c0; c < c1; c++) {
                long h = CounterRng.mix(rk + colKeys[c] * 0xC2B2AE3D27D4EB4FL);
                float gr = CounterRng.normalHi(h);
                float gi = CounterRng.normalLo(h);
                if (drift) {
                    long h1 = CounterRng.mix(rkDrift + colKeys[c] * 0xC2B2AE3D27D4EB4FL);
                    gr = cosT * gr + sinT * CounterRng.normalHi(h1);
                    gi = cosT * gi + sinT * CounterRng.normalLo(h1);
                }
                re[base + c] = s * gr;
                im[base + c] = s * gi;
            }
        }
    }

    /**
     * Row-array variant of {@link #fill(long[], float[], int, int, long[], int, int, float, float, float[], float[],
     * int)}: fills {@code re[r − r0][c − c0]} and {@code im[r − r0][c − c0]}. Modified: {@code re}, {@code im}.
     */
    public void fill(long[] rowKeys, float[] rowScale, int r0, int r1, long[] colKeys, int c0, int c1,
                     float cosT, float sinT, float[][] re, float[][] im) {
        int w = c1 - c0;
        float[] bufRe = new float[w];
        float[] bufIm = new float[w];
        for (int r = r0; r < r1; r++) {
            fill(rowKeys, rowScale, r, r + 1, colKeys, c0, c1, cosT, sinT, bufRe, bufIm, w);
            System.arraycopy(bufRe, 0, re[r - r0], 0, w);
            System.arraycopy(bufIm, 0, im[r - r0], 0, w);
        }
    }
}
