package org.photonlab.app.zo;

import java.util.Locale;
import org.photonlab.app.run.RunDirectory;
import org.photonlab.training.run.EpochMetrics;

/** Per-epoch metrics as CSV, rewritten atomically after every epoch so that an interrupted run keeps what it did. */
final class MetricsCsv {
    private final RunDirectory run;
    private final StringBuilder text = new StringBuilder("epoch,queries,loss,test_accuracy,power_w\n");

    MetricsCsv(RunDirectory run) {
        this.run = run;
        run.write("metrics.csv", text.toString());
    }

    void add(EpochMetrics m) {
        text.append(String.format(Locale.ROOT, "%d,%d,%.6f,%.6f,%.6f%n", m.epoch(), m.queries(), m.loss(),
                m.testAccuracy(), m.powerW()));
        run.write("metrics.csv", text.toString());
    }
}
