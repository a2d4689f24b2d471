package org.photonlab.training.zo;

import org.photonlab.training.data.Batch;

/**
 * A derivative-free optimiser of the phases of an {@link OnChipModel}: each step sees one mini-batch and pays one
 * query per loss it measures on the chip. Not thread-safe; the model must not be changed by anyone else while an
 * optimiser drives it.
 */
public interface ZerothOrderOptimizer {

    /** Short method name, e.g. {@code mixedtrn} or {@code flops}. */
    String name();

    /** Runs one step on {@code batch} (not modified), leaving the updated phases committed to the chip. */
    StepResult step(Batch batch);

    /** Advances the per-epoch schedules (step size ×γ) after epoch {@code epoch} (0-based) has finished. */
    void onEpochEnd(int epoch);

    /**
     * The phases this optimiser trains and which therefore draw heater power, {@code active[group][index]};
     * a copy. Phases outside it stay as deployed.
     */
    boolean[][] activeMask();
}
