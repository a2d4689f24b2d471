package org.photonlab.protocols.slmsuite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.photonlab.hal.LabException;

/** Arrays are bounded by their declared shape and dtype, before and while inflating. */
class ArrayCodecBoundsTest {
    /** The wire form of {@code data} declared with another shape. */
    private static Map<String, Object> declared(byte[] data, long... shape) {
        Map<String, Object> m = new LinkedHashMap<>(ArrayCodec.encode(NdArray.uint8(new int[] {data.length}, data)));
        List<Object> dims = new java.util.ArrayList<>();
        for (long s : shape) {
            dims.add(s);
        }
        m.put("__shape__", dims);
        return m;
    }

    @Test
    void anArrayDeclaredLargerThanAllowedIsRefusedBeforeInflating() {
        LabException e = assertThrows(LabException.class,
                () -> ArrayCodec.decode(declared(new byte[4], 100_000, 100_000), 1 << 20));
        assertTrue(e.getMessage().contains("more than the 1048576 bytes accepted"), e.getMessage());
        // the global cap holds whatever the caller allows
        assertThrows(LabException.class, () -> ArrayCodec.decode(declared(new byte[4], 1 << 15, 1 << 15),
                Long.MAX_VALUE));
    }

    @Test
    void dataLongerOrShorterThanDeclaredIsRefused() {
        LabException longer = assertThrows(LabException.class,
                () -> ArrayCodec.decode(declared(new byte[1 << 20], 16, 16), 1 << 20));
        assertTrue(longer.getMessage().contains("holds more than the 256 bytes"), longer.getMessage());
        LabException shorter = assertThrows(LabException.class,
                () -> ArrayCodec.decode(declared(new byte[100], 16, 16), 1 << 20));
        assertTrue(shorter.getMessage().contains("holds 100 bytes"), shorter.getMessage());
    }

    @Test
    void anArrayOfExactlyTheDeclaredSizeRoundTrips() {
        byte[] data = new byte[256];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) i;
        }
        NdArray back = ArrayCodec.decode(declared(data, 16, 16), 256);
        assertArrayEquals(data, back.bytes());
        assertArrayEquals(new int[] {16, 16}, back.shape());
        NdArray empty = ArrayCodec.decode(declared(new byte[0], 0, 5), 256);
        assertArrayEquals(new int[] {0, 5}, empty.shape());
    }
}
