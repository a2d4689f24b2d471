package org.photonlab.simulator.opu.server;

import org.photonlab.hal.projection.Modulation;
import org.photonlab.protocols.slmsuite.NdArray;
import org.photonlab.simulator.opu.CameraModel;
import org.photonlab.simulator.opu.FieldKernel;
import org.photonlab.simulator.opu.PhysicsParams;
import org.photonlab.simulator.opu.TransmissionMatrix;

/**
 * The optics between the served SLM and camera: every display pixel has its own row of a counter-based complex
 * Gaussian transmission matrix (|T|² = 1 / pixels, so a fully lit display has unit mean intensity), every camera
 * pixel its own column. The field of the displayed pattern is computed once per pattern; each image then adds
 * fresh camera noise (keyed by the image counter). Not thread-safe: the server serialises requests.
 */
final class SpeckleBench {
    private final ServerOptions o;
    private final FieldKernel kernel;
    private final CameraModel camera;
    private final PhysicsParams physics;
    private final long[] pixelKeys;
    private byte[] pattern;
    private float[] re;
    private float[] im;
    private double exposureS;
    private long images;

    SpeckleBench(ServerOptions o) {
        this.o = o;
        int p = o.slmHeight() * o.slmWidth();
        int m = o.cameraHeight() * o.cameraWidth();
        long[] rowKeys = new long[p];
        float[] scale = new float[p];
        float s = (float) Math.sqrt(1.0 / p);
        for (int i = 0; i < p; i++) {
            rowKeys[i] = i;
            scale[i] = s;
        }
        pixelKeys = new long[m];
        for (int j = 0; j < m; j++) {
            pixelKeys[j] = j;
        }
        physics = PhysicsParams.defaults(o.seed()).withNoise(o.noise());
        kernel = new FieldKernel(new TransmissionMatrix(o.seed()), rowKeys, scale, pixelKeys, physics.cacheLimit(),
                physics.parallel());
        camera = new CameraModel(physics);
        exposureS = o.exposureS();
        pattern = new byte[p];
    }

    /** Shows a pattern ({@code h × w} levels, not modified); the next image sees it. */
    void display(byte[] levels) {
        pattern = levels.clone();
        re = null;
    }

    void exposure(double seconds) {
        exposureS = seconds;
    }

    double exposure() {
        return exposureS;
    }

    /** One camera image of the current pattern, {@code h × w} uint8. */
    byte[] image() {
        if (re == null) {
            computeField();
        }
        int m = pixelKeys.length;
        byte[] out = new byte[m];
        // same sensitivity as the in-process device: 43 counts at full illumination for 400 µs
        double kappa = physics.fullIlluminationCounts() * exposureS / 400e-6;
        camera.expose(re, im, 1, m, kappa, images++, pixelKeys, out);
        return out;
    }

    private void computeField() {
        int m = pixelKeys.length;
        re = new float[m];
        im = new float[m];
        if (o.modulation() == Modulation.DMD_BINARY) {
            int lit = 0;
            for (byte b : pattern) {
                lit += b != 0 ? 1 : 0;
            }
            int[] rows = new int[lit];
            int k = 0;
            for (int i = 0; i < pattern.length; i++) {
                if (pattern[i] != 0) {
                    rows[k++] = i;
                }
            }
            kernel.field(new int[][] {rows}, re, im);
            return;
        }
        // phase SLM: group pixels by level, sum each group's rows once, then rotate by the level's phase
        int[] count = new int[256];
        for (byte b : pattern) {
            count[b & 0xFF]++;
        }
        int groups = 0;
        int[] groupOf = new int[256];
        for (int l = 0; l < 256; l++) {
            groupOf[l] = count[l] > 0 ? groups++ : -1;
        }
        int[][] rows = new int[groups][];
        int[] levels = new int[groups];
        int[] fill = new int[groups];
        for (int l = 0; l < 256; l++) {
            if (groupOf[l] >= 0) {
                rows[groupOf[l]] = new int[count[l]];
                levels[groupOf[l]] = l;
            }
        }
        for (int i = 0; i < pattern.length; i++) {
            int g = groupOf[pattern[i] & 0xFF];
            rows[g][fill[g]++] = i;
        }
        float[] gr = new float[groups * m];
        float[] gi = new float[groups * m];
        kernel.field(rows, gr, gi);
        for (int g = 0; g < groups; g++) {
            double phi = 2 * Math.PI * levels[g] / 256.0;
            float c = (float) Math.cos(phi);
            float s = (float) Math.sin(phi);
            for (int j = 0; j < m; j++) {
                re[j] += c * gr[g * m + j] - s * gi[g * m + j];
                im[j] += s * gr[g * m + j] + c * gi[g * m + j];
            }
        }
    }

    /** Wraps an image as the uint8 array slmsuite expects. */
    NdArray imageArray() {
        return NdArray.uint8(new int[] {o.cameraHeight(), o.cameraWidth()}, image());
    }
}
