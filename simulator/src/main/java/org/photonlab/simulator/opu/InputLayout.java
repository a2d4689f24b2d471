package org.photonlab.simulator.opu;

import org.photonlab.hal.LabException;
import org.photonlab.hal.projection.FeatureMapping;
import org.photonlab.hal.projection.FeatureShape;
import org.photonlab.hal.projection.InputRoiStrategy;
import org.photonlab.hal.projection.ProjectorInfo;
import org.photonlab.hal.projection.Roi;

/**
 * Where each feature sits on the input device, as matrix rows. A feature spread over {@code f} pixels has, as
 * effective column of the medium, the sum of {@code f} i.i.d. pixel columns, i.e. a CN(0, f σ²) column: it is
 * generated directly with that variance (same statistics, {@code f} times less work). The pixels outside the input
 * ROI are lit (LightOn pads with ones), so they form one more row, the background, present in every frame.
 * Pixel columns have {@code σ² = 1 / pixels}, so a frame with every pixel lit has unit mean intensity.
 *
 * @param features        features per vector
 * @param zoom            pixels per feature (lined) or block side (macro)
 * @param pixelsPerFeature pixels per feature
 * @param roi             the region the features occupy
 * @param offRoiPixels    lit pixels outside the ROI
 * @param rowKeys         generator keys: one per feature, then the background row
 * @param rowScale        standard deviation of each row's entries (|T|), same order
 */
record InputLayout(int features, int zoom, int pixelsPerFeature, Roi roi, long offRoiPixels, long[] rowKeys,
                   float[] rowScale) {

    static InputLayout of(ProjectorInfo info, FeatureShape shape, InputRoiStrategy strategy) {
        long pixels = info.inputPixels();
        int n = shape.count();
        int w = info.inputWidth();
        int h = info.inputHeight();
        long[] keys = new long[n + 1];
        float[] scale = new float[n + 1];
        int zoom;
        int perFeature;
        Roi roi;
        if (shape.mapping() == FeatureMapping.LINED) {
            if (n > pixels) {
                throw new LabException("projector config: " + n + " features do not fit on the " + w + " × " + h
                        + " input device (" + pixels + " pixels)");
            }
            zoom = strategy == InputRoiStrategy.FULL ? (int) (pixels / n) : 1;
            perFeature = zoom;
            long used = (long) n * zoom;
            long first = (pixels - used) / 2;
            for (int i = 0; i < n; i++) {
                keys[i] = pixelKey(first + (long) i * zoom, perFeature);
            }
            int rowsUsed = (int) Math.min(h, (used + w - 1) / w);
            roi = new Roi(0, (int) (first / w), w, rowsUsed);
        } else {
            int fr = shape.rows();
            int fc = shape.cols();
            if (fr > h || fc > w) {
                throw new LabException("projector config: " + fr + " × " + fc + " features do not fit on the " + w
                        + " × " + h + " input device");
            }
            zoom = strategy == InputRoiStrategy.FULL ? Math.min(h / fr, w / fc) : 1;
            perFeature = zoom * zoom;
            int y0 = (h - fr * zoom) / 2;
            int x0 = (w - fc * zoom) / 2;
            for (int r = 0; r < fr; r++) {
                for (int c = 0; c < fc; c++) {
                    long pixel = (long) (y0 + r * zoom) * w + (x0 + c * zoom);
                    keys[r * fc + c] = pixelKey(pixel, perFeature);
                }
            }
            roi = new Roi(x0, y0, fc * zoom, fr * zoom);
        }
        long off = pixels - (long) n * perFeature;
        float featureScale = (float) Math.sqrt((double) perFeature / pixels);
        for (int i = 0; i < n; i++) {
            scale[i] = featureScale;
        }
        keys[n] = -1 - off;
        scale[n] = (float) Math.sqrt((double) off / pixels);
        return new InputLayout(n, zoom, perFeature, roi, off, keys, scale);
    }

    /** Row index of the background (off-ROI) row. */
    int backgroundRow() {
        return features;
    }

    private static long pixelKey(long firstPixel, int pixelsPerFeature) {
        return firstPixel * 1_000_003L + pixelsPerFeature;
    }
}
