package org.photonlab.training.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BatchSamplerTest {
    private static Dataset counting(int n) {
        float[] f = new float[n];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            f[i] = i;
            y[i] = i % 3;
        }
        return new Dataset("count", f, y, new int[] {1}, 3);
    }

    @Test
    void anEpochVisitsEverySampleOnceAndTheLastBatchIsShort() {
        BatchSampler s = new BatchSampler(counting(10), 4, 1);
        assertEquals(3, s.batchesPerEpoch());
        boolean[] seen = new boolean[10];
        int[] sizes = new int[3];
        for (int b = 0; b < 3; b++) {
            Batch batch = s.next();
            sizes[b] = batch.size();
            for (int r = 0; r < batch.size(); r++) {
                int i = (int) batch.features()[r];
                assertFalse(seen[i]);
                seen[i] = true;
                assertEquals(i % 3, batch.labels()[r]);
            }
        }
        assertArrayEquals(new int[] {4, 4, 2}, sizes);
        assertFalse(s.hasNextInEpoch());
    }

    @Test
    void sameSeedSameOrderAndTheBufferIsReusedWithANewVersion() {
        BatchSampler a = new BatchSampler(counting(50), 8, 42);
        BatchSampler b = new BatchSampler(counting(50), 8, 42);
        BatchSampler c = new BatchSampler(counting(50), 8, 43);
        Batch first = a.next();
        long v = first.version();
        float[] fa = Arrays.copyOf(first.features(), 8);
        assertArrayEquals(fa, Arrays.copyOf(b.next().features(), 8));
        assertNotEquals(Arrays.toString(fa), Arrays.toString(Arrays.copyOf(c.next().features(), 8)));
        Batch second = a.next();
        assertSame(first, second);
        assertEquals(v + 1, second.version());
    }
}
