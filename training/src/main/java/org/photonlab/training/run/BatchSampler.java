package org.photonlab.training.run;

import java.util.SplittableRandom;
import org.photonlab.training.data.Batch;
import org.photonlab.training.data.Dataset;

/**
 * Draws the training mini-batches of a run: each epoch a fresh seeded permutation of the training set cut into
 * consecutive batches (a fresh batch per step), or, under reference quirk M1, the first {@code batchSize} samples of
 * the unshuffled set every time. Batches have exactly {@code batchSize} samples (the remainder of a pass is not
 * used), and one {@link Batch} buffer is refilled per step, so a chip that caches per batch sees a new version.
 */
final class BatchSampler {
    private final Dataset data;
    private final int batchSize;
    private final boolean fixed;
    private final SplittableRandom rng;
    private final int[] order;
    private final Batch buffer;
    private int cursor;
    private Batch fixedBatch;

    BatchSampler(Dataset data, int batchSize, boolean fixed, long seed) {
        if (data.size() < batchSize) {
            throw new IllegalArgumentException("training set of " + data.size() + " samples is smaller than one batch of "
                    + batchSize);
        }
        this.data = data;
        this.batchSize = batchSize;
        this.fixed = fixed;
        this.rng = new SplittableRandom(seed);
        this.order = new int[data.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        this.buffer = new Batch(batchSize, data.shape());
        this.cursor = order.length;
    }

    /** The next mini-batch. */
    Batch next() {
        if (fixed) {
            if (fixedBatch == null) {
                fixedBatch = Batch.range(data, 0, batchSize);
            }
            return fixedBatch;
        }
        if (cursor + batchSize > order.length) {
            shuffle();
            cursor = 0;
        }
        buffer.fill(data, order, cursor, batchSize);
        cursor += batchSize;
        return buffer;
    }

    /** Starts a new pass: the next batch comes from a fresh permutation. */
    void newEpoch() {
        cursor = order.length;
    }

    private void shuffle() {
        for (int i = order.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }
}
