package org.photonlab.training.zo;

import java.util.List;
import java.util.SplittableRandom;
import org.photonlab.hal.core.PhaseRange;
import org.photonlab.training.data.Batch;

/**
 * MixedTrn: sparse zeroth-order stochastic coordinate descent (SZO-SCD) over the active phases of a mixed-training
 * mask. One step on mini-batch B:
 *
 * <pre>
 * L_old ← L(θ; B)                                          1 query
 * for each group (layer order; U, Σ, V), for each active i ascending:
 *   with probability α_g: skip i                            dynamic sparsity, an independent seeded draw per i
 *   s ← policy.firstSign(θ_i)                               +1 unless power-aware pruning prefers −δ
 *   θ_i ← θ_i⁰ + s·δ, commit;  L₁ ← L(θ; B)                 1 query
 *   if accept(L₁ − L_old, ΔP₁): L_old ← L₁                  keep the first move
 *   else θ_i ← θ_i⁰ − s·δ, commit;  L₂ ← L(θ; B)            1 query
 *        REFERENCE: L_old ← L₂                              kept unconditionally
 *        STP: if accept(L₂ − L_old, ΔP₂): L_old ← L₂ else θ_i ← θ_i⁰, commit (no query)
 * then policy.afterStep (a prune-to-zero sweep, when due)
 * </pre>
 *
 * Queries per step: 1 + tried + (first moves rejected) + sweep queries, counted exactly. With the default policy
 * accept(ΔL, ΔP) is ΔL &lt; 0, so this is the reference algorithm (brief §2.3). δ = δ₀·decay^epoch. The mask is
 * declared passive to the chip on construction. Not thread-safe.
 */
final class SzoScdOptimizer implements ZerothOrderOptimizer {
    private final OnChipModel model;
    private final MixedTrainConfig config;
    private final ActiveSet active;
    private final boolean[][] activeMask;
    private final PhaseRange[] ranges;
    private final SplittableRandom skipRng;
    private double delta;
    private long steps;

    SzoScdOptimizer(OnChipModel model, MixedTrainConfig config, long seed) {
        this.model = model;
        this.config = config;
        List<OnChipModel.PhaseGroup> groups = model.groups();
        this.active = ActiveSet.mixed(groups, config.alphaP(), Seeds.mix(seed, 1), config.sameSeedPerLayer());
        this.activeMask = active.mask();
        this.ranges = new PhaseRange[groups.size()];
        for (int g = 0; g < ranges.length; g++) {
            ranges[g] = groups.get(g).section().range();
        }
        this.skipRng = new SplittableRandom(Seeds.mix(seed, 2));
        this.delta = config.delta0();
        model.declarePassive(active.passiveMask());
    }

    @Override
    public String name() {
        return "mixedtrn";
    }

    /** The current coordinate step δ, rad. */
    double delta() {
        return delta;
    }

    @Override
    public StepResult step(Batch batch) {
        PruningPolicy policy = config.pruning();
        boolean stp = config.rule() == AcceptRule.STP;
        double alphaG = config.alphaG();
        double lossBefore = model.loss(batch);
        double lOld = lossBefore;
        long queries = 1;
        int tried = 0;
        int moved = 0;
        for (int g = 0; g < active.groups(); g++) {
            PhaseRange range = ranges[g];
            for (int i : active.indices(g)) {
                // one draw per active coordinate, whether or not alphaG is 0, so runs differ only by α_g
                if (skipRng.nextDouble() < alphaG) {
                    continue;
                }
                tried++;
                double theta0 = model.phase(g, i);
                double s = policy.firstSign(theta0, delta, range);
                double first = theta0 + s * delta;
                model.setPhase(g, i, first);
                double l1 = model.loss(batch);
                queries++;
                if (policy.accept(l1 - lOld, PhasePower.change(theta0, first, range))) {
                    lOld = l1;
                    moved++;
                    continue;
                }
                double second = theta0 - s * delta;
                model.setPhase(g, i, second);
                double l2 = model.loss(batch);
                queries++;
                if (!stp || policy.accept(l2 - lOld, PhasePower.change(theta0, second, range))) {
                    lOld = l2;
                    moved++;
                } else {
                    model.setPhase(g, i, theta0);
                }
            }
        }
        steps++;
        PruningPolicy.Sweep sweep = policy.afterStep(steps, model, active, batch, lOld);
        queries += sweep.queries();
        return new StepResult(lossBefore, sweep.loss(), queries, tried, moved, sweep.pruned(),
                model.powerWatts(activeMask));
    }

    @Override
    public void onEpochEnd(int epoch) {
        delta = config.delta0() * Math.pow(config.decay(), epoch + 1);
    }

    @Override
    public boolean[][] activeMask() {
        return active.mask();
    }
}
