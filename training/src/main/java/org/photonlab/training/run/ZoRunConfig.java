package org.photonlab.training.run;

import org.photonlab.training.data.BatchSampler;
import org.photonlab.training.zo.MixedTrainConfig;
import org.photonlab.training.zo.ZoOptimizerConfig;

/**
 * What a {@link ZoRun} does. Build it with {@link #builder()}; every field has a default.
 *
 * @param optimizer     the optimiser and its settings (default {@link MixedTrainConfig#defaults()}); its
 *                      {@link ZoOptimizerConfig#id()} is the method of the run record
 * @param model         model name, recorded only (default {@code cnn-s})
 * @param dataset       data-set name, recorded only (default {@code mnist16})
 * @param epochs        epochs ≥ 1 (default 1)
 * @param seed          seed of every random draw of the run: batch order, mask, skips, directions (default 1)
 * @param batchSize     mini-batch size (default 32)
 * @param stepsPerEpoch steps per epoch; 0 (default) means ⌊training-set size / batch size⌋, one pass
 * @param fixedBatch    reference quirk M1: every step reuses the first mini-batch of the unshuffled training set
 *                      (default false: a fresh mini-batch per step, reshuffled every epoch)
 * @param idealAccuracy test accuracy of the ideal software model, for {@link ZoRunResult#queriesTo95()}; NaN (default)
 *                      if unknown
 * @param evalEvery     steps between test-accuracy checks for queries-to-95% (default 25); only done while an ideal
 *                      accuracy is given and not yet reached; such checks are not training queries
 */
public record ZoRunConfig(ZoOptimizerConfig optimizer, String model, String dataset, int epochs, long seed,
                          int batchSize, int stepsPerEpoch, boolean fixedBatch, double idealAccuracy, int evalEvery) {

    public ZoRunConfig {
        if (optimizer == null) {
            throw new IllegalArgumentException("optimizer must be set");
        }
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be ≥ 1, got " + epochs);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be ≥ 1, got " + batchSize);
        }
        if (stepsPerEpoch < 0 || evalEvery < 1) {
            throw new IllegalArgumentException("stepsPerEpoch must be ≥ 0 and evalEvery ≥ 1, got " + stepsPerEpoch
                    + ", " + evalEvery);
        }
    }

    /** The method id, {@code optimizer().id()}. */
    public String method() {
        return optimizer.id();
    }

    /** The order of the training batches: {@link BatchSampler.Order#FIRST_BATCH} under M1, else whole batches. */
    public BatchSampler.Order batchOrder() {
        return fixedBatch ? BatchSampler.Order.FIRST_BATCH : BatchSampler.Order.FULL_BATCHES;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder pre-filled with this configuration. */
    public Builder toBuilder() {
        return new Builder().optimizer(optimizer).model(model).dataset(dataset).epochs(epochs).seed(seed)
                .batchSize(batchSize).stepsPerEpoch(stepsPerEpoch).fixedBatch(fixedBatch)
                .idealAccuracy(idealAccuracy).evalEvery(evalEvery);
    }

    /** Builder of {@link ZoRunConfig}; starts from the defaults listed there. */
    public static final class Builder {
        private ZoOptimizerConfig optimizer = MixedTrainConfig.defaults();
        private String model = "cnn-s";
        private String dataset = "mnist16";
        private int epochs = 1;
        private long seed = 1;
        private int batchSize = 32;
        private int stepsPerEpoch;
        private boolean fixedBatch;
        private double idealAccuracy = Double.NaN;
        private int evalEvery = 25;

        private Builder() {
        }

        /** The optimiser and its settings, e.g. {@code FlopsConfig.defaults()}. */
        public Builder optimizer(ZoOptimizerConfig c) {
            optimizer = c;
            return this;
        }

        public Builder model(String m) {
            model = m;
            return this;
        }

        public Builder dataset(String d) {
            dataset = d;
            return this;
        }

        public Builder epochs(int e) {
            epochs = e;
            return this;
        }

        public Builder seed(long s) {
            seed = s;
            return this;
        }

        public Builder batchSize(int b) {
            batchSize = b;
            return this;
        }

        public Builder stepsPerEpoch(int s) {
            stepsPerEpoch = s;
            return this;
        }

        public Builder fixedBatch(boolean m1) {
            fixedBatch = m1;
            return this;
        }

        public Builder idealAccuracy(double a) {
            idealAccuracy = a;
            return this;
        }

        public Builder evalEvery(int n) {
            evalEvery = n;
            return this;
        }

        /** Checks and builds; throws IllegalArgumentException naming the bad field. */
        public ZoRunConfig build() {
            return new ZoRunConfig(optimizer, model, dataset, epochs, seed, batchSize, stepsPerEpoch, fixedBatch,
                    idealAccuracy, evalEvery);
        }
    }
}
