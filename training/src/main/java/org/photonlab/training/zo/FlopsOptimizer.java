package org.photonlab.training.zo;

import java.util.List;
import java.util.SplittableRandom;
import org.photonlab.training.data.Batch;

/**
 * FLOPS: zeroth-order SGD with Gaussian directions over the active phases θ. One step on mini-batch B:
 *
 * <pre>
 * L₀ ← L(θ; B)                                              1 query
 * for q = 1..Q: u_q ~ N(0, I) on the active coordinates;  commit θ + σ·u_q;  L_q ← L(θ + σu_q; B)   Q queries
 * ĝ = (1/Q)·Σ_q (L_q − L₀)/σ · u_q                           (F2: the q = 1 term is not divided by Q)
 * if clipNorm &gt; 0 and ‖ĝ‖ &gt; clipNorm: ĝ ← ĝ·clipNorm/‖ĝ‖
 * θ ← θ − η·ĝ;  commit θ                                    (F1: not committed; the chip keeps θ + σu_Q)
 * </pre>
 *
 * η = η₀·decay^epoch. The optimiser owns θ (it reads the deployed phases once, on construction), so in F1 mode the
 * next baseline is measured at the stale perturbed point while the update still applies to θ, as in the reference.
 * Not thread-safe.
 */
final class FlopsOptimizer implements ZerothOrderOptimizer {
    private static final int F3_SEEDS = 1000;

    private final OnChipModel model;
    private final FlopsConfig config;
    private final boolean[][] activeMask;
    private final int[] coords;
    private final double[] theta;
    private final double[] probe;
    private final double[][] directions;
    private final double[] gradient;
    private final SplittableRandom rng;
    private double eta;

    FlopsOptimizer(OnChipModel model, FlopsConfig config, long seed) {
        this.model = model;
        this.config = config;
        List<OnChipModel.PhaseGroup> groups = model.groups();
        ActiveSet active = config.alphaP() == 0 ? ActiveSet.all(groups)
                : ActiveSet.mixed(groups, config.alphaP(), Seeds.mix(seed, 1), false);
        this.activeMask = active.mask();
        this.coords = flatIndices(groups, active);
        this.theta = model.phases();
        this.probe = theta.clone();
        this.directions = new double[config.samples()][coords.length];
        this.gradient = new double[coords.length];
        this.rng = new SplittableRandom(Seeds.mix(seed, 3));
        this.eta = config.eta();
        model.declarePassive(active.passiveMask());
    }

    private static int[] flatIndices(List<OnChipModel.PhaseGroup> groups, ActiveSet active) {
        int[] out = new int[active.count()];
        int n = 0;
        int offset = 0;
        for (int g = 0; g < groups.size(); g++) {
            for (int i : active.indices(g)) {
                out[n++] = offset + i;
            }
            offset += groups.get(g).size();
        }
        return out;
    }

    @Override
    public String name() {
        return "flops";
    }

    @Override
    public StepResult step(Batch batch) {
        int q = config.samples();
        double sigma = config.sigma();
        double l0 = model.loss(batch);
        java.util.Arrays.fill(gradient, 0.0);
        for (int s = 0; s < q; s++) {
            double[] u = directions[s];
            sample(u);
            System.arraycopy(theta, 0, probe, 0, theta.length);
            for (int c = 0; c < coords.length; c++) {
                probe[coords[c]] += sigma * u[c];
            }
            model.setPhases(probe);
            double lq = model.loss(batch);
            double weight = (lq - l0) / sigma / (config.firstNotAveraged() && s == 0 ? 1 : q);
            for (int c = 0; c < coords.length; c++) {
                gradient[c] += weight * u[c];
            }
        }
        double scale = eta;
        if (config.clipNorm() > 0) {
            double norm = 0;
            for (double v : gradient) {
                norm += v * v;
            }
            norm = Math.sqrt(norm);
            if (norm > config.clipNorm()) {
                scale *= config.clipNorm() / norm;
            }
        }
        for (int c = 0; c < coords.length; c++) {
            theta[coords[c]] -= scale * gradient[c];
        }
        if (!config.noRecommit()) {
            model.setPhases(theta);
        }
        return new StepResult(l0, Double.NaN, 1L + q, q, 1, 0, model.powerWatts(activeMask));
    }

    /** Fills u with N(0, 1) draws; under F3 from a generator reseeded with one of 1,000 fixed seeds. */
    void sample(double[] u) {
        SplittableRandom src = config.thousandSeeds()
                ? new SplittableRandom(Seeds.mix(rng.nextInt(F3_SEEDS), 0x5EED)) : rng;
        for (int c = 0; c < u.length; c++) {
            u[c] = src.nextGaussian();
        }
    }

    /** The optimiser's θ (a copy). */
    double[] theta() {
        return theta.clone();
    }

    @Override
    public void onEpochEnd(int epoch) {
        eta = config.eta() * Math.pow(config.decay(), epoch + 1);
    }

    @Override
    public boolean[][] activeMask() {
        boolean[][] m = new boolean[activeMask.length][];
        for (int g = 0; g < m.length; g++) {
            m[g] = activeMask[g].clone();
        }
        return m;
    }
}
