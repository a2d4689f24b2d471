package org.photonlab.hal.projection;

/**
 * What one device call did, for provenance (the analogue of lightonml's {@code ContextArray.context}).
 *
 * @param exposureUs   exposure actually used, µs (after the lit-pixel guard)
 * @param frameTimeUs  frame time actually used, µs
 * @param outputRoi    camera region read; components are its pixels, row-major, first {@code components}
 * @param inputRoi     input-device region holding the features (pixels outside it are lit)
 * @param zoom         input replication factor (pixels per feature, or the macro block side)
 * @param meanLitPixels mean number of lit input pixels per frame, including lit pixels outside the input ROI
 * @param frames       frames displayed (and images taken) by the call
 * @param deviceTimeS  time the device needed, on its own clock, s (a simulated device reports the time real hardware
 *                     would need)
 * @param wallTimeS    wall-clock time of the call, s
 */
public record ProjectionContext(double exposureUs, double frameTimeUs, Roi outputRoi, Roi inputRoi, int zoom,
                                double meanLitPixels, long frames, double deviceTimeS, double wallTimeS) {
}
