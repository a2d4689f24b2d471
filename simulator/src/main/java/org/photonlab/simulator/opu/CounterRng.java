package org.photonlab.simulator.opu;

/**
 * Counter-based random numbers: every value is a pure function of a key (seed, row, column, frame, ...), so any
 * block of a random matrix or any camera frame can be regenerated in any order, on any thread, and the result never
 * depends on how work is split. The mixer is SplitMix64's finaliser (Steele, Lea, Flood 2014), which passes BigCrush
 * when fed a counter.
 *
 * <p>Why not {@link java.util.SplittableRandom} or another JDK generator: a sequential stream would fix the order in
 * which matrix blocks and frames are drawn, so the blocked kernel could neither regenerate a block of R on demand
 * (the 10,000 → 100,000 case never stores its 8 GB matrix) nor split work across threads without changing the
 * numbers; a keyed hash costs about 2 ns per complex entry (docs/opu-dfa.md, performance) and every seeded figure
 * is then independent of thread count and call order.
 *
 * <p>Normal deviates come from a 2¹⁶-entry inverse-CDF table with linear interpolation between entries: one hash
 * and two loads per deviate instead of a logarithm and a square root. The table is truncated at ±4.3σ (probability
 * 1.7·10⁻⁵) and rescaled so the sampler has unit variance.
 */
public final class CounterRng {
    private static final int TABLE_BITS = 16;
    private static final int TABLE_SIZE = 1 << TABLE_BITS;
    /** Inverse normal CDF at the cell midpoints, plus one guard entry for interpolation. */
    private static final float[] NORMAL = buildTable();

    private CounterRng() {
    }

    /** SplitMix64 finaliser: a bijective 64-bit mixer. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Hash of a seed and two counters. */
    public static long hash(long seed, long a, long b) {
        return mix(mix(seed + a * 0x9E3779B97F4A7C15L) + b * 0xC2B2AE3D27D4EB4FL);
    }

    /** A standard normal deviate from the top 32 bits of {@code bits}. */
    public static float normalHi(long bits) {
        int idx = (int) (bits >>> 48);
        float frac = ((bits >>> 32) & 0xFFFF) * (1f / 65536f);
        float a = NORMAL[idx];
        return a + frac * (NORMAL[idx + 1] - a);
    }

    /** A standard normal deviate from the low 32 bits of {@code bits}. */
    public static float normalLo(long bits) {
        int idx = (int) ((bits >>> 16) & 0xFFFF);
        float frac = (bits & 0xFFFF) * (1f / 65536f);
        float a = NORMAL[idx];
        return a + frac * (NORMAL[idx + 1] - a);
    }

    /** A uniform deviate in [0, 1) from the top 53 bits. */
    public static double uniform(long bits) {
        return (bits >>> 11) * 0x1.0p-53;
    }

    private static float[] buildTable() {
        double[] t = new double[TABLE_SIZE + 1];
        for (int i = 0; i < TABLE_SIZE; i++) {
            t[i] = inverseNormalCdf((i + 0.5) / TABLE_SIZE);
        }
        t[TABLE_SIZE] = t[TABLE_SIZE - 1];
        // Variance of the interpolated sampler: the mean of ∫ over each cell of (a + f (b − a))² df.
        double var = 0;
        for (int i = 0; i < TABLE_SIZE; i++) {
            double a = t[i];
            double b = t[i + 1];
            var += (a * a + a * b + b * b) / 3.0;
        }
        var /= TABLE_SIZE;
        double scale = 1.0 / Math.sqrt(var);
        float[] out = new float[TABLE_SIZE + 1];
        for (int i = 0; i <= TABLE_SIZE; i++) {
            out[i] = (float) (t[i] * scale);
        }
        return out;
    }

    /** Acklam's rational approximation of the inverse normal CDF, relative error below 1.2·10⁻⁹. */
    static double inverseNormalCdf(double p) {
        final double[] a = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
            1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
        final double[] b = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
            6.680131188771972e+01, -1.328068155288572e+01};
        final double[] c = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
            -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
        final double[] d = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
            3.754408661907416e+00};
        double pLow = 0.02425;
        if (p < pLow) {
            double q = Math.sqrt(-2 * Math.log(p));
            return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                    / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        if (p > 1 - pLow) {
            double q = Math.sqrt(-2 * Math.log(1 - p));
            return -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                    / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        double q = p - 0.5;
        double r = q * q;
        return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
                / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    }
}
