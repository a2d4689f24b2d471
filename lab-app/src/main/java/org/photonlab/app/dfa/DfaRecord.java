package org.photonlab.app.dfa;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.photonlab.app.run.RunDirectory;
import org.photonlab.training.dfa.DfaResult;
import org.photonlab.training.dfa.EpochReport;

/** The files of a DFA run: {@code epochs.csv} (rewritten after each epoch) and the summary map. */
final class DfaRecord {
    static final String CSV_HEADER = "epoch,train_loss,train_acc,test_acc,alignment,frames,device_time_s,wall_s,"
            + "feedback_cosine,nonzero_error_fraction\n";
    private final RunDirectory run;
    private final StringBuilder csv = new StringBuilder(CSV_HEADER);

    DfaRecord(RunDirectory run) {
        this.run = run;
    }

    void epoch(EpochReport e) {
        csv.append(String.format(Locale.ROOT, "%d,%.6f,%.6f,%.6f,%s,%d,%.6f,%.6f,%s,%s%n", e.epoch(), e.trainLoss(),
                e.trainAcc(), e.testAcc(), alignment(e.alignment()), e.frames(), e.deviceTimeS(), e.wallS(),
                num(e.feedbackCosine()), num(e.nonZeroFraction())));
        run.write("epochs.csv", csv.toString());
    }

    static String alignment(double[] a) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < a.length; i++) {
            b.append(i > 0 ? ";" : "").append(String.format(Locale.ROOT, "%.4f", a[i]));
        }
        return b.toString();
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.6f", v);
    }

    /** JSON-safe number: NaN becomes null. */
    static Object json(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? null : v;
    }

    static Map<String, Object> summary(DfaResult r, String backend, boolean simulated, String linearisation,
                                       String runDir) {
        EpochReport last = r.epochs().get(r.epochs().size() - 1);
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("mode", r.config().mode().cliName());
        s.put("dataset", r.dataset().replace("-train", ""));
        s.put("epochs", r.config().epochs());
        s.put("seed", r.config().seed());
        s.put("acc_test", last.testAcc());
        s.put("acc_train", last.trainAcc());
        s.put("wall_s", r.wallS());
        s.put("frames", r.frames());
        s.put("device_time_s", r.deviceTimeS());
        s.put("feedback_cosine", json(r.feedbackCosine()));
        s.put("alignment", last.alignment());
        s.put("hidden", r.config().hidden());
        s.put("activation", r.config().activation().name().toLowerCase(Locale.ROOT));
        s.put("backend", backend);
        s.put("simulated", simulated);
        s.put("linearisation", linearisation);
        s.put("feedback", r.feedback());
        double train = 0;
        for (EpochReport e : r.epochs()) {
            train += e.wallS();
        }
        s.put("train_loop_s_per_epoch", train / r.epochs().size());
        s.put("frames_per_epoch", (double) r.frames() / r.epochs().size());
        s.put("device_time_s_per_epoch", r.deviceTimeS() / r.epochs().size());
        s.put("run_dir", runDir);
        return s;
    }
}
