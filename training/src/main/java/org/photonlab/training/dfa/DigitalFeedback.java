package org.photonlab.training.dfa;

import java.util.SplittableRandom;

/**
 * Digital DFA feedback with a fixed matrix {@code B ~ U[−1, 1)} of shape {@code classes × width} (TinyDFA's
 * choice), applied to the exact error or, when {@code tau} is set, to the ternarised error.
 */
final class DigitalFeedback implements Feedback {
    private final int classes;
    private final int width;
    private final float[] bMatrix;
    private final float tau;
    private final byte[] ternary;
    private long samples;
    private long nonZero;

    /**
     * @param tau NaN for the exact error, otherwise the ternarisation threshold
     */
    DigitalFeedback(int classes, int width, long seed, float tau, int capacity) {
        this.classes = classes;
        this.width = width;
        this.tau = tau;
        this.ternary = new byte[capacity * classes];
        SplittableRandom rnd = new SplittableRandom(seed);
        bMatrix = new float[classes * width];
        for (int k = 0; k < bMatrix.length; k++) {
            bMatrix[k] = (float) (rnd.nextDouble() * 2 - 1);
        }
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public void project(float[] e, int n, float[] out) {
        float scale = (float) (1.0 / (n * Math.sqrt(width)));
        boolean ternarised = !Float.isNaN(tau);
        if (ternarised) {
            nonZero += Ternarizer.ternarize(e, n, classes, tau, ternary);
        }
        samples += n;
        java.util.Arrays.fill(out, 0, n * width, 0f);
        for (int i = 0; i < n; i++) {
            int o = i * width;
            for (int c = 0; c < classes; c++) {
                float v = (ternarised ? ternary[i * classes + c] : e[i * classes + c]) * scale;
                if (v == 0f) {
                    continue;
                }
                int bo = c * width;
                for (int j = 0; j < width; j++) {
                    out[o + j] += v * bMatrix[bo + j];
                }
            }
        }
    }

    @Override
    public FeedbackStats stats() {
        return new FeedbackStats(0, 0, 0, 0, 0, nonZero, samples);
    }

    @Override
    public String describe() {
        return Float.isNaN(tau) ? "digital B ~ U[-1,1), exact error" : "digital B ~ U[-1,1), ternary error tau=" + tau;
    }
}
