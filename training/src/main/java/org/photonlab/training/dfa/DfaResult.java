package org.photonlab.training.dfa;

import java.util.List;

/**
 * A finished DFA run.
 *
 * @param config         the configuration used
 * @param dataset        training data set name
 * @param epochs         per-epoch reports, in order
 * @param feedback       description of the feedback source
 * @param frames         device frames, whole run (including calibration)
 * @param deviceTimeS    device-clock time, whole run, s
 * @param wallS          wall time of the whole run, s
 * @param feedbackCosine mean cosine of the optical feedback with the ideal projection over the run (NaN if unknown)
 */
public record DfaResult(DfaConfig config, String dataset, List<EpochReport> epochs, String feedback, long frames,
                        double deviceTimeS, double wallS, double feedbackCosine) {
    /** Test accuracy after the last epoch. */
    public double testAcc() {
        return epochs.get(epochs.size() - 1).testAcc();
    }
}
