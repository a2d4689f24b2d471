package org.photonlab.training.run;

import java.util.ArrayList;
import java.util.List;
import org.photonlab.training.data.BatchSampler;
import org.photonlab.training.data.Dataset;
import org.photonlab.training.zo.OnChipModel;
import org.photonlab.training.zo.Seeds;
import org.photonlab.training.zo.StepResult;
import org.photonlab.training.zo.ZerothOrderOptimizer;

/**
 * One zeroth-order training run on an already deployed chip model:
 *
 * <ol>
 *   <li>measure the deployed test accuracy and the heater power of every heater;</li>
 *   <li>create the optimiser from its config ({@link org.photonlab.training.zo.ZoOptimizerConfig#create}), which declares its passive phases to the chip;</li>
 *   <li>for each epoch: {@code stepsPerEpoch} optimiser steps on mini-batches of the training set, then the test
 *       accuracy and the power of the active heaters, then the per-epoch schedule;</li>
 *   <li>report a {@link ZoRunResult}.</li>
 * </ol>
 *
 * Queries are the optimiser's mini-batch forwards; test-accuracy evaluations are not counted. Batches are drawn in
 * {@link ZoRunConfig#batchOrder()}. Seeds: the batch order uses stream 0 of the run seed, the optimiser stream 1, so the same config and deployed model give the same result.
 * Single use, not thread-safe.
 */
public final class ZoRun {
    private final OnChipModel model;
    private final Dataset train;
    private final Dataset test;
    private final ZoRunConfig config;
    private final ProgressListener<EpochMetrics> listener;

    /** Nothing happens until {@link #run()}; {@code model} is trained in place. */
    public ZoRun(OnChipModel model, Dataset train, Dataset test, ZoRunConfig config,
                 ProgressListener<EpochMetrics> listener) {
        this.model = model;
        this.train = train;
        this.test = test;
        this.config = config;
        this.listener = listener == null ? ProgressListener.none() : listener;
    }

    /** Runs the whole training and returns its summary. */
    public ZoRunResult run() {
        double accDeployed = model.accuracy(test);
        double powerDeployed = model.powerWatts(null);
        long optSeed = Seeds.mix(config.seed(), 1);
        ZerothOrderOptimizer opt = config.optimizer().create(model, optSeed);
        boolean[][] active = opt.activeMask();
        BatchSampler sampler = new BatchSampler(train, config.batchSize(), config.batchOrder(),
                Seeds.mix(config.seed(), 0));
        int steps = config.stepsPerEpoch() > 0 ? config.stepsPerEpoch() : train.size() / config.batchSize();
        double target = 0.95 * config.idealAccuracy();
        boolean tracking = !Double.isNaN(target);
        long queriesTo95 = tracking && accDeployed >= target ? 0 : -1;
        long queries = 0;
        List<EpochMetrics> epochs = new ArrayList<>();
        for (int e = 1; e <= config.epochs(); e++) {
            listener.epochStarted(e, config.epochs(), steps);
            sampler.newEpoch();
            double lossSum = 0;
            for (int s = 1; s <= steps; s++) {
                StepResult r = opt.step(sampler.next());
                queries += r.queries();
                lossSum += r.lossBefore();
                listener.stepDone(e, s, steps, r.lossBefore(), queries);
                if (tracking && queriesTo95 < 0 && s % config.evalEvery() == 0 && s < steps
                        && model.accuracy(test) >= target) {
                    queriesTo95 = queries;
                }
            }
            double acc = model.accuracy(test);
            if (tracking && queriesTo95 < 0 && acc >= target) {
                queriesTo95 = queries;
            }
            EpochMetrics m = new EpochMetrics(e, queries, lossSum / steps, acc, model.powerWatts(active));
            epochs.add(m);
            listener.epochEnded(m);
            opt.onEpochEnd(e - 1);
        }
        double accFinal = epochs.get(epochs.size() - 1).testAccuracy();
        int activeCount = 0;
        for (boolean[] g : active) {
            for (boolean a : g) {
                activeCount += a ? 1 : 0;
            }
        }
        return new ZoRunResult(config.method(), accDeployed, accFinal, powerDeployed, model.powerWatts(active),
                model.powerWatts(null), activeCount, model.phaseCount(), queries, queriesTo95, epochs);
    }
}
