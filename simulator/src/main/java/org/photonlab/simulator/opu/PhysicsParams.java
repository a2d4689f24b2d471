package org.photonlab.simulator.opu;

import org.photonlab.hal.LabException;

/**
 * Settings of the simulated optics and camera. Every random draw is keyed by {@code matrixSeed} (the medium) or
 * {@code noiseSeed} (the camera) and a counter, so a run is reproducible from these two numbers.
 *
 * @param matrixSeed             seed of the transmission matrix
 * @param noiseSeed              seed of the camera noise
 * @param noise                  shot (Poisson) and read noise on; off gives round(mean counts)
 * @param fullIlluminationCounts mean camera count, at 400 µs exposure, of a frame with every input pixel lit
 *                               (DMD) — 43 reproduces the real OPU's 21.6 counts mean at half the mirrors lit
 * @param electronsPerCount      photo-electrons per count; shot noise std = sqrt(counts / electronsPerCount)
 * @param readNoiseCounts        Gaussian read noise, counts (rms)
 * @param driftTimeS             speckle decorrelation time constant on the device clock, s; 0 = no drift
 * @param cacheLimit             keep the whole matrix when rows × components ≤ this (entries; 8 bytes each)
 * @param parallel               use the common fork-join pool for large fields
 * @param lineTimeUs             camera readout time per ROI row, µs
 * @param readoutBaseUs          fixed camera readout time, µs
 * @param passOverheadUs         set-up time of one acquisition pass (up to {@link #FRAMES_PER_PASS} frames), µs
 */
public record PhysicsParams(long matrixSeed, long noiseSeed, boolean noise, double fullIlluminationCounts,
                            double electronsPerCount, double readNoiseCounts, double driftTimeS, long cacheLimit,
                            boolean parallel, double lineTimeUs, double readoutBaseUs, double passOverheadUs) {
    /** LightOn's runner cuts batches into passes of this many frames. */
    public static final int FRAMES_PER_PASS = 3000;

    public PhysicsParams {
        if (!(fullIlluminationCounts > 0)) {
            throw new LabException("fullIlluminationCounts must be > 0, got " + fullIlluminationCounts);
        }
        if (!(electronsPerCount > 0)) {
            throw new LabException("electronsPerCount must be > 0, got " + electronsPerCount);
        }
        if (readNoiseCounts < 0 || driftTimeS < 0 || cacheLimit < 0 || lineTimeUs < 0 || readoutBaseUs < 0
                || passOverheadUs < 0) {
            throw new LabException("physics parameters must not be negative");
        }
    }

    /** Defaults: noisy camera (1 e⁻/count, 1 count read noise), no drift, 4 M-entry cache, parallel. */
    public static PhysicsParams defaults(long matrixSeed) {
        return new PhysicsParams(matrixSeed, matrixSeed + 1, true, 43.0, 1.0, 1.0, 0.0, 4_000_000L, true, 3.0, 20.0,
                1000.0);
    }

    public PhysicsParams withNoise(boolean on) {
        return new PhysicsParams(matrixSeed, noiseSeed, on, fullIlluminationCounts, electronsPerCount,
                readNoiseCounts, driftTimeS, cacheLimit, parallel, lineTimeUs, readoutBaseUs, passOverheadUs);
    }

    public PhysicsParams withNoiseSeed(long seed) {
        return new PhysicsParams(matrixSeed, seed, noise, fullIlluminationCounts, electronsPerCount,
                readNoiseCounts, driftTimeS, cacheLimit, parallel, lineTimeUs, readoutBaseUs, passOverheadUs);
    }

    public PhysicsParams withFullIlluminationCounts(double counts) {
        return new PhysicsParams(matrixSeed, noiseSeed, noise, counts, electronsPerCount,
                readNoiseCounts, driftTimeS, cacheLimit, parallel, lineTimeUs, readoutBaseUs, passOverheadUs);
    }

    public PhysicsParams withDriftTimeS(double tau) {
        return new PhysicsParams(matrixSeed, noiseSeed, noise, fullIlluminationCounts, electronsPerCount,
                readNoiseCounts, tau, cacheLimit, parallel, lineTimeUs, readoutBaseUs, passOverheadUs);
    }

    public PhysicsParams withCacheLimit(long entries) {
        return new PhysicsParams(matrixSeed, noiseSeed, noise, fullIlluminationCounts, electronsPerCount,
                readNoiseCounts, driftTimeS, entries, parallel, lineTimeUs, readoutBaseUs, passOverheadUs);
    }

    public PhysicsParams withParallel(boolean on) {
        return new PhysicsParams(matrixSeed, noiseSeed, noise, fullIlluminationCounts, electronsPerCount,
                readNoiseCounts, driftTimeS, cacheLimit, on, lineTimeUs, readoutBaseUs, passOverheadUs);
    }
}
