package org.photonlab.training.zo;

/**
 * Settings of FLOPS (ZO-SGD with Gaussian directions).
 *
 * @param eta        learning rate η₀
 * @param sigma      perturbation scale σ, rad
 * @param samples    directions per step Q ≥ 1 (queries per step: 1 + Q)
 * @param decay      η ← η·decay after every epoch (ExponentialLR), in (0, 1]
 * @param clipNorm   if &gt; 0, ĝ is rescaled to at most this Euclidean norm before the update (0: off)
 * @param alphaP     fraction of U/V phases left out (mixed-training mask, as MixedTrn); 0 trains every phase, as
 *                   the reference
 * @param noRecommit reference quirk F1: θ is not re-committed after the update, so the next baseline L(θ) is measured
 *                   at the last perturbed point
 * @param firstNotAveraged reference quirk F2: the first direction's term is not divided by Q
 * @param thousandSeeds    reference quirk F3: each direction comes from a generator reseeded with one of 1,000
 *                         seeds, so only 1,000 distinct directions exist
 */
public record FlopsConfig(double eta, double sigma, int samples, double decay, double clipNorm, double alphaP,
                          boolean noRecommit, boolean firstNotAveraged, boolean thousandSeeds)
        implements ZoOptimizerConfig {
    /** Method id: {@value}. */
    public static final String ID = "flops";

    public FlopsConfig {
        if (!(eta > 0) || !(sigma > 0) || samples < 1 || !(decay > 0 && decay <= 1) || !(clipNorm >= 0)
                || !(alphaP >= 0 && alphaP < 1)) {
            throw new IllegalArgumentException("FLOPS needs eta > 0, sigma > 0, samples ≥ 1, decay in (0, 1], "
                    + "clipNorm ≥ 0, alphaP in [0, 1); got " + eta + ", " + sigma + ", " + samples + ", " + decay
                    + ", " + clipNorm + ", " + alphaP);
        }
    }

    @Override
    public String id() {
        return ID;
    }

    /** FLOPS's ZO-SGD; declares the passive phases (none unless {@code alphaP() > 0}) to {@code model}. */
    @Override
    public ZerothOrderOptimizer create(OnChipModel model, long seed) {
        return new FlopsOptimizer(model, this, seed);
    }

    /** The reference configuration (η = 2, σ = 0.1, Q = 1, ×0.99/epoch, quirks F1–F3): it randomises the chip. */
    public static FlopsConfig reference() {
        return new FlopsConfig(2.0, 0.1, 1, 0.99, 0.0, 0.0, true, true, true);
    }

    /**
     * Our tuned defaults (docs/zo-training.md): η = 5e-3, σ = one 8-bit LSB, Q = 10, ×0.99 per epoch, no clipping,
     * restricted to the mixed-training active set (α_p = 0.85), no quirks. Small steps on few coordinates improve
     * the deployed model instead of randomising it.
     */
    public static FlopsConfig defaults() {
        return new FlopsConfig(5e-3, MixedTrainConfig.LSB_8BIT, 10, 0.99, 0.0, 0.85, false, false, false);
    }

    public FlopsConfig withEta(double e) {
        return new FlopsConfig(e, sigma, samples, decay, clipNorm, alphaP, noRecommit, firstNotAveraged,
                thousandSeeds);
    }

    public FlopsConfig withSigma(double s) {
        return new FlopsConfig(eta, s, samples, decay, clipNorm, alphaP, noRecommit, firstNotAveraged,
                thousandSeeds);
    }

    public FlopsConfig withSamples(int q) {
        return new FlopsConfig(eta, sigma, q, decay, clipNorm, alphaP, noRecommit, firstNotAveraged, thousandSeeds);
    }

    public FlopsConfig withClipNorm(double c) {
        return new FlopsConfig(eta, sigma, samples, decay, c, alphaP, noRecommit, firstNotAveraged, thousandSeeds);
    }

    public FlopsConfig withAlphaP(double a) {
        return new FlopsConfig(eta, sigma, samples, decay, clipNorm, a, noRecommit, firstNotAveraged, thousandSeeds);
    }

    public FlopsConfig withQuirks(boolean f1, boolean f2, boolean f3) {
        return new FlopsConfig(eta, sigma, samples, decay, clipNorm, alphaP, f1, f2, f3);
    }
}
