package org.photonlab.training.zo;

/**
 * Creates the zeroth-order optimisers. Each takes the deployed model (its current phases are the starting point),
 * its settings and a seed that fixes every random draw (mask, skips, directions): same seed, same run.
 */
public final class Optimizers {
    private Optimizers() {
    }

    /** MixedTrn's SZO-SCD; declares the passive phases of its mask to {@code model}. */
    public static ZerothOrderOptimizer mixedTrain(OnChipModel model, MixedTrainConfig config, long seed) {
        return new SzoScdOptimizer(model, config, seed);
    }

    /** FLOPS's ZO-SGD; declares the passive phases (none unless {@code config.alphaP() > 0}) to {@code model}. */
    public static ZerothOrderOptimizer flops(OnChipModel model, FlopsConfig config, long seed) {
        return new FlopsOptimizer(model, config, seed);
    }
}
