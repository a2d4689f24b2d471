package org.photonlab.training.zo;

import org.photonlab.hal.core.PhaseRange;
import org.photonlab.training.data.Batch;

/**
 * The brief's power-aware pruning candidates, each switchable, composed into one {@link PruningPolicy}.
 *
 * <ul>
 *   <li>(a) direction preference: of ±δ, try first the move that lowers φ_prog, i.e. moves the heater towards a
 *       wrap to 0 (for Σ, folded into [0, π], that is towards 0 as well);</li>
 *   <li>(b) power-gated acceptance: a move with ΔP &gt; 0 is kept only if ΔL &lt; −λ·ΔP (it must pay for its power);
 *       a move with ΔP &lt; 0 is kept if ΔL ≤ ε; ΔP = 0 falls back to ΔL &lt; 0. ΔP in rad of φ_prog, λ in loss
 *       per rad;</li>
 *   <li>(c) {@link PruneToZero} sweeps.</li>
 * </ul>
 *
 * @param name      name as parsed
 * @param direction rule (a) on
 * @param lambda    rule (b) price λ ≥ 0, or NaN for rule (b) off
 * @param epsilon   rule (b) loss tolerance ε ≥ 0 for power-decreasing moves
 * @param zero      rule (c), or null for off
 */
public record PowerAwarePruning(String name, boolean direction, double lambda, double epsilon, PruneToZero zero)
        implements PruningPolicy {

    @Override
    public int firstSign(double theta, double delta, PhaseRange range) {
        if (!direction) {
            return 1;
        }
        double down = PhasePower.of(theta - delta, range);
        double up = PhasePower.of(theta + delta, range);
        return down <= up ? -1 : 1;
    }

    @Override
    public boolean accept(double dLoss, double dPower) {
        if (Double.isNaN(lambda)) {
            return dLoss < 0;
        }
        if (dPower > 0) {
            return dLoss < -lambda * dPower;
        }
        if (dPower < 0) {
            return dLoss <= epsilon;
        }
        return dLoss < 0;
    }

    @Override
    public Sweep afterStep(long step, OnChipModel model, ActiveSet active, Batch batch, double loss) {
        if (zero == null || !zero.due(step)) {
            return new Sweep(loss, 0, 0);
        }
        return zero.sweep(model, active, batch, loss);
    }
}
