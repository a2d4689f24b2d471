package org.photonlab.training.data;

import java.util.SplittableRandom;

/**
 * Draws seeded mini-batches of a data set in one of three documented {@link Order}s. Every order that shuffles uses
 * the same Fisher–Yates permutation of a {@link SplittableRandom} seeded with {@code seed}, so the same data set,
 * batch size, order and seed give the same sequence of batches.
 *
 * <p>{@link #next()} refills one reused {@link Batch} (its version changes, so a chip that caches per batch sees a
 * new batch); {@link #nextCopy()} returns a new one. Not thread-safe.
 */
public final class BatchSampler {
    /** How batches are cut from the data set. */
    public enum Order {
        /**
         * One pass per epoch: a fresh permutation at the start of every epoch, cut into consecutive batches; the last
         * batch of an epoch is short when the batch size does not divide the data set size, so every sample is seen
         * exactly once per epoch. Software pre-training and DFA train in this order.
         */
        EPOCH_PASS,
        /**
         * Whole batches only: batches of exactly {@code batchSize} consecutive samples of a permutation; when fewer
         * than {@code batchSize} samples are left in the permutation, or at {@link #newEpoch()}, a fresh permutation
         * starts (the remainder is not used). Zeroth-order training draws in this order.
         */
        FULL_BATCHES,
        /**
         * Reference quirk M1 of zeroth-order training: the first {@code batchSize} samples of the unshuffled data set,
         * every time (the same batch object, its version unchanged).
         */
        FIRST_BATCH
    }

    private final Dataset data;
    private final int batchSize;
    private final Order mode;
    private final SplittableRandom rng;
    private final int[] order;
    private final Batch buffer;
    private int cursor;
    private int epoch;
    private Batch firstBatch;

    /** A sampler in the {@link Order#EPOCH_PASS} order. */
    public BatchSampler(Dataset data, int batchSize, long seed) {
        this(data, batchSize, Order.EPOCH_PASS, seed);
    }

    /**
     * @throws IllegalArgumentException if {@code batchSize} is not positive, or, for the orders that never cut a
     *                                  short batch, larger than the data set
     */
    public BatchSampler(Dataset data, int batchSize, Order mode, long seed) {
        if (batchSize <= 0) {
            throw new IllegalArgumentException("batchSize must be positive, got " + batchSize);
        }
        if (mode != Order.EPOCH_PASS && data.size() < batchSize) {
            throw new IllegalArgumentException("training set of " + data.size() + " samples is smaller than one batch"
                    + " of " + batchSize);
        }
        this.data = data;
        this.batchSize = batchSize;
        this.mode = mode;
        this.rng = new SplittableRandom(seed);
        this.order = new int[data.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        this.buffer = new Batch(batchSize, data.shape());
        this.cursor = order.length; // forces a shuffle on the first call
        this.epoch = -1;
    }

    public Order order() {
        return mode;
    }

    /** Batches per epoch: ⌈n / batchSize⌉ for {@link Order#EPOCH_PASS}, ⌊n / batchSize⌋ otherwise. */
    public int batchesPerEpoch() {
        return mode == Order.EPOCH_PASS ? (order.length + batchSize - 1) / batchSize : order.length / batchSize;
    }

    /** Permutations drawn so far minus one (0 during the first). */
    public int epoch() {
        return Math.max(0, epoch);
    }

    /** Whether the current permutation has samples left (false before the first call and after its last batch). */
    public boolean hasNextInEpoch() {
        return cursor < order.length;
    }

    /**
     * {@link Order#FULL_BATCHES}: the next batch comes from a fresh permutation. The other orders need no call: an
     * {@link Order#EPOCH_PASS} epoch ends with its last batch, and {@link Order#FIRST_BATCH} never changes.
     */
    public void newEpoch() {
        if (mode == Order.FULL_BATCHES) {
            cursor = order.length;
        }
    }

    /** Refills the reused batch with the next mini-batch (for {@link Order#FIRST_BATCH}: the one fixed batch). */
    public Batch next() {
        if (mode == Order.FIRST_BATCH) {
            return first();
        }
        int count = advance();
        buffer.fill(data, order, cursor - count, count);
        return buffer;
    }

    /** Like {@link #next()}, but a new batch object (for {@link Order#FIRST_BATCH}: the one fixed batch). */
    public Batch nextCopy() {
        if (mode == Order.FIRST_BATCH) {
            return first();
        }
        int count = advance();
        return Batch.of(data, order, cursor - count, count);
    }

    private Batch first() {
        if (firstBatch == null) {
            firstBatch = Batch.range(data, 0, batchSize);
        }
        return firstBatch;
    }

    /** Moves the cursor over the next batch, reshuffling first when the order says so; returns the batch size. */
    private int advance() {
        boolean exhausted = mode == Order.EPOCH_PASS ? cursor >= order.length : cursor + batchSize > order.length;
        if (exhausted) {
            shuffle();
        }
        int count = Math.min(batchSize, order.length - cursor);
        cursor += count;
        return count;
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
