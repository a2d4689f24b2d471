package org.photonlab.training.zo;

import org.photonlab.hal.core.PhaseRange;
import org.photonlab.training.data.Batch;

/**
 * Power-aware dynamic pruning for SZO-SCD, as three hooks: which of ±δ to try first (a), whether to keep a move (b),
 * and a periodic sweep that switches heaters off (c). The MixedTrn paper's exact rule is not public, so the rules are
 * pluggable; {@link PruningPolicies} builds them by name. Implementations are immutable.
 */
public interface PruningPolicy {

    /** Name as {@link PruningPolicies#parse} accepts it. */
    String name();

    /**
     * Sign (+1 or −1) of the ±δ move SZO-SCD tries first on a coordinate at target phase {@code theta} (rad).
     * Default +1, the reference order.
     */
    default int firstSign(double theta, double delta, PhaseRange range) {
        return 1;
    }

    /**
     * Whether to keep a move that changed the mini-batch loss by {@code dLoss} = L_new − L_old and the heater power
     * by {@code dPower} rad of programmed phase (see {@link PhasePower}). Default: keep iff the loss fell, the
     * reference test L_new &lt; L_old.
     */
    default boolean accept(double dLoss, double dPower) {
        return dLoss < 0;
    }

    /**
     * Runs after SZO-SCD step {@code step} (1-based, counted over the whole run) and may spend queries on
     * {@code batch} to prune; {@code loss} is the batch loss at the committed phases. Default: nothing.
     */
    default Sweep afterStep(long step, OnChipModel model, ActiveSet active, Batch batch, double loss) {
        return new Sweep(loss, 0, 0);
    }

    /**
     * Outcome of a pruning sweep.
     *
     * @param loss    batch loss at the phases left committed
     * @param queries queries spent
     * @param pruned  phases set to 0
     */
    record Sweep(double loss, long queries, int pruned) {
    }

    /** No pruning: the reference SZO-SCD. */
    PruningPolicy NONE = () -> "none";
}
