package org.photonlab.simulator.chip;

/**
 * A small seeded generator (SplitMix64, Steele, Lea &amp; Flood 2014) with its own uniform and Gaussian draws, so that
 * every simulated draw is fixed by this code alone and never by a JDK implementation. Not thread-safe: each stream
 * belongs to one core.
 */
final class SplitMix64 {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private long state;
    private double spare;
    private boolean hasSpare;

    SplitMix64(long seed) {
        this.state = seed;
    }

    /** The SplitMix64 finaliser: a bijective 64-bit mix. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    long nextLong() {
        state += GOLDEN;
        return mix(state);
    }

    /** Uniform in [0, 1) with 53 random bits. */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Standard normal by Marsaglia's polar method (pairs; the second value is kept for the next call). */
    double nextGaussian() {
        if (hasSpare) {
            hasSpare = false;
            return spare;
        }
        double u;
        double v;
        double s;
        do {
            u = 2 * nextDouble() - 1;
            v = 2 * nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double f = Math.sqrt(-2 * Math.log(s) / s);
        spare = v * f;
        hasSpare = true;
        return u * f;
    }

    /** Standard normal redrawn until |z| ≤ {@code bound} (bound may be +∞ for no truncation). */
    double nextTruncatedGaussian(double bound) {
        double z;
        do {
            z = nextGaussian();
        } while (Math.abs(z) > bound);
        return z;
    }
}
