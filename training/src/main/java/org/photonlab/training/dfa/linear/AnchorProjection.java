package org.photonlab.training.dfa.linear;

import org.photonlab.hal.LabException;
import org.photonlab.hal.projection.BinaryBatch;
import org.photonlab.hal.projection.FieldOracle;
import org.photonlab.hal.projection.LinearContext;
import org.photonlab.hal.projection.LinearProjection;
import org.photonlab.hal.projection.ProjectionResult;
import org.photonlab.hal.projection.ProjectorConfig;
import org.photonlab.hal.projection.RandomProjector;

/**
 * A linear projection bound to a device by one of the anchor {@link Scheme schemes}. With {@code b} the field of a
 * blank frame (lit pixels outside the ROI, or a phase SLM's flat reflection) and {@code I(z) = |b + Rz|²}:
 * {@code I(z+a) − I(z) = |Ra|² + 2Re(conj(Ra)·b) + 2Re(conj(Ra)·Rz)}, so differences of such pairs are exactly
 * linear in {@code z}, with {@code A_ij = 2 Re(conj((Ra)_i) R_ij)}. All frames of a call go to the device in one
 * transform (one acquisition pass, as a real run would).
 */
final class AnchorProjection implements LinearProjection {
    private static final int EXPOSURE_ITERATIONS = 4;
    private final String id;
    private final Scheme scheme;
    private final RandomProjector device;
    private final int inputs;
    private final int anchor;
    private final int width;
    private final int m;
    private final float[] imgAnchor;
    private final float[] imgBlank;
    private LinearContext pending = LinearContext.NONE;

    AnchorProjection(String id, Scheme scheme, RandomProjector device, int inputs, int anchor, int components,
                     double target, int calibrationFrames) {
        this.id = id;
        this.scheme = scheme;
        this.device = device;
        this.inputs = inputs;
        this.anchor = anchor;
        this.width = inputs + anchor;
        this.m = components;
        ProjectorConfig cfg = ProjectorConfig.builder().features(width).components(components).build();
        device.configure(cfg);
        calibrateExposure(cfg, target);
        this.imgAnchor = new float[m];
        this.imgBlank = new float[m];
        calibrateImages(calibrationFrames);
    }

    @Override
    public String strategy() {
        return id;
    }

    @Override
    public int inputs() {
        return inputs;
    }

    @Override
    public int components() {
        return m;
    }

    /** Exposure the anchor calibration settled on, µs. */
    double exposureUs() {
        return device.config().exposureUs();
    }

    private void calibrateExposure(ProjectorConfig cfg, double target) {
        byte[] a = frame(null, true);
        for (int it = 0; it < EXPOSURE_ITERATIONS; it++) {
            ProjectionResult r = shoot(BinaryBatch.of(a, 1, width));
            double mean = 0;
            for (int j = 0; j < m; j++) {
                mean += r.count(0, j);
            }
            mean /= m;
            if (Math.abs(mean - target) <= 0.05 * target) {
                break;
            }
            double exposure = cfg.exposureUs() * target / Math.max(mean, 0.5);
            cfg = cfg.withExposureUs(Math.min(1e6, Math.max(1, exposure)));
            device.configure(cfg);
        }
    }

    private void calibrateImages(int frames) {
        byte[] bits = new byte[2 * frames * width];
        byte[] a = frame(null, true);
        for (int k = 0; k < frames; k++) {
            System.arraycopy(a, 0, bits, k * width, width);
        }
        ProjectionResult r = shoot(BinaryBatch.of(bits, 2 * frames, width));
        for (int k = 0; k < frames; k++) {
            for (int j = 0; j < m; j++) {
                imgAnchor[j] += r.count(k, j);
                imgBlank[j] += r.count(frames + k, j);
            }
        }
        for (int j = 0; j < m; j++) {
            imgAnchor[j] /= frames;
            imgBlank[j] /= frames;
        }
    }

    private ProjectionResult shoot(BinaryBatch batch) {
        long t0 = System.nanoTime();
        ProjectionResult r = device.transform(batch);
        long sat = 0;
        for (byte c : r.counts()) {
            sat += (c == (byte) 255) ? 1 : 0;
        }
        pending = pending.plus(new LinearContext(r.context().frames(), r.context().deviceTimeS(),
                (System.nanoTime() - t0) * 1e-9, sat));
        return r;
    }

    /** A device frame: the given part of a ternary vector ({@code sign} = ±1, null for none), plus the anchor. */
    private byte[] frame(byte[] part, boolean withAnchor) {
        byte[] f = new byte[width];
        if (part != null) {
            System.arraycopy(part, 0, f, 0, inputs);
        }
        if (withAnchor) {
            for (int k = inputs; k < width; k++) {
                f[k] = 1;
            }
        }
        return f;
    }

    @Override
    public LinearContext project(byte[] ternary, int batch, float[] out) {
        long t0 = System.nanoTime();
        check(ternary, batch, out);
        // slots per sample: 0 P+a, 1 P, 2 a (fresh), 3 N+a, 4 N, 5 a (fresh); −1 = not shot
        int[] slot = new int[batch * 6];
        java.util.Arrays.fill(slot, -1);
        byte[] frames = new byte[batch * 6 * width];
        int count = 0;
        byte[] plus = new byte[inputs];
        byte[] minus = new byte[inputs];
        for (int i = 0; i < batch; i++) {
            boolean hasP = split(ternary, i, plus, minus);
            boolean hasN = any(minus);
            if (hasP) {
                count = addFrames(frames, count, plus, slot, i * 6);
            }
            if (hasN) {
                count = addFrames(frames, count, minus, slot, i * 6 + 3);
            }
        }
        ProjectionResult r = count == 0 ? null
                : shoot(BinaryBatch.of(java.util.Arrays.copyOf(frames, count * width), count, width));
        for (int i = 0; i < batch; i++) {
            for (int j = 0; j < m; j++) {
                out[i * m + j] = term(r, slot, i * 6, j) - term(r, slot, i * 6 + 3, j);
            }
        }
        LinearContext c = pending;
        pending = LinearContext.NONE;
        return new LinearContext(c.frames(), c.deviceTimeS(), (System.nanoTime() - t0) * 1e-9, c.saturatedPixels());
    }

    private int addFrames(byte[] frames, int count, byte[] part, int[] slot, int s) {
        switch (scheme) {
            case ANCHOR3 -> {
                count = put(frames, count, frame(part, true), slot, s);
                count = put(frames, count, frame(part, false), slot, s + 1);
                count = put(frames, count, frame(null, true), slot, s + 2);
            }
            case ANCHOR4 -> {
                count = put(frames, count, frame(part, true), slot, s);
                count = put(frames, count, frame(part, false), slot, s + 1);
            }
            case ANCHOR2 -> count = put(frames, count, frame(part, true), slot, s);
            case NAIVE -> count = put(frames, count, frame(part, false), slot, s + 1);
        }
        return count;
    }

    private int put(byte[] frames, int count, byte[] f, int[] slot, int s) {
        System.arraycopy(f, 0, frames, count * width, width);
        slot[s] = count;
        return count + 1;
    }

    /** The contribution of one part (slots {@code s..s+2}) to component {@code j}. */
    private float term(ProjectionResult r, int[] slot, int s, int j) {
        boolean shot = slot[s] >= 0 || slot[s + 1] >= 0;
        return switch (scheme) {
            case ANCHOR3 -> shot ? img(r, slot[s], j) - img(r, slot[s + 1], j) - img(r, slot[s + 2], j)
                    + imgBlank[j] : 0f;
            case ANCHOR4 -> shot ? img(r, slot[s], j) - img(r, slot[s + 1], j) : imgAnchor[j] - imgBlank[j];
            case ANCHOR2 -> shot ? img(r, slot[s], j) : imgAnchor[j];
            case NAIVE -> shot ? img(r, slot[s + 1], j) : imgBlank[j];
        };
    }

    private static float img(ProjectionResult r, int frame, int j) {
        return r.count(frame, j);
    }

    @Override
    public boolean ideal(byte[] ternary, int batch, float[] out) {
        check(ternary, batch, out);
        var oracle = device.fieldOracle();
        if (oracle.isEmpty()) {
            return false;
        }
        FieldOracle o = oracle.get();
        // frames: anchor, blank, then P and N of each sample
        int n = 2 + 2 * batch;
        byte[] bits = new byte[n * width];
        System.arraycopy(frame(null, true), 0, bits, 0, width);
        byte[] plus = new byte[inputs];
        byte[] minus = new byte[inputs];
        for (int i = 0; i < batch; i++) {
            split(ternary, i, plus, minus);
            System.arraycopy(plus, 0, bits, (2 + 2 * i) * width, inputs);
            System.arraycopy(minus, 0, bits, (3 + 2 * i) * width, inputs);
        }
        float[] re = new float[n * m];
        float[] im = new float[n * m];
        o.field(BinaryBatch.of(bits, n, width), re, im);
        for (int i = 0; i < batch; i++) {
            int p = (2 + 2 * i) * m;
            int q = (3 + 2 * i) * m;
            for (int j = 0; j < m; j++) {
                // the blank field cancels in R e⁺ − R e⁻
                float dRe = re[p + j] - re[q + j];
                float dIm = im[p + j] - im[q + j];
                float aRe = re[j];
                float aIm = im[j];
                if (scheme != Scheme.ANCHOR2) {
                    aRe -= re[m + j];
                    aIm -= im[m + j];
                }
                out[i * m + j] = 2 * (aRe * dRe + aIm * dIm);
            }
        }
        return true;
    }

    private boolean split(byte[] ternary, int i, byte[] plus, byte[] minus) {
        boolean any = false;
        for (int k = 0; k < inputs; k++) {
            byte v = ternary[i * inputs + k];
            plus[k] = (byte) (v > 0 ? 1 : 0);
            minus[k] = (byte) (v < 0 ? 1 : 0);
            any |= v > 0;
        }
        return any;
    }

    private static boolean any(byte[] b) {
        for (byte v : b) {
            if (v != 0) {
                return true;
            }
        }
        return false;
    }

    private void check(byte[] ternary, int batch, float[] out) {
        if (batch < 0 || ternary.length != batch * inputs) {
            throw new LabException("linear projection: expected " + batch + " × " + inputs + " ternary values, got "
                    + ternary.length);
        }
        if (out.length < batch * m) {
            throw new LabException("linear projection: output holds " + out.length + " values, needs " + batch * m);
        }
        for (int k = 0; k < ternary.length; k++) {
            if (ternary[k] < -1 || ternary[k] > 1) {
                throw new LabException("linear projection: value " + ternary[k] + " at vector " + k / inputs
                        + " input " + k % inputs + " is not ternary (−1, 0, 1)");
            }
        }
    }
}
