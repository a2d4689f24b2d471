package org.photonlab.app.zo;

import java.util.Locale;
import org.photonlab.app.run.Progress;
import org.photonlab.training.run.EpochMetrics;
import org.photonlab.training.run.ProgressListener;

/** Shows ZO progress and records per-epoch metrics. */
final class ConsoleListener implements ProgressListener {
    private final Progress progress;
    private final MetricsCsv csv;

    ConsoleListener(Progress progress, MetricsCsv csv) {
        this.progress = progress;
        this.csv = csv;
    }

    @Override
    public void epochStarted(int epoch, int epochs, int steps) {
        progress.phase("epoch " + epoch + "/" + epochs);
    }

    @Override
    public void stepDone(int epoch, int step, int steps, double loss, long queries) {
        progress.update(step, steps, String.format(Locale.ROOT, "loss %.4f  queries %d", loss, queries));
    }

    @Override
    public void epochEnded(EpochMetrics m) {
        csv.add(m);
        progress.line(String.format(Locale.ROOT, "epoch %d: loss %.4f  test accuracy %.4f  power %.3f W  queries %d",
                m.epoch(), m.loss(), m.testAccuracy(), m.powerW(), m.queries()));
    }
}
