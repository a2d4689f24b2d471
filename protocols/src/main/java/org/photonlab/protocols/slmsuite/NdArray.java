package org.photonlab.protocols.slmsuite;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.photonlab.hal.LabException;

/**
 * A numpy array on the wire: dtype, C-order shape and little-endian bytes (the byte order of the x86 and ARM hosts
 * slmsuite runs on). Immutable.
 */
public final class NdArray {
    /** The dtypes slmsuite sends: uint8 / uint16 images and phase patterns, float64 metadata. */
    public enum DType {
        UINT8("uint8", 1), UINT16("uint16", 2), FLOAT64("float64", 8);

        private final String numpy;
        private final int bytes;

        DType(String numpy, int bytes) {
            this.numpy = numpy;
            this.bytes = bytes;
        }

        public String numpyName() {
            return numpy;
        }

        public int itemBytes() {
            return bytes;
        }

        /** Accepts numpy's names, with an optional {@code <} or {@code |} byte-order prefix. */
        public static DType parse(String name) {
            String n = name.startsWith("<") || name.startsWith("|") ? name.substring(1) : name;
            switch (n) {
                case "uint8", "u1" -> {
                    return UINT8;
                }
                case "uint16", "u2" -> {
                    return UINT16;
                }
                case "float64", "f8" -> {
                    return FLOAT64;
                }
                default -> throw new LabException("slmsuite array: unsupported dtype '" + name
                        + "'; expected uint8, uint16 or float64");
            }
        }
    }

    private final DType dtype;
    private final int[] shape;
    private final byte[] data;

    private NdArray(DType dtype, int[] shape, byte[] data) {
        this.dtype = dtype;
        this.shape = shape;
        this.data = data;
    }

    /** Checks that {@code data} holds exactly the elements of {@code shape}; copies both. */
    public static NdArray of(DType dtype, int[] shape, byte[] data) {
        long n = 1;
        for (int s : shape) {
            if (s < 0) {
                throw new LabException("slmsuite array: negative dimension in shape " + Arrays.toString(shape));
            }
            n *= s;
        }
        if (n * dtype.itemBytes() != data.length) {
            throw new LabException("slmsuite array: shape " + Arrays.toString(shape) + " of " + dtype.numpyName()
                    + " needs " + n * dtype.itemBytes() + " bytes, got " + data.length);
        }
        return new NdArray(dtype, shape.clone(), data.clone());
    }

    public static NdArray uint8(int[] shape, byte[] values) {
        return of(DType.UINT8, shape, values);
    }

    public static NdArray float64(int[] shape, double[] values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (double v : values) {
            b.putDouble(v);
        }
        return of(DType.FLOAT64, shape, b.array());
    }

    public static NdArray uint16(int[] shape, int[] values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int v : values) {
            b.putShort((short) v);
        }
        return of(DType.UINT16, shape, b.array());
    }

    public DType dtype() {
        return dtype;
    }

    public int[] shape() {
        return shape.clone();
    }

    /** Number of elements. */
    public int size() {
        return data.length / dtype.itemBytes();
    }

    /** Raw little-endian bytes (a copy). */
    public byte[] bytes() {
        return data.clone();
    }

    /** Element {@code i} (flat C order) as a double. */
    public double get(int i) {
        return switch (dtype) {
            case UINT8 -> data[i] & 0xFF;
            case UINT16 -> (data[2 * i] & 0xFF) | (data[2 * i + 1] & 0xFF) << 8;
            case FLOAT64 -> ByteBuffer.wrap(data, 8 * i, 8).order(ByteOrder.LITTLE_ENDIAN).getDouble();
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NdArray a && a.dtype == dtype && Arrays.equals(a.shape, shape)
                && Arrays.equals(a.data, data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * dtype.hashCode() + Arrays.hashCode(shape)) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "<array " + dtype.numpyName() + " " + Arrays.toString(shape) + ">";
    }
}
