package org.photonlab.training.dfa;

import org.photonlab.hal.projection.LinearContext;
import org.photonlab.hal.projection.LinearProjection;

/**
 * DFA feedback computed by an optical device through the HAL: the ternarised error is projected by a
 * {@link LinearProjection} (one projection per sample, shared by all layers), then rescaled so that the optical
 * matrix has the entry scale of the digital {@code B ~ U[−1, 1)} (standard deviation 1/√3). The scale is measured
 * once, optically, by projecting each class's unit vector (those frames count in the statistics).
 */
final class OpticalFeedback implements Feedback {
    private static final double DIGITAL_STD = 1.0 / Math.sqrt(3.0);
    private final LinearProjection projection;
    private final int classes;
    private final int width;
    private final float tau;
    private final boolean measureCosine;
    private final byte[] ternary;
    private final float[] raw;
    private final float[] ideal;
    private final double scale;
    private long frames;
    private double deviceS;
    private double wallS;
    private double cosSum;
    private long cosCount;
    private long nonZero;
    private long samples;

    OpticalFeedback(LinearProjection projection, int classes, float tau, int capacity, boolean measureCosine) {
        this.projection = projection;
        this.classes = classes;
        this.width = projection.components();
        this.tau = tau;
        this.measureCosine = measureCosine;
        this.ternary = new byte[Math.max(capacity, classes) * classes];
        this.raw = new float[Math.max(capacity, classes) * width];
        this.ideal = new float[Math.max(capacity, classes) * width];
        this.scale = calibrate();
    }

    private double calibrate() {
        byte[] eye = new byte[classes * classes];
        for (int c = 0; c < classes; c++) {
            eye[c * classes + c] = 1;
        }
        account(projection.project(eye, classes, raw));
        double sq = 0;
        for (int k = 0; k < classes * width; k++) {
            sq += (double) raw[k] * raw[k];
        }
        double rms = Math.sqrt(sq / (classes * width));
        return rms > 0 ? DIGITAL_STD / rms : 0;
    }

    private void account(LinearContext c) {
        frames += c.frames();
        deviceS += c.deviceTimeS();
        wallS += c.wallTimeS();
    }

    /** Counts → digital-B units. */
    double scale() {
        return scale;
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public void project(float[] e, int n, float[] out) {
        nonZero += Ternarizer.ternarize(e, n, classes, tau, ternary);
        samples += n;
        byte[] t = java.util.Arrays.copyOf(ternary, n * classes);
        account(projection.project(t, n, raw));
        float s = (float) (scale / (n * Math.sqrt(width)));
        for (int k = 0; k < n * width; k++) {
            out[k] = raw[k] * s;
        }
        if (measureCosine && projection.ideal(t, n, ideal)) {
            for (int i = 0; i < n; i++) {
                double ab = 0;
                double aa = 0;
                double bb = 0;
                for (int j = 0; j < width; j++) {
                    float a = raw[i * width + j];
                    float b = ideal[i * width + j];
                    ab += a * b;
                    aa += a * a;
                    bb += b * b;
                }
                if (aa > 0 && bb > 0) {
                    cosSum += ab / Math.sqrt(aa * bb);
                    cosCount++;
                }
            }
        }
    }

    @Override
    public FeedbackStats stats() {
        return new FeedbackStats(frames, deviceS, wallS, cosSum, cosCount, nonZero, samples);
    }

    @Override
    public String describe() {
        return "optical " + projection.strategy() + ", ternary error tau=" + tau + ", scale " + scale;
    }
}
