package org.photonlab.training.nn;

import java.util.function.IntConsumer;
import org.photonlab.training.data.Batch;
import org.photonlab.training.data.BatchSampler;
import org.photonlab.training.data.Split;

/** Software pre-training by backpropagation on ideal weights (see {@link PretrainConfig}). */
public final class Pretrainer {
    private Pretrainer() {
    }

    /** Outcome of a pre-training run. */
    public record Result(Network network, double trainLoss, double testAccuracy, double seconds) {
    }

    /**
     * Builds {@code spec} from {@code config.seed()} and trains it on {@code data.train()}; {@code onEpoch} (may be
     * null) is told each finished epoch (1-based).
     */
    public static Result train(ModelSpec spec, Split data, PretrainConfig config, IntConsumer onEpoch) {
        long t0 = System.nanoTime();
        Network net = Models.build(spec, config.seed());
        AdamW opt = new AdamW(net.params(), config.weightDecay());
        // a distinct stream for the batch order so that it does not depend on how many draws the init made
        BatchSampler sampler = new BatchSampler(data.train(), config.batchSize(), config.seed() * 0x9E3779B97F4A7C15L + 1);
        double[] grad = new double[config.batchSize() * net.classes()];
        double lastLoss = Double.NaN;
        for (int e = 0; e < config.epochs(); e++) {
            double lr = config.lrAt(e);
            double sum = 0;
            int batches = sampler.batchesPerEpoch();
            for (int b = 0; b < batches; b++) {
                Batch batch = sampler.next();
                int n = batch.size();
                double[] logits = net.forward(batch.features(), n, true);
                sum += CrossEntropy.loss(logits, batch.labels(), n, net.classes(), grad);
                net.zeroGrad();
                net.backward(grad, n);
                opt.step(lr);
            }
            lastLoss = sum / batches;
            if (onEpoch != null) {
                onEpoch.accept(e + 1);
            }
        }
        double acc = Evaluation.accuracy(net, data.test());
        return new Result(net, lastLoss, acc, (System.nanoTime() - t0) / 1e9);
    }
}
