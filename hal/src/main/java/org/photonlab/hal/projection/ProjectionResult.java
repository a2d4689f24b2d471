package org.photonlab.hal.projection;

/**
 * Camera counts of one {@link RandomProjector#transform} call: {@code batch × components} uint8 values, row-major,
 * stored as bytes (read them with {@link #count}).
 *
 * @param counts     raw counts; owned by the result, do not modify
 * @param batch      number of vectors
 * @param components values per vector
 * @param context    what the call did
 */
public record ProjectionResult(byte[] counts, int batch, int components, ProjectionContext context) {
    /** Count of component {@code j} for vector {@code i}, 0..255. */
    public int count(int i, int j) {
        return counts[i * components + j] & 0xFF;
    }
}
