package org.photonlab.training.dfa;

/**
 * One epoch of a DFA run.
 *
 * @param epoch           1-based
 * @param trainLoss       mean cross-entropy over the epoch's batches
 * @param trainAcc        accuracy on the training batches as they were seen
 * @param testAcc         accuracy on the test set after the epoch
 * @param alignment       per hidden layer, cosine between the DFA and BP weight updates on the epoch's first batch
 *                        (empty for BP or when not measured)
 * @param frames          device frames in the epoch
 * @param deviceTimeS     device-clock time in the epoch, s
 * @param wallS           wall time of the epoch's training loop, s (evaluation excluded)
 * @param feedbackCosine  mean cosine of the optical feedback with the ideal projection (NaN if unknown)
 * @param nonZeroFraction fraction of samples whose ternarised error was non-zero (NaN for exact-error modes)
 */
public record EpochReport(int epoch, double trainLoss, double trainAcc, double testAcc, double[] alignment,
                          long frames, double deviceTimeS, double wallS, double feedbackCosine,
                          double nonZeroFraction) {
}
