package org.photonlab.app.dfa;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;
import java.util.Locale;
import org.photonlab.training.dfa.DfaResult;
import org.photonlab.training.dfa.EpochReport;

/** The typed records of a DFA run: the rows of {@code epochs.csv} and {@code summary.json}. */
final class DfaRecord {
    private DfaRecord() {
    }

    /** The per-layer alignment cosines as shown on the console, {@code ;}-joined with 4 decimals. */
    static String alignment(double[] a) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < a.length; i++) {
            b.append(i > 0 ? ";" : "").append(String.format(Locale.ROOT, "%.4f", a[i]));
        }
        return b.toString();
    }

    /** NaN (unknown) becomes null: an empty CSV cell, a JSON null. */
    private static Double orNull(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? null : v;
    }

    /**
     * One row of {@code epochs.csv}.
     *
     * @param loss                 mean training cross-entropy of the epoch
     * @param accTrain             accuracy on the training batches as they were seen
     * @param accTest              test accuracy after the epoch
     * @param alignment            per hidden layer, cosine of the DFA and BP updates on the epoch's first batch
     * @param feedbackCosine       mean cosine of the optical feedback with the ideal projection; null if unknown
     * @param nonzeroErrorFraction samples whose ternarised error was non-zero; null for exact-error modes
     * @param benchTimeS           bench time since the start of the run (the projector's frame-time model), s
     */
    record EpochRow(int epoch, double loss, double accTrain, double accTest, double[] alignment, long frames,
                    double deviceTimeS, double wallS, Double feedbackCosine, Double nonzeroErrorFraction,
                    double benchTimeS) {
        /** @param benchTimeS bench time of this and the earlier epochs, s */
        static EpochRow of(EpochReport e, double benchTimeS) {
            return new EpochRow(e.epoch(), e.trainLoss(), e.trainAcc(), e.testAcc(), e.alignment(), e.frames(),
                    e.deviceTimeS(), e.wallS(), orNull(e.feedbackCosine()), orNull(e.nonZeroFraction()),
                    benchTimeS);
        }
    }

    /**
     * {@code summary.json} and the {@code --json} line of {@code train dfa}.
     *
     * @param accFinal       test accuracy after the last epoch
     * @param accTest        deprecated alias of {@code acc_final} (same value), kept because scripts read it; it will
     *                       be removed in a later release
     * @param accTrain       training accuracy of the last epoch
     * @param wallS          seconds of the whole command, from the start of the process
     * @param trainLoopS     seconds of the training loops of all epochs (what a PyTorch script's timer covers: no
     *                       set-up, no test evaluation)
     * @param linearisation  the optical linearisation id, null for the digital modes
     * @param feedbackCosine mean cosine of the optical feedback with the ideal projection; null if unknown
     * @param benchTimeS     bench time: the projector's device clock (frames at its frame time, pass set-ups); 0 for
     *                       the digital modes
     * @param writes         patterns displayed (one per frame)
     * @param acquisitions   camera frames taken
     * @param runDir         absolute path of the run directory
     */
    record Summary(String mode, String dataset, int epochs, long seed, double accFinal, @Deprecated double accTest,
                   double accTrain, double wallS, @JsonProperty("train_loop_s") double trainLoopS, long frames,
                   double deviceTimeS, Double feedbackCosine,
                   double[] alignment, int[] hidden, String activation, String backend, boolean simulated,
                   String linearisation, String feedback,
                   @JsonProperty("train_loop_s_per_epoch") double trainLoopSPerEpoch, double framesPerEpoch,
                   @JsonProperty("device_time_s_per_epoch") double deviceTimeSPerEpoch, double benchTimeS,
                   double benchLinkS, double benchSettleS, double benchAcquisitionS, long writes, long acquisitions,
                   String runDir) {
        static Summary of(DfaResult r, String backend, boolean simulated, String linearisation, double wallS,
                          Path runDir) {
            EpochReport last = r.epochs().get(r.epochs().size() - 1);
            double train = 0;
            for (EpochReport e : r.epochs()) {
                train += e.wallS();
            }
            int n = r.epochs().size();
            return new Summary(r.config().mode().cliName(), r.dataset().replace("-train", ""), r.config().epochs(),
                    r.config().seed(), last.testAcc(), last.testAcc(), last.trainAcc(), wallS, train, r.frames(),
                    r.deviceTimeS(), orNull(r.feedbackCosine()), last.alignment(), r.config().hidden(),
                    r.config().activation().name().toLowerCase(Locale.ROOT), backend, simulated, linearisation,
                    r.feedback(), train / n, (double) r.frames() / n, r.deviceTimeS() / n, r.deviceTimeS(), 0.0, 0.0,
                    r.deviceTimeS(), r.frames(), r.frames(), runDir.toAbsolutePath().toString());
        }
    }
}
