package org.photonlab.hal.projection;

import java.util.Arrays;
import org.photonlab.hal.LabException;

/**
 * A batch of binary input vectors, one byte (0 or 1) per feature, row-major. Immutable: the constructor copies and
 * checks every value, so a device never sees a non-binary frame.
 */
public final class BinaryBatch {
    private final byte[] bits;
    private final int size;
    private final int features;

    private BinaryBatch(byte[] bits, int size, int features) {
        this.bits = bits;
        this.size = size;
        this.features = features;
    }

    /**
     * @param bits     {@code size × features} values, each 0 or 1 (not modified)
     * @param size     number of vectors, ≥ 1
     * @param features features per vector, ≥ 1
     * @throws LabException if a value is not 0 or 1 (naming the first one) or the length does not match
     */
    public static BinaryBatch of(byte[] bits, int size, int features) {
        if (size < 1 || features < 1) {
            throw new LabException("binary batch needs ≥ 1 vector of ≥ 1 feature, got " + size + " × " + features);
        }
        if (bits.length != (long) size * features) {
            throw new LabException("binary batch: expected " + size + " × " + features + " = "
                    + ((long) size * features) + " values, got " + bits.length);
        }
        for (int i = 0; i < bits.length; i++) {
            if (bits[i] != 0 && bits[i] != 1) {
                throw new LabException("binary batch: vector " + (i / features) + " feature " + (i % features)
                        + " is " + bits[i] + "; input frames must be 0/1");
            }
        }
        return new BinaryBatch(bits.clone(), size, features);
    }

    /** One vector per row of {@code rows}; every row must have the same length. */
    public static BinaryBatch of(byte[][] rows) {
        if (rows.length == 0) {
            throw new LabException("binary batch needs at least one vector");
        }
        int n = rows[0].length;
        byte[] flat = new byte[rows.length * n];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != n) {
                throw new LabException("binary batch: vector " + i + " has " + rows[i].length + " features, vector 0 has "
                        + n);
            }
            System.arraycopy(rows[i], 0, flat, i * n, n);
        }
        return of(flat, rows.length, n);
    }

    public int size() {
        return size;
    }

    public int features() {
        return features;
    }

    /** Feature {@code j} of vector {@code i}: 0 or 1. */
    public int get(int i, int j) {
        return bits[i * features + j];
    }

    /** Number of ones in vector {@code i}. */
    public int ones(int i) {
        int c = 0;
        for (int j = i * features, end = j + features; j < end; j++) {
            c += bits[j];
        }
        return c;
    }

    /** Indices of the ones of vector {@code i}, ascending. */
    public int[] onesOf(int i) {
        int[] out = new int[ones(i)];
        int k = 0;
        for (int j = 0; j < features; j++) {
            if (bits[i * features + j] != 0) {
                out[k++] = j;
            }
        }
        return out;
    }

    /** Vectors {@code from} (inclusive) to {@code to} (exclusive) as a new batch. */
    public BinaryBatch slice(int from, int to) {
        if (from < 0 || to > size || from >= to) {
            throw new LabException("binary batch slice [" + from + ", " + to + ") outside [0, " + size + ")");
        }
        return new BinaryBatch(Arrays.copyOfRange(bits, from * features, to * features), to - from, features);
    }

    /** A copy of the values, row-major. */
    public byte[] toArray() {
        return bits.clone();
    }
}
