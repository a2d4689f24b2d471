package org.photonlab.simulator.opu;

/**
 * The device clock's rules, from LightOn's runner: the frame time is at least max(readout(ROI), exposure) + 50 µs,
 * a smaller ROI reads out faster, and batches run in passes of up to 3,000 frames, each with a set-up time.
 */
final class TimingModel {
    private static final double GUARD_US = 50.0;
    private final PhysicsParams p;

    TimingModel(PhysicsParams p) {
        this.p = p;
    }

    /** Camera readout time of an ROI of {@code rows} rows, µs. */
    double readoutUs(int rows) {
        return p.readoutBaseUs() + p.lineTimeUs() * rows;
    }

    /** Frame time actually used, µs. */
    double frameTimeUs(double requestedUs, double exposureUs, int roiRows) {
        return Math.max(requestedUs, Math.max(readoutUs(roiRows), exposureUs) + GUARD_US);
    }

    /** Device time of a call of {@code frames} frames, s. */
    double callTimeS(long frames, double frameTimeUs) {
        if (frames == 0) {
            return 0;
        }
        long passes = (frames + PhysicsParams.FRAMES_PER_PASS - 1) / PhysicsParams.FRAMES_PER_PASS;
        return (passes * p.passOverheadUs() + frames * frameTimeUs) * 1e-6;
    }
}
