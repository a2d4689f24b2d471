package org.photonlab.training.run;

/**
 * Metrics at the end of one epoch.
 *
 * @param epoch        epoch number, 1-based
 * @param queries      training queries since the start of the run (cumulative)
 * @param loss         mean over the epoch's steps of the mini-batch loss at the start of each step
 * @param testAccuracy test accuracy in [0, 1] after the epoch
 * @param powerW       heater power of the active phases after the epoch, W
 */
public record EpochMetrics(int epoch, long queries, double loss, double testAccuracy, double powerW) {
}
