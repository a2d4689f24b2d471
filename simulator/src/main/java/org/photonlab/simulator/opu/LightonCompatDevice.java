package org.photonlab.simulator.opu;

import org.photonlab.hal.LabException;
import org.photonlab.hal.projection.BinaryBatch;

/**
 * lightonml's {@code SimulatedOpuDevice} semantics, for side-by-side comparison: entries of {@code R} have real and
 * imaginary parts N(0, 1/n) (so {@code E|R_ij|² = 2/n} and {@code E[y] = 2k/n} for k ones), the output is float32
 * with no noise, quantisation, saturation, ROI geometry or timing; {@code transform} gives {@code |xR|²},
 * {@code linearTransform} gives {@code Re(xR)}. Vectors with fewer features than {@code n} use the first rows, as
 * lightonml does. Matrices of up to {@value #CACHE_LIMIT} entries are kept after the first call, as lightonml keeps
 * its matrix; larger ones are regenerated block by block on every call, never stored. The matrix comes from our
 * counter-based generator, not numpy's {@code RandomState}, so values
 * differ from lightonml's for the same seed; statistics and cost do not. Not thread-safe.
 */
public final class LightonCompatDevice {
    private final int features;
    private final int components;
    private final FieldKernel kernel;
    /** From this many rows on, subset tables beat row-by-row sums for batches of tens of vectors. */
    static final int SUBSET_TABLE_ROWS = 64;
    /** Matrices up to this many entries are generated once and kept. */
    static final long CACHE_LIMIT = 4_000_000L;

    /**
     * @param features   n, rows of R
     * @param components m, columns of R
     * @param seed       matrix seed
     * @param parallel   use the common fork-join pool
     */
    public LightonCompatDevice(int features, int components, long seed, boolean parallel) {
        if (features < 1 || components < 1) {
            throw new LabException("compat device needs ≥ 1 feature and component, got " + features + " × "
                    + components);
        }
        this.features = features;
        this.components = components;
        long[] rowKeys = new long[features];
        float[] scale = new float[features];
        float s = (float) Math.sqrt(2.0 / features);
        for (int i = 0; i < features; i++) {
            rowKeys[i] = i;
            scale[i] = s;
        }
        long[] colKeys = new long[components];
        for (int j = 0; j < components; j++) {
            colKeys[j] = j;
        }
        // like lightonml, small matrices are kept (up to 4 M entries, 32 MB); larger ones are regenerated per call
        this.kernel = new FieldKernel(new TransmissionMatrix(seed), rowKeys, scale, colKeys, CACHE_LIMIT, parallel,
                features >= SUBSET_TABLE_ROWS);
    }

    public int features() {
        return features;
    }

    public int components() {
        return components;
    }

    /** {@code |xR|²}, {@code batch × components}, row-major. */
    public float[] transform(BinaryBatch x) {
        float[] re = new float[x.size() * components];
        float[] im = new float[re.length];
        field(x, re, im);
        for (int i = 0; i < re.length; i++) {
            re[i] = re[i] * re[i] + im[i] * im[i];
        }
        return re;
    }

    /** {@code Re(xR)}, {@code batch × components}, row-major. */
    public float[] linearTransform(BinaryBatch x) {
        float[] re = new float[x.size() * components];
        field(x, re, new float[re.length]);
        return re;
    }

    private void field(BinaryBatch x, float[] re, float[] im) {
        if (x.features() > features) {
            throw new LabException("compat device has " + features + " rows, got vectors of " + x.features());
        }
        int[][] lit = new int[x.size()][];
        for (int i = 0; i < lit.length; i++) {
            lit[i] = x.onesOf(i);
        }
        kernel.field(lit, re, im);
    }
}
