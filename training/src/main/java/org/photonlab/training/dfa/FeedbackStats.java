package org.photonlab.training.dfa;

/**
 * Cumulative cost and fidelity of a feedback source.
 *
 * @param frames          device frames (0 for digital feedback)
 * @param deviceTimeS     device-clock time, s
 * @param projectorWallS  wall time spent inside the device, s
 * @param cosineSum       sum over samples with a non-zero error of cos(optical, ideal)
 * @param cosineCount     number of such samples (0 when no ideal is available)
 * @param nonZeroErrors   samples whose ternarised error was non-zero
 * @param samples         samples projected
 */
public record FeedbackStats(long frames, double deviceTimeS, double projectorWallS, double cosineSum,
                            long cosineCount, long nonZeroErrors, long samples) {
    public static final FeedbackStats ZERO = new FeedbackStats(0, 0, 0, 0, 0, 0, 0);

    /** Mean cosine with the ideal projection, NaN when unknown. */
    public double meanCosine() {
        return cosineCount == 0 ? Double.NaN : cosineSum / cosineCount;
    }

    public FeedbackStats minus(FeedbackStats o) {
        return new FeedbackStats(frames - o.frames, deviceTimeS - o.deviceTimeS, projectorWallS - o.projectorWallS,
                cosineSum - o.cosineSum, cosineCount - o.cosineCount, nonZeroErrors - o.nonZeroErrors,
                samples - o.samples);
    }
}
