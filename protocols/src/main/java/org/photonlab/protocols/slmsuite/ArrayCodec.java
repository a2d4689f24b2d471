package org.photonlab.protocols.slmsuite;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.photonlab.hal.LabException;

/**
 * numpy arrays as slmsuite sends them: an object with exactly the keys {@code __zlib__} (base64 of the
 * zlib-compressed C-order bytes), {@code __shape__} and {@code __dtype__}. Any other object is left alone, as
 * slmsuite's {@code _recurse_decompress} does.
 */
public final class ArrayCodec {
    /**
     * Largest decompressed array accepted (256 MiB) whatever the caller allows: a guard against zip bombs from the
     * network. The size is checked against the declared shape before inflating.
     */
    public static final int MAX_BYTES = 256 << 20;

    private ArrayCodec() {
    }

    public static Map<String, Object> encode(NdArray a) {
        Deflater d = new Deflater();
        d.setInput(a.bytes());
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[1 << 16];
        while (!d.finished()) {
            out.write(buf, 0, d.deflate(buf));
        }
        d.end();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("__zlib__", Base64.getEncoder().encodeToString(out.toByteArray()));
        List<Object> shape = new ArrayList<>();
        for (int s : a.shape()) {
            shape.add((long) s);
        }
        m.put("__shape__", shape);
        m.put("__dtype__", a.dtype().numpyName());
        return m;
    }

    /** True for an object with exactly the three array keys. */
    public static boolean isArray(Object v) {
        return v instanceof Map<?, ?> m && m.size() == 3 && m.containsKey("__zlib__") && m.containsKey("__shape__")
                && m.containsKey("__dtype__");
    }

    public static NdArray decode(Map<?, ?> m) {
        return decode(m, MAX_BYTES);
    }

    /**
     * Decodes one array, refusing it before inflating anything when its declared shape × dtype is more than
     * {@code maxBytes}, and while inflating when the data is longer or shorter than declared: a small zlib bomb
     * costs at most the declared size, never what it would expand to.
     */
    public static NdArray decode(Map<?, ?> m, long maxBytes) {
        Object z = m.get("__zlib__");
        Object shape = m.get("__shape__");
        Object dtype = m.get("__dtype__");
        if (!(z instanceof String zs) || !(shape instanceof List<?> dims) || !(dtype instanceof String ds)) {
            throw new LabException("slmsuite array: __zlib__ must be a string, __shape__ a list, __dtype__ a string");
        }
        int[] sh = new int[dims.size()];
        for (int i = 0; i < sh.length; i++) {
            if (!(dims.get(i) instanceof Long l) || l < 0 || l > Integer.MAX_VALUE) {
                throw new LabException("slmsuite array: bad dimension " + dims.get(i) + " in __shape__");
            }
            sh[i] = (int) (long) l;
        }
        NdArray.DType type = NdArray.DType.parse(ds);
        long declared = type.itemBytes();
        for (int d : sh) {
            declared *= d;
            if (declared > Math.min(maxBytes, MAX_BYTES)) {
                throw new LabException("slmsuite array: __shape__ " + dims + " of " + type.numpyName() + " is more "
                        + "than the " + Math.min(maxBytes, MAX_BYTES) + " bytes accepted");
            }
        }
        byte[] packed;
        try {
            packed = Base64.getDecoder().decode(zs);
        } catch (IllegalArgumentException e) {
            throw new LabException("slmsuite array: __zlib__ is not base64: " + e.getMessage());
        }
        return NdArray.of(type, sh, inflate(packed, (int) declared));
    }

    /** Inflates into exactly {@code size} bytes; a stream that holds more or less is refused. */
    private static byte[] inflate(byte[] packed, int size) {
        Inflater inf = new Inflater();
        inf.setInput(packed);
        byte[] out = new byte[size];
        int filled = 0;
        try {
            while (!inf.finished()) {
                if (filled == size) {
                    // one more byte proves the stream is longer than declared, without inflating the rest
                    if (inf.inflate(new byte[1]) > 0) {
                        throw new LabException("slmsuite array: the zlib data holds more than the " + size
                                + " bytes __shape__ and __dtype__ declare");
                    }
                } else {
                    filled += inf.inflate(out, filled, size - filled);
                }
                if (!inf.finished() && (inf.needsInput() || inf.needsDictionary())) {
                    throw new LabException("slmsuite array: truncated zlib stream");
                }
            }
        } catch (DataFormatException e) {
            throw new LabException("slmsuite array: bad zlib data: " + e.getMessage());
        } finally {
            inf.end();
        }
        if (filled != size) {
            throw new LabException("slmsuite array: the zlib data holds " + filled + " bytes, __shape__ and "
                    + "__dtype__ declare " + size);
        }
        return out;
    }

    /** Replaces every array object in a parsed JSON tree by an {@link NdArray}. */
    public static Object decodeTree(Object v) {
        return decodeTree(v, MAX_BYTES);
    }

    /** As {@link #decodeTree(Object)}, each array at most {@code maxBytes} once decompressed. */
    public static Object decodeTree(Object v, long maxBytes) {
        if (isArray(v)) {
            return decode((Map<?, ?>) v, maxBytes);
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                out.put(String.valueOf(e.getKey()), decodeTree(e.getValue(), maxBytes));
            }
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (Object o : l) {
                out.add(decodeTree(o, maxBytes));
            }
            return out;
        }
        return v;
    }
}
