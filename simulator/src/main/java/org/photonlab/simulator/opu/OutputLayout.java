package org.photonlab.simulator.opu;

import org.photonlab.hal.LabException;
import org.photonlab.hal.projection.ProjectorInfo;
import org.photonlab.hal.projection.Roi;

/**
 * LightOn's "mid_width" output ROI: full camera width, {@code max(minRows, ⌈n / width⌉)} rows centred vertically;
 * component {@code j} is pixel {@code j} of the ROI read row-major. The matrix column of a component is keyed by its
 * absolute camera pixel, so when the ROI moves (more components), component {@code j} reads another pixel and sees
 * another column, as on the real device.
 *
 * @param roi     camera region read
 * @param colKeys absolute camera pixel index of each component
 */
record OutputLayout(Roi roi, long[] colKeys) {
    static OutputLayout of(ProjectorInfo info, int components) {
        long max = info.maxComponents();
        if (components > max) {
            throw new LabException("projector config: " + components + " components exceed the camera's "
                    + info.cameraWidth() + " × " + info.cameraHeight() + " = " + max + " pixels");
        }
        int w = info.cameraWidth();
        int h = info.cameraHeight();
        int rows = Math.min(h, Math.max(info.minRoiRows(), (components + w - 1) / w));
        int y0 = h / 2 - rows / 2;
        long[] keys = new long[components];
        long first = (long) y0 * w;
        for (int j = 0; j < components; j++) {
            keys[j] = first + j;
        }
        return new OutputLayout(new Roi(0, y0, w, rows), keys);
    }
}
