package org.photonlab.simulator.opu;

/**
 * Turns field intensities into 8-bit counts: mean counts {@code λ = κ |E|²}, Poisson shot noise on
 * {@code λ · electronsPerCount} photo-electrons, Gaussian read noise, rounding, saturation at 255. The noise of pixel
 * {@code key} in frame {@code f} is keyed by {@code (noiseSeed, f, key)}: the same frame index gives the same noise
 * whatever the batching.
 *
 * <p>Poisson draws are exact (inversion) below 30 electrons; above, the normal approximation
 * {@code N(μ, μ)} is used (its skewness error, {@code 1/√μ}, is below 0.18 there).
 */
public final class CameraModel {
    private static final double EXACT_POISSON_LIMIT = 30.0;
    /** Below this many pixels per call, splitting frames over threads costs more than it saves. */
    private static final long PARALLEL_PIXELS = 1 << 18;
    private final PhysicsParams p;

    public CameraModel(PhysicsParams p) {
        this.p = p;
    }

    /**
     * @param re         field real parts, {@code batch × m} (not modified)
     * @param im         field imaginary parts (not modified)
     * @param kappa      counts per unit intensity at the exposure used
     * @param firstFrame device frame index of sample 0
     * @param colKeys    camera pixel keys of the m components
     * @param out        counts (modified)
     * @return number of saturated values
     */
    public long expose(float[] re, float[] im, int batch, int m, double kappa, long firstFrame, long[] colKeys,
                       byte[] out) {
        // frames are independent (noise is keyed by frame index), so large calls split them over the pool
        java.util.stream.IntStream frames = java.util.stream.IntStream.range(0, batch);
        boolean split = p.parallel() && (long) batch * m >= PARALLEL_PIXELS;
        return (split ? frames.parallel() : frames)
                .mapToLong(s -> exposeFrame(re, im, s, m, kappa, firstFrame + s, colKeys, out)).sum();
    }

    private long exposeFrame(float[] re, float[] im, int s, int m, double kappa, long frame, long[] colKeys,
                             byte[] out) {
        long saturated = 0;
        double epc = p.electronsPerCount();
        int o = s * m;
        for (int j = 0; j < m; j++) {
            float a = re[o + j];
            float b = im[o + j];
            double lambda = kappa * (a * a + b * b);
            double counts;
            if (p.noise()) {
                long h = CounterRng.hash(p.noiseSeed(), frame, colKeys[j]);
                double electrons = poisson(lambda * epc, h);
                counts = electrons / epc + p.readNoiseCounts() * CounterRng.normalLo(CounterRng.mix(h));
            } else {
                counts = lambda;
            }
            long c = Math.round(counts);
            if (c >= 255) {
                c = 255;
                saturated++;
            } else if (c < 0) {
                c = 0;
            }
            out[o + j] = (byte) c;
        }
        return saturated;
    }

    private static double poisson(double mu, long bits) {
        if (mu <= 0) {
            return 0;
        }
        if (mu >= EXACT_POISSON_LIMIT) {
            return mu + Math.sqrt(mu) * CounterRng.normalHi(bits);
        }
        double u = CounterRng.uniform(bits);
        double prob = Math.exp(-mu);
        double cdf = prob;
        int k = 0;
        while (u > cdf && k < 200) {
            k++;
            prob *= mu / k;
            cdf += prob;
        }
        return k;
    }
}
