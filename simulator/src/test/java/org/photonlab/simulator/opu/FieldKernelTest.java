package org.photonlab.simulator.opu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class FieldKernelTest {
    private static final long SEED = 8L;

    private static FieldKernel kernel(int rows, int cols, long cache, boolean parallel, boolean tables) {
        long[] rk = new long[rows];
        float[] sc = new float[rows];
        for (int r = 0; r < rows; r++) {
            rk[r] = 3L * r + 1;
            sc[r] = 0.1f;
        }
        long[] ck = new long[cols];
        for (int c = 0; c < cols; c++) {
            ck[c] = 1000L + c;
        }
        return new FieldKernel(new TransmissionMatrix(SEED), rk, sc, ck, cache, parallel, tables);
    }

    private static int[][] lit(int n, int rows, long seed) {
        Random rnd = new Random(seed);
        int[][] l = new int[n][];
        for (int s = 0; s < n; s++) {
            l[s] = rnd.ints(0, rows).distinct().limit(rnd.nextInt(rows / 2 + 1)).sorted().toArray();
        }
        return l;
    }

    @Test
    void subsetTablesCacheAndThreadsGiveTheSameField() {
        int rows = 77;
        int cols = 300;
        int[][] l = lit(9, rows, SEED);
        float[] re = new float[9 * cols];
        float[] im = new float[9 * cols];
        kernel(rows, cols, 0, false, false).field(l, re, im);
        float[] re2 = new float[re.length];
        float[] im2 = new float[im.length];
        kernel(rows, cols, Long.MAX_VALUE, true, true).field(l, re2, im2);
        for (int k = 0; k < re.length; k++) {
            assertEquals(re[k], re2[k], 1e-5, "seed " + SEED);
            assertEquals(im[k], im2[k], 1e-5, "seed " + SEED);
        }
        float[] re3 = new float[re.length];
        float[] im3 = new float[im.length];
        kernel(rows, cols, 0, true, false).field(l, re3, im3);
        assertArrayEquals(re, re3, "threads and caching never change the sums");
        float[] one = new float[cols];
        float[] oneIm = new float[cols];
        kernel(rows, cols, 0, false, true).field(new int[][] {l[4]}, one, oneIm);
        float[] all = new float[re.length];
        kernel(rows, cols, 0, true, true).field(l, all, new float[re.length]);
        assertArrayEquals(java.util.Arrays.copyOfRange(all, 4 * cols, 5 * cols), one,
                "with tables too, a sample's field does not depend on its batch");
    }
}
