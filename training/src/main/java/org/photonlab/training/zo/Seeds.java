package org.photonlab.training.zo;

/** Derives independent 64-bit seeds for the optimisers' random streams from one run seed. */
public final class Seeds {
    private Seeds() {
    }

    /**
     * The SplitMix64 finaliser of {@code seed + (stream + 1)·φ64}: distinct streams of one seed, and equal streams of
     * distinct seeds, give statistically unrelated seeds.
     */
    public static long mix(long seed, long stream) {
        long z = seed + (stream + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
