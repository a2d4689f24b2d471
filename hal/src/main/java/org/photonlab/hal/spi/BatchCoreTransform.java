package org.photonlab.hal.spi;

/**
 * Optional fast path offered by a backend that can push a whole batch of input vectors through a programmed core in
 * one call. It must give exactly the outputs that writing the core's input channels and reading its detectors would
 * give, vector by vector, for the chip state at the time of the call.
 */
public interface BatchCoreTransform {
    /**
     * @param core name of the core in the bench description
     * @param in   {@code n × k} input amplitudes, row-major (not modified)
     * @param n    number of vectors
     * @param out  {@code n × k} detector readings, row-major (modified)
     */
    void transform(String core, double[] in, int n, double[] out);
}
