package org.photonlab.app.zo;

import java.util.Locale;
import org.photonlab.app.run.ConsoleProgress;
import org.photonlab.app.run.Progress;
import org.photonlab.app.run.RunRecord;
import org.photonlab.hal.time.BenchTime;
import org.photonlab.training.run.EpochMetrics;

/** What {@code train zo} shows: the per-epoch progress (recorded as it goes) and the closing summary. */
final class ZoConsole {
    private ZoConsole() {
    }

    /** Progress of the run that also appends every epoch to {@code epochs.csv}. */
    static ConsoleProgress<EpochMetrics> progress(Progress progress, RunRecord.Epochs<ZoRecord.EpochRow> csv,
                                                  BenchTime time) {
        return new ConsoleProgress<>(progress, "queries", m -> String.format(Locale.ROOT,
                "epoch %d: loss %.4f  test accuracy %.4f  power %.3f W  queries %d", m.epoch(), m.loss(),
                m.testAccuracy(), m.powerW(), m.queries()), m -> csv.add(ZoRecord.EpochRow.of(m, time.report())));
    }

    /** Seconds as an operator reads them: {@code 0.42 s}, {@code 3 min 12 s}, {@code 5 h 07 min}. */
    static String duration(double s) {
        if (s < 60) {
            return String.format(Locale.ROOT, "%.3g s", s);
        }
        long t = Math.round(s);
        if (t < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", t / 60, t % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", t / 3600, (t % 3600) / 60);
    }

    /** The human-readable summary on standard output. */
    static void print(ZoRecord.Summary s) {
        System.out.printf(Locale.ROOT, "%s on %s / %s, backend %s, seed %s%n", s.method(), s.model(), s.dataset(),
                s.backend(), s.seed());
        System.out.printf(Locale.ROOT, "  test accuracy  ideal %.4f   deployed %.4f   after %d epoch(s) %.4f%n",
                s.accIdeal(), s.accDeployed(), s.epochs(), s.accFinal());
        System.out.printf(Locale.ROOT, "  heater power   deployed %.3f W   final %.3f W (active phases only)%n",
                s.powerDeployedW(), s.powerFinalW());
        System.out.printf(Locale.ROOT, "  phases         %s active of %s;  queries %s;  wall %.1f s (training loop "
                + "%.1f s)%n", s.activePhases(), s.totalPhases(), s.queries(), s.wallS(), s.trainLoopS());
        System.out.printf(Locale.ROOT, "  bench time     %s (link %s, settle %s, acquisition %s);  %d writes, %d "
                + "acquisitions%n", duration(s.benchTimeS()), duration(s.benchLinkS()), duration(s.benchSettleS()),
                duration(s.benchAcquisitionS()), s.writes(), s.acquisitions());
        if (s.reprograms() > 0) {
            System.out.printf(Locale.ROOT, "  cores          %d used, time-multiplexed: %d whole-core reprograms%n",
                    s.coresUsed(), s.reprograms());
        }
        System.out.println("  run record     " + s.runDir());
    }
}
