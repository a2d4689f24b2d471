package org.photonlab.drivers.slmsuite;

import org.photonlab.hal.LabException;
import org.photonlab.hal.projection.FeatureMapping;
import org.photonlab.hal.projection.FeatureShape;
import org.photonlab.hal.projection.InputRoiStrategy;
import org.photonlab.hal.projection.Modulation;
import org.photonlab.hal.projection.Roi;
import org.photonlab.protocols.slmsuite.NdArray;

/**
 * Paints binary feature vectors onto the remote SLM/DMD with LightOn's layouts: "lined" (each feature over
 * ⌊pixels / features⌋ consecutive pixels, centred) or "macro" (integer zoom blocks, centred). On a DMD, pixels
 * outside the features' region are on, as LightOn pads with ones; on a phase SLM they stay at level 0. An "on"
 * feature is the top level on a DMD and half the range (phase π) on a phase SLM.
 */
final class DisplayMapper {
    private final int h;
    private final int w;
    private final int[][] featurePixels;
    private final byte[] blank;
    private final byte on;
    private final Roi roi;
    private final int zoom;

    DisplayMapper(int h, int w, int bitdepth, Modulation modulation, FeatureShape shape, InputRoiStrategy strategy) {
        if (bitdepth != 8) {
            throw new LabException("slmsuite projector drives 8-bit displays; the remote SLM has " + bitdepth
                    + " bits");
        }
        this.h = h;
        this.w = w;
        long pixels = (long) h * w;
        int n = shape.count();
        featurePixels = new int[n][];
        boolean[] inRoi = new boolean[(int) pixels];
        if (shape.mapping() == FeatureMapping.LINED) {
            if (n > pixels) {
                throw new LabException(n + " features do not fit on the " + w + " × " + h + " remote display");
            }
            zoom = strategy == InputRoiStrategy.FULL ? (int) (pixels / n) : 1;
            int first = (int) ((pixels - (long) n * zoom) / 2);
            for (int i = 0; i < n; i++) {
                int[] px = new int[zoom];
                for (int k = 0; k < zoom; k++) {
                    px[k] = first + i * zoom + k;
                    inRoi[px[k]] = true;
                }
                featurePixels[i] = px;
            }
            roi = new Roi(0, first / w, w, (int) Math.min(h, ((long) n * zoom + w - 1) / w));
        } else {
            int fr = shape.rows();
            int fc = shape.cols();
            if (fr > h || fc > w) {
                throw new LabException(fr + " × " + fc + " features do not fit on the " + w + " × " + h
                        + " remote display");
            }
            zoom = strategy == InputRoiStrategy.FULL ? Math.min(h / fr, w / fc) : 1;
            int y0 = (h - fr * zoom) / 2;
            int x0 = (w - fc * zoom) / 2;
            for (int r = 0; r < fr; r++) {
                for (int c = 0; c < fc; c++) {
                    int[] px = new int[zoom * zoom];
                    int k = 0;
                    for (int dy = 0; dy < zoom; dy++) {
                        for (int dx = 0; dx < zoom; dx++) {
                            px[k] = (y0 + r * zoom + dy) * w + x0 + c * zoom + dx;
                            inRoi[px[k++]] = true;
                        }
                    }
                    featurePixels[r * fc + c] = px;
                }
            }
            roi = new Roi(x0, y0, fc * zoom, fr * zoom);
        }
        on = (byte) (modulation == Modulation.DMD_BINARY ? 255 : 128);
        blank = new byte[(int) pixels];
        if (modulation == Modulation.DMD_BINARY) {
            for (int p = 0; p < blank.length; p++) {
                blank[p] = inRoi[p] ? 0 : on;
            }
        }
    }

    /** The display pattern of one vector, {@code h × w} uint8. */
    NdArray pattern(byte[] bits, int offset) {
        byte[] d = blank.clone();
        for (int i = 0; i < featurePixels.length; i++) {
            if (bits[offset + i] != 0) {
                for (int p : featurePixels[i]) {
                    d[p] = on;
                }
            }
        }
        return NdArray.uint8(new int[] {h, w}, d);
    }

    /** Lit display pixels of one vector on a DMD (all pixels on a phase SLM). */
    long litPixels(byte[] bits, int offset, boolean dmd) {
        if (!dmd) {
            return (long) h * w;
        }
        long lit = 0;
        for (byte b : blank) {
            lit += b != 0 ? 1 : 0;
        }
        for (int i = 0; i < featurePixels.length; i++) {
            if (bits[offset + i] != 0) {
                lit += featurePixels[i].length;
            }
        }
        return lit;
    }

    Roi roi() {
        return roi;
    }

    int zoom() {
        return zoom;
    }
}
