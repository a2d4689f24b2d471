package org.photonlab.training.data;

import java.util.SplittableRandom;

/**
 * Iterates over a data set in mini-batches, reshuffling the sample order at the start of every epoch with a seeded
 * generator (Fisher–Yates), so that the same seed gives the same sequence of batches. The last batch of an epoch may
 * be smaller when the batch size does not divide the data set size.
 *
 * <p>{@link #next()} refills one reused {@link Batch} (its version changes); {@link #nextCopy()} returns a new one.
 */
public final class BatchSampler {
    private final Dataset data;
    private final int batchSize;
    private final SplittableRandom rng;
    private final int[] order;
    private final Batch buffer;
    private int cursor;
    private int epoch;

    public BatchSampler(Dataset data, int batchSize, long seed) {
        if (batchSize <= 0) {
            throw new IllegalArgumentException("batchSize must be positive, got " + batchSize);
        }
        this.data = data;
        this.batchSize = batchSize;
        this.rng = new SplittableRandom(seed);
        this.order = new int[data.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        this.buffer = new Batch(batchSize, data.shape());
        this.cursor = order.length; // forces a shuffle on the first call
        this.epoch = -1;
    }

    /** Batches per epoch, ⌈n / batchSize⌉. */
    public int batchesPerEpoch() {
        return (order.length + batchSize - 1) / batchSize;
    }

    /** Epochs started so far minus one (0 during the first epoch). */
    public int epoch() {
        return Math.max(0, epoch);
    }

    /** Whether the current epoch has batches left (false before the first call and after the last batch). */
    public boolean hasNextInEpoch() {
        return cursor < order.length;
    }

    /** Refills the reused batch with the next mini-batch, starting (and reshuffling) a new epoch when needed. */
    public Batch next() {
        if (cursor >= order.length) {
            shuffle();
        }
        int count = Math.min(batchSize, order.length - cursor);
        buffer.fill(data, order, cursor, count);
        cursor += count;
        return buffer;
    }

    /** Like {@link #next()}, but a new batch object. */
    public Batch nextCopy() {
        if (cursor >= order.length) {
            shuffle();
        }
        int count = Math.min(batchSize, order.length - cursor);
        Batch b = Batch.of(data, order, cursor, count);
        cursor += count;
        return b;
    }

    private void shuffle() {
        for (int i = order.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        cursor = 0;
        epoch++;
    }
}
