package org.photonlab.training.zo;

import org.photonlab.hal.core.CoreSection;
import org.photonlab.hal.core.PhaseRange;
import org.photonlab.training.data.Batch;

/**
 * Prune-to-zero sweep (rule c): every {@code period} steps, each active phase whose programmed value is within
 * {@code tau} of 0 (or, on a full-range heater, of 2π) is set to 0, i.e. its heater is switched off, and the loss is
 * queried. The change is kept only while the batch loss stays below L_start + ε, L_start being the loss when the sweep
 * began, so a whole sweep raises the loss by less than ε; otherwise the phase is restored (no query: the chip is back
 * at a measured state). A phase near 2π costs the most power (≈ 2π·P_π/π) but is only 2π − φ away from 0, which is
 * why the periodicity makes this cheap in loss. One query per candidate.
 *
 * @param period  steps between sweeps, ≥ 1
 * @param tau     distance from 0/2π, rad, that makes a phase a candidate
 * @param epsilon loss budget of one sweep
 */
public record PruneToZero(int period, double tau, double epsilon) {

    public PruneToZero {
        if (period < 1 || !(tau > 0) || !(epsilon >= 0)) {
            throw new IllegalArgumentException("prune-to-zero needs period ≥ 1, tau > 0, epsilon ≥ 0; got "
                    + period + ", " + tau + ", " + epsilon);
        }
    }

    /** Whether a sweep is due after step {@code step} (1-based). */
    public boolean due(long step) {
        return step % period == 0;
    }

    /** Whether a phase programmed at {@code p} = φ_prog (rad) is a candidate. */
    boolean candidate(double p, PhaseRange range) {
        if (p == 0) {
            return false;
        }
        return p < tau || (range == PhaseRange.FULL && p > 2 * Math.PI - tau);
    }

    /** Runs one sweep over the active phases in model order; see the class comment. */
    public PruningPolicy.Sweep sweep(OnChipModel model, ActiveSet active, Batch batch, double loss) {
        double budget = loss + epsilon;
        double current = loss;
        long queries = 0;
        int pruned = 0;
        for (int g = 0; g < active.groups(); g++) {
            CoreSection section = model.groups().get(g).section();
            PhaseRange range = section.range();
            for (int i : active.indices(g)) {
                double theta = model.phase(g, i);
                if (!candidate(PhasePower.of(theta, range), range)) {
                    continue;
                }
                model.setPhase(g, i, 0.0);
                double l = model.loss(batch);
                queries++;
                if (l < budget) {
                    current = l;
                    pruned++;
                } else {
                    model.setPhase(g, i, theta);
                }
            }
        }
        return new PruningPolicy.Sweep(current, queries, pruned);
    }
}
