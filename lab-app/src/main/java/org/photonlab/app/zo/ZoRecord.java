package org.photonlab.app.zo;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import org.photonlab.hal.bench.Bench;
import org.photonlab.hal.time.BenchTimeReport;
import org.photonlab.training.nn.ModelSpec;
import org.photonlab.training.nn.PretrainConfig;
import org.photonlab.training.run.EpochMetrics;
import org.photonlab.training.run.ZoRunConfig;
import org.photonlab.training.run.ZoRunResult;

/** The typed records of a ZO run: {@code config.json}, the rows of {@code epochs.csv} and {@code summary.json}. */
final class ZoRecord {
    private ZoRecord() {
    }

    /**
     * {@code config.json} of {@code train zo}.
     *
     * @param optimizer the optimiser's settings in full (its config record)
     * @param benchFile absolute path of {@code --bench}, null for the built-in bench
     */
    record Config(String command, String method, String model, String dataset, int epochs, long seed, int batchSize,
                  int stepsPerEpoch, boolean fixedBatch, String optimizer, String pretrain, String bench,
                  String benchFile, Map<String, String> backends, boolean simulated, Map<String, ?> physics) {
        static Config of(ZoRunConfig c, Bench hw, ModelSpec m, PretrainConfig pre, Path benchFile) {
            return new Config("train zo", c.method(), m.describe(), c.dataset(), c.epochs(), c.seed(), c.batchSize(),
                    c.stepsPerEpoch(), c.fixedBatch(), c.optimizer().toString(), pre.describe(),
                    hw.description().name(), benchFile == null ? null : benchFile.toAbsolutePath().toString(),
                    hw.backendIds(), hw.isSimulated(), hw.description().physics());
        }
    }

    /**
     * One row of {@code epochs.csv}.
     *
     * @param queries training queries since the start of the run
     * @param loss    mean mini-batch training loss of the epoch's steps
     * @param accTest test accuracy after the epoch
     * @param powerW  heater power of the active phases after the epoch, W
     * @param benchTimeS bench time since the bench opened, s (the bench-time model; see docs/bench-time.md)
     * @param writes  DAC write commands since the bench opened
     * @param acquisitions detector acquisitions since the bench opened
     */
    record EpochRow(int epoch, long queries, double loss, double accTest, double powerW, double benchTimeS,
                    long writes, long acquisitions) {
        static EpochRow of(EpochMetrics m, BenchTimeReport t) {
            return new EpochRow(m.epoch(), m.queries(), m.loss(), m.testAccuracy(), m.powerW(), seconds(t.benchS()),
                    t.writes(), t.acquisitions());
        }
    }

    /** Bench seconds as recorded: to the µs. */
    static double seconds(double s) {
        return Math.round(s * 1e6) / 1e6;
    }

    /**
     * {@code summary.json} and the {@code --json} line of {@code train zo}.
     *
     * @param backend             the backend ids of the bench, sorted and joined with {@code +}
     * @param queriesTo95pctIdeal queries when the test accuracy first reached 95 % of {@code acc_ideal}, −1 never
     * @param wallS               seconds of the whole command, from the start of the process
     * @param trainLoopS          seconds of the zeroth-order run itself (its loop and its test evaluations)
     * @param accIdeal            test accuracy of the software model
     * @param accDeployed         test accuracy as deployed, before ZO training
     * @param accFinal            test accuracy after the last epoch
     * @param coresUsed           physical cores the deployment uses
     * @param reprograms          whole-core writes of a block onto a time-multiplexed core (0: one core per block)
     * @param benchTimeS          bench time of the session (link + settle + acquisition), s
     * @param writes              DAC write commands of the session
     * @param acquisitions        detector acquisitions of the session
     * @param runDir              absolute path of the run directory
     */
    record Summary(String method, String model, String dataset, String backend, boolean simulated, String bench,
                   long seed, int epochs, long queries,
                   @JsonProperty("queries_to_95pct_ideal") long queriesTo95pctIdeal, double wallS, double trainLoopS,
                   double accIdeal,
                   double accDeployed, double accFinal, double powerDeployedW, double powerFinalW,
                   double powerFinalAllHeatersW, int activePhases, int totalPhases, int coresUsed, long reprograms,
                   double benchTimeS, double benchLinkS, double benchSettleS, double benchAcquisitionS, long writes,
                   long acquisitions, String runDir) {
        static Summary of(ZoRunResult r, ZoRunConfig c, Bench bench, double accIdeal, double wallS,
                          double trainLoopS, int coresUsed, long reprograms, Path runDir) {
            BenchTimeReport t = bench.time().report();
            return new Summary(r.method(), c.model(), c.dataset(),
                    String.join("+", new TreeSet<>(bench.backendIds().values())), bench.isSimulated(),
                    bench.description().name(), c.seed(), c.epochs(), r.queries(), r.queriesTo95(),
                    Math.round(wallS * 1000) / 1000.0, Math.round(trainLoopS * 1000) / 1000.0, accIdeal, r.accDeployed(),
                    r.accFinal(), r.powerDeployedW(),
                    r.powerFinalW(), r.powerFinalAllW(), r.activePhases(), r.totalPhases(), coresUsed, reprograms,
                    seconds(t.benchS()), seconds(t.linkS()), seconds(t.settleS()), seconds(t.acquisitionS()),
                    t.writes(), t.acquisitions(), runDir.toAbsolutePath().toString());
        }
    }
}
