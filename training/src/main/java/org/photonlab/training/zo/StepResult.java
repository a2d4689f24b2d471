package org.photonlab.training.zo;

/**
 * What one optimiser step did.
 *
 * @param lossBefore loss of the step's mini-batch at the phases the step started from (its first query)
 * @param lossAfter  loss of the same mini-batch at the phases the step left committed, when the step measured it;
 *                   {@link Double#NaN} when it did not (FLOPS commits θ − η·ĝ without querying it)
 * @param queries    mini-batch forwards through the chip spent by the step, pruning sweeps included
 * @param tried      coordinates (SZO-SCD) or random directions (FLOPS) evaluated
 * @param accepted   coordinates whose phase the step changed (SZO-SCD), or 1 for a FLOPS update
 * @param pruned     phases set to 0 (heater off) by a pruning sweep in this step
 * @param powerWatts heater power of the optimiser's active phases after the step, W
 */
public record StepResult(double lossBefore, double lossAfter, long queries, int tried, int accepted, int pruned,
                         double powerWatts) {
}
