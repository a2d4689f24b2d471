package org.photonlab.hal.projection;

/**
 * A signed linear random projection computed optically, {@code y = A x}, with {@code A} a fixed real
 * {@code inputs × components} matrix defined by the device and the strategy. Inputs are ternary (−1, 0, +1), the
 * case of DFA's ternarised error; a binary vector is the special case without −1. Outputs are in camera counts.
 * Not thread-safe; valid while its device stays open and is not reconfigured by someone else.
 */
public interface LinearProjection {
    /** Id of the strategy that made it. */
    String strategy();

    int inputs();

    int components();

    /**
     * @param ternary {@code batch × inputs} values in {−1, 0, 1}, row-major (not modified)
     * @param batch   number of vectors
     * @param out     {@code batch × components} projections, counts (modified)
     * @return what the device did, including calibration frames taken during this call
     */
    LinearContext project(byte[] ternary, int batch, float[] out);

    /**
     * The ideal, noise-free value of the same projection {@code A x} when the device offers a {@link FieldOracle}.
     *
     * @return false (leaving {@code out} untouched) when the device cannot say
     */
    boolean ideal(byte[] ternary, int batch, float[] out);
}
