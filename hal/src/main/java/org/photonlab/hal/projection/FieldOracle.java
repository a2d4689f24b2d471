package org.photonlab.hal.projection;

/**
 * Ground truth offered by simulated devices only: the complex field at the configured output components, before
 * the camera (no noise, no quantisation, no saturation), scaled so that {@code re² + im²} is the mean camera count at
 * the current exposure. Used to measure how close an optical linear projection is to the ideal one.
 */
public interface FieldOracle {
    /**
     * @param input vectors to show (not modified)
     * @param re    {@code input.size() × components} real parts (modified)
     * @param im    {@code input.size() × components} imaginary parts (modified)
     */
    void field(BinaryBatch input, float[] re, float[] im);
}
