package org.photonlab.training.zo;

/**
 * Settings of MixedTrn's SZO-SCD.
 *
 * @param delta0           initial coordinate step δ₀, rad; the reference uses one 8-bit phase LSB, 2π/255
 * @param decay            δ ← δ·decay after every epoch (ExponentialLR), in (0, 1]
 * @param alphaP           parameter-level sparsity α_p: fraction of U/V phases left passive
 * @param alphaG           gradient-level sparsity α_g: probability of skipping an active coordinate in a step
 * @param rule             what to do with the second move, see {@link AcceptRule}
 * @param pruning          power-aware pruning policy
 * @param sameSeedPerLayer reference quirk M4: one mask stream for every layer
 */
public record MixedTrainConfig(double delta0, double decay, double alphaP, double alphaG, AcceptRule rule,
                               PruningPolicy pruning, boolean sameSeedPerLayer) implements ZoOptimizerConfig {
    /** Method id: {@value}. */
    public static final String ID = "mixedtrn";
    /** One 8-bit phase LSB, 2π/(2⁸ − 1) rad. */
    public static final double LSB_8BIT = 2 * Math.PI / 255;

    public MixedTrainConfig {
        if (!(delta0 > 0) || !(decay > 0 && decay <= 1) || !(alphaP >= 0 && alphaP <= 1)
                || !(alphaG >= 0 && alphaG < 1)) {
            throw new IllegalArgumentException("MixedTrn needs delta0 > 0, decay in (0, 1], alphaP in [0, 1], "
                    + "alphaG in [0, 1); got " + delta0 + ", " + decay + ", " + alphaP + ", " + alphaG);
        }
        if (rule == null || pruning == null) {
            throw new IllegalArgumentException("rule and pruning must not be null");
        }
    }

    @Override
    public String id() {
        return ID;
    }

    /** MixedTrn's SZO-SCD; declares the passive phases of its mask to {@code model}. */
    @Override
    public ZerothOrderOptimizer create(OnChipModel model, long seed) {
        return new SzoScdOptimizer(model, this, seed);
    }

    /**
     * Our defaults: δ₀ = 1 LSB, ×0.99 per epoch, α_p = 0.85, α_g = 0.9, STP, power-gated acceptance plus
     * prune-to-zero sweeps ({@code gated+zero}, chosen by measurement: docs/zo-training.md), per-layer masks.
     */
    public static MixedTrainConfig defaults() {
        return new MixedTrainConfig(LSB_8BIT, 0.99, 0.85, 0.9, AcceptRule.STP, PruningPolicies.parse("gated+zero"),
                false);
    }

    public MixedTrainConfig withAlphaP(double a) {
        return new MixedTrainConfig(delta0, decay, a, alphaG, rule, pruning, sameSeedPerLayer);
    }

    public MixedTrainConfig withAlphaG(double a) {
        return new MixedTrainConfig(delta0, decay, alphaP, a, rule, pruning, sameSeedPerLayer);
    }

    public MixedTrainConfig withRule(AcceptRule r) {
        return new MixedTrainConfig(delta0, decay, alphaP, alphaG, r, pruning, sameSeedPerLayer);
    }

    public MixedTrainConfig withPruning(PruningPolicy p) {
        return new MixedTrainConfig(delta0, decay, alphaP, alphaG, rule, p, sameSeedPerLayer);
    }

    public MixedTrainConfig withDelta0(double d) {
        return new MixedTrainConfig(d, decay, alphaP, alphaG, rule, pruning, sameSeedPerLayer);
    }

    public MixedTrainConfig withSameSeedPerLayer(boolean m4) {
        return new MixedTrainConfig(delta0, decay, alphaP, alphaG, rule, pruning, m4);
    }
}
