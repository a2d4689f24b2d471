package org.photonlab.app.zo;

import java.util.Locale;
import org.photonlab.app.run.ConsoleProgress;
import org.photonlab.app.run.Progress;
import org.photonlab.app.run.RunRecord;
import org.photonlab.training.run.EpochMetrics;

/** What {@code train zo} shows: the per-epoch progress (recorded as it goes) and the closing summary. */
final class ZoConsole {
    private ZoConsole() {
    }

    /** Progress of the run that also appends every epoch to {@code epochs.csv}. */
    static ConsoleProgress<EpochMetrics> progress(Progress progress, RunRecord.Epochs<ZoRecord.EpochRow> csv) {
        return new ConsoleProgress<>(progress, "queries", m -> String.format(Locale.ROOT,
                "epoch %d: loss %.4f  test accuracy %.4f  power %.3f W  queries %d", m.epoch(), m.loss(),
                m.testAccuracy(), m.powerW(), m.queries()), m -> csv.add(ZoRecord.EpochRow.of(m)));
    }

    /** The human-readable summary on standard output. */
    static void print(ZoRecord.Summary s) {
        System.out.printf(Locale.ROOT, "%s on %s / %s, backend %s, seed %s%n", s.method(), s.model(), s.dataset(),
                s.backend(), s.seed());
        System.out.printf(Locale.ROOT, "  test accuracy  ideal %.4f   deployed %.4f   after %d epoch(s) %.4f%n",
                s.accIdeal(), s.accDeployed(), s.epochs(), s.accFinal());
        System.out.printf(Locale.ROOT, "  heater power   deployed %.3f W   final %.3f W (active phases only)%n",
                s.powerDeployedW(), s.powerFinalW());
        System.out.printf(Locale.ROOT, "  phases         %s active of %s;  queries %s;  wall %.1f s%n",
                s.activePhases(), s.totalPhases(), s.queries(), s.wallS());
        System.out.println("  run record     " + s.runDir());
    }
}
