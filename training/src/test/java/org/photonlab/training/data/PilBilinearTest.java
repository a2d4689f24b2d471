package org.photonlab.training.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PilBilinearTest {

    /** A 28-pixel row 0..27 shrunk to 16: output 0 averages inputs 0,1,2 with triangle weights 11:9:1 (÷1.5·14). */
    @Test
    void firstOutputPixelUsesTheWideTriangleWindow() {
        int[] in = new int[28 * 28];
        for (int y = 0; y < 28; y++) {
            for (int x = 0; x < 28; x++) {
                in[y * 28 + x] = x * 9;
            }
        }
        int[] out = PilBilinear.resize(in, 28, 28, 16, 16);
        // centre 0.875, support 1.75: weights f((x−0.375)/1.75) = 11/14, 9/14, 1/14 over a sum of 21/14
        double expected = (0 * 11 + 9 * 9 + 18 * 1) / 21.0;
        assertEquals(Math.round(expected), out[0]); // 4.714 → 5 (fixed point, round half up)
        // a constant image stays constant (weights are normalised)
        int[] flat = new int[28 * 28];
        java.util.Arrays.fill(flat, 200);
        int[] o2 = PilBilinear.resize(flat, 28, 28, 16, 16);
        for (int v : o2) {
            assertEquals(200, v);
        }
    }

    /** Pixels produced by Pillow 9.4.0 itself on bundled MNIST images. */
    @Test
    void matchesPillowOnBundledMnist() throws IOException {
        Map<Integer, int[]> ref = readReference();
        int[][] images;
        try (java.io.DataInputStream in = new java.io.DataInputStream(new java.util.zip.GZIPInputStream(
                getClass().getResourceAsStream("/data/mnist10k-images-idx3-ubyte.gz")))) {
            images = IdxReader.images(in, 28, 28);
        }
        for (Map.Entry<Integer, int[]> e : ref.entrySet()) {
            assertArrayEquals(e.getValue(), PilBilinear.resize(images[e.getKey()], 28, 28, 16, 16),
                    "image " + e.getKey());
        }
        assertEquals(4, ref.size());
    }

    private Map<Integer, int[]> readReference() throws IOException {
        Map<Integer, int[]> out = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/vectors/pil_bilinear_mnist16.txt"), StandardCharsets.US_ASCII))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] kv = line.split(":");
                String[] vals = kv[1].trim().split(" ");
                int[] px = new int[vals.length];
                for (int i = 0; i < vals.length; i++) {
                    px[i] = Integer.parseInt(vals[i]);
                }
                out.put(Integer.parseInt(kv[0].trim()), px);
            }
        }
        return out;
    }
}
