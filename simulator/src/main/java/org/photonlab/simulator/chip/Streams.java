package org.photonlab.simulator.chip;

/**
 * The seeding scheme: every random quantity of the chip has its own {@link SplitMix64} stream, seeded from the
 * bench's {@code seed}, the core's index in the bench description (declaration order) and the stream's purpose:
 * {@code seed(s, c, p) = mix(mix(mix(s) ^ (c + 1)) ^ p.id)}. Draws within a stream follow the packed phase order, so
 * adding a core or switching a non-ideality on never changes the draws of another core or another quantity.
 */
enum Streams {
    GAMMA_U(1), GAMMA_V(2), GAMMA_SIGMA(3), GAMMA_SIGN(4), BIAS_U(5), BIAS_V(6), READOUT(7);

    private final long id;

    Streams(long id) {
        this.id = id;
    }

    /** A fresh stream for this purpose on core {@code coreIndex} of a chip seeded with {@code seed}. */
    SplitMix64 open(long seed, int coreIndex) {
        long h = SplitMix64.mix(SplitMix64.mix(seed) ^ (coreIndex + 1L));
        return new SplitMix64(SplitMix64.mix(h ^ id));
    }
}
