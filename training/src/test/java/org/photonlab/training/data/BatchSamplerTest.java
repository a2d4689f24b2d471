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

    /** The seeded Fisher–Yates permutation every shuffling order uses (the draw the seeded figures rest on). */
    private static int[] permutation(int n, java.util.SplittableRandom rng, int[] order) {
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order.clone();
    }

    private static int[] identity(int n) {
        int[] o = new int[n];
        for (int i = 0; i < n; i++) {
            o[i] = i;
        }
        return o;
    }

    private static int[] drawn(Batch b) {
        int[] out = new int[b.size()];
        for (int r = 0; r < out.length; r++) {
            out[r] = (int) b.features()[r];
        }
        return out;
    }

    @Test
    void epochPassOrderIsOneFreshPermutationPerEpochCutIntoBatches() {
        java.util.SplittableRandom ref = new java.util.SplittableRandom(7);
        int[] order = identity(10);
        BatchSampler s = new BatchSampler(counting(10), 4, BatchSampler.Order.EPOCH_PASS, 7);
        for (int epoch = 0; epoch < 3; epoch++) {
            int[] p = permutation(10, ref, order);
            assertArrayEquals(Arrays.copyOfRange(p, 0, 4), drawn(s.next()), "epoch " + epoch);
            assertArrayEquals(Arrays.copyOfRange(p, 4, 8), drawn(s.next()));
            assertArrayEquals(Arrays.copyOfRange(p, 8, 10), drawn(s.next()), "the short last batch");
            assertEquals(epoch, s.epoch());
        }
    }

    @Test
    void fullBatchesOrderDropsTheRemainderAndReshufflesAtANewEpoch() {
        java.util.SplittableRandom ref = new java.util.SplittableRandom(3);
        int[] order = identity(10);
        BatchSampler s = new BatchSampler(counting(10), 4, BatchSampler.Order.FULL_BATCHES, 3);
        assertEquals(2, s.batchesPerEpoch());
        int[] p1 = permutation(10, ref, order);
        assertArrayEquals(Arrays.copyOfRange(p1, 0, 4), drawn(s.next()));
        assertArrayEquals(Arrays.copyOfRange(p1, 4, 8), drawn(s.next()));
        int[] p2 = permutation(10, ref, order);
        assertArrayEquals(Arrays.copyOfRange(p2, 0, 4), drawn(s.next()), "2 left < 4: a fresh permutation");
        s.newEpoch();
        int[] p3 = permutation(10, ref, order);
        assertArrayEquals(Arrays.copyOfRange(p3, 0, 4), drawn(s.next()), "a new epoch starts a fresh permutation");
        assertEquals(4, s.next().size(), "never a short batch");
    }

    @Test
    void firstBatchOrderIsTheUnshuffledFirstBatchEveryTime() {
        BatchSampler s = new BatchSampler(counting(10), 4, BatchSampler.Order.FIRST_BATCH, 5);
        Batch a = s.next();
        long version = a.version();
        s.newEpoch();
        Batch b = s.next();
        assertSame(a, b);
        assertEquals(version, b.version(), "the same contents: a per-batch cache may keep its result");
        assertArrayEquals(new int[] {0, 1, 2, 3}, drawn(b));
    }

    @Test
    void ordersThatNeverCutAShortBatchRefuseADataSetSmallerThanOneBatch() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new BatchSampler(counting(3), 4, BatchSampler.Order.FULL_BATCHES, 1));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("smaller than one batch of 4"),
                e.getMessage());
        assertEquals(1, new BatchSampler(counting(3), 4, 1).batchesPerEpoch(), "one short batch per pass");
    }
}
