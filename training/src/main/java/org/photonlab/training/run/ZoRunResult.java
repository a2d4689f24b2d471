package org.photonlab.training.run;

import java.util.List;

/**
 * Summary of a {@link ZoRun}.
 *
 * @param method          id of the method run, e.g. {@code mixedtrn}
 * @param accDeployed     test accuracy of the chip as deployed, before any training, in [0, 1]
 * @param accFinal        test accuracy after training, in [0, 1]
 * @param powerDeployedW  heater power as deployed, every heater counted (no phase is passive yet), W
 * @param powerFinalW     heater power after training of the active phases only (passive phases are non-volatile and
 *                        draw no static power), W
 * @param powerFinalAllW  heater power after training counting every heater, for comparison, W
 * @param activePhases    phases the optimiser trained (active in the mixed-training mask)
 * @param totalPhases     all phase coordinates of the model
 * @param queries         training queries (mini-batch forwards for a loss) spent
 * @param queriesTo95     queries spent when the test accuracy first reached 95% of the ideal accuracy (0 if the
 *                        deployed chip already did), or −1 if it never did or no ideal accuracy was given
 * @param epochs          per-epoch metrics
 */
public record ZoRunResult(String method, double accDeployed, double accFinal, double powerDeployedW,
                          double powerFinalW, double powerFinalAllW, int activePhases, int totalPhases, long queries,
                          long queriesTo95, List<EpochMetrics> epochs) {
    public ZoRunResult {
        epochs = List.copyOf(epochs);
    }
}
