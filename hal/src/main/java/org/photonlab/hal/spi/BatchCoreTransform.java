package org.photonlab.hal.spi;

/**
 * Optional fast path offered by a backend that can push a whole batch of input vectors through a programmed core in
 * one call. It must give exactly the outputs (and over-range flags) that writing the core's input channels and
 * reading its detectors would give, vector by vector, for the chip state at the time of the call.
 *
 * <p>Thread rules: the HAL calls it for one core from one thread at a time; calls for different cores may come from
 * different threads at once, so an implementation keeps per-core state under a per-core lock (or none).
 */
public interface BatchCoreTransform {
    /**
     * @param core      name of the core in the bench description
     * @param in        {@code n × k} input amplitudes, row-major (not modified)
     * @param n         number of vectors
     * @param out       {@code n × k} detector readings, row-major (modified)
     * @param overRange {@code n × k} over-range flags, row-major (modified: set for every reading), or {@code null}
     *                  when the caller needs only the count
     * @return how many of the {@code n × k} readings were over range
     */
    int transform(String core, double[] in, int n, double[] out, boolean[] overRange);

    /** {@link #transform(String, double[], int, double[], boolean[])} without flags. */
    default void transform(String core, double[] in, int n, double[] out) {
        transform(core, in, n, out, null);
    }
}
