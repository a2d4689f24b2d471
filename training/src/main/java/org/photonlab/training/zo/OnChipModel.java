package org.photonlab.training.zo;

import java.util.List;
import org.photonlab.training.data.Batch;

/**
 * A neural network deployed on photonic cores, as a zeroth-order optimiser sees it: a flat set of phase coordinates
 * grouped by layer and section, a loss that costs one query per mini-batch, and a power metric.
 *
 * <p>Coordinates: group g (see {@link #groups()}, in model order: for each layer, its U, then Σ, then V phases)
 * holds {@code groups().get(g).size()} phases, flattened over the layer's blocks as (block row p, block column q,
 * packed phase n) → (p·Q + q)·n_per_block + n. The optimiser holds the target phases θ; {@link #setPhase} commits a
 * change to the chip through the HAL (range reduction and DAC rounding happen there).
 */
public interface OnChipModel {
    /** Phase groups in model order. */
    List<PhaseGroup> groups();

    /** Total number of phase coordinates (all groups). */
    int phaseCount();

    /** The target phase θ of one coordinate, rad. */
    double phase(int group, int index);

    /** Sets and commits one phase to the chip. */
    void setPhase(int group, int index, double phase);

    /** All target phases, flattened group by group (a copy). */
    double[] phases();

    /** Sets and commits every phase (flattened group by group; not modified). */
    void setPhases(double[] all);

    /** Mean cross-entropy of one mini-batch forwarded through the chip. Counts one query. */
    double loss(Batch batch);

    /** Test accuracy in [0, 1] on a whole data set, forwarded through the chip (not counted as training queries). */
    double accuracy(org.photonlab.training.data.Dataset data);

    /** Training queries so far (mini-batch forwards through the chip for a loss). */
    long queries();

    /**
     * Static heater power of the given coordinates, W: Σ over active coordinates of the programmed (φ mod 2π)·P_π/π,
     * i.e. V²/R of each active heater. {@code active[g][i]} selects; null means every coordinate.
     */
    double powerWatts(boolean[][] active);

    /**
     * Declares passive (non-volatile) coordinates to the chip, for backends that model them. {@code passive[g][i]}.
     */
    void declarePassive(boolean[][] passive);

    /** One group of phases: a layer's U, Σ or V phases. */
    record PhaseGroup(String layer, org.photonlab.hal.core.CoreSection section, int size) {
    }
}
