package org.photonlab.training.dfa;

import java.util.ArrayList;
import java.util.List;
import org.photonlab.hal.LabException;
import org.photonlab.hal.projection.LinearProjection;
import org.photonlab.training.data.Batch;
import org.photonlab.training.data.BatchSampler;
import org.photonlab.training.data.Dataset;
import org.photonlab.training.run.ProgressListener;

/**
 * Trains an MLP with backpropagation or Direct Feedback Alignment. In DFA modes the output error of each sample is
 * projected once ({@link Feedback}) and every hidden layer takes a prefix slice of that projection, gated by its
 * activation's derivative; the last layer always gets its exact gradient. The optical mode gets its projection from
 * a {@link LinearProjection} (an optical device behind the HAL) and never sees the device's matrix.
 *
 * <p>Seeds: weights from {@code seed}, B from {@code seed + 2}, the batch order ({@link BatchSampler.Order#EPOCH_PASS})
 * from {@code seed + 3}. The first layer skips inputs equal to the training set's {@link Dataset#background()}.
 */
public final class DfaTrainer {
    private final DfaConfig cfg;
    private final LinearProjection projection;

    /**
     * @param projection the optical projection for {@link DfaMode#OPTICAL} (with {@code classes} inputs and at least
     *                   the widest hidden layer as components); null otherwise
     */
    public DfaTrainer(DfaConfig cfg, LinearProjection projection) {
        if (cfg.mode() == DfaMode.OPTICAL && projection == null) {
            throw new LabException("optical DFA needs a projection device; none was given");
        }
        this.cfg = cfg;
        this.projection = projection;
    }

    /**
     * Trains on {@code train} and reports the test accuracy on {@code test} after every epoch.
     *
     * @param progress receives every step and epoch (null: none)
     */
    public DfaResult train(Dataset train, Dataset test, ProgressListener<EpochReport> progress) {
        if (train.dim() != test.dim() || train.classes() != test.classes()) {
            throw new LabException("train and test sets differ in shape");
        }
        if (train.classes() < 2) {
            throw new LabException("data set '" + train.name() + "' needs >= 2 classes, has " + train.classes());
        }
        ProgressListener<EpochReport> listener = progress == null ? ProgressListener.none() : progress;
        long t0 = System.nanoTime();
        int classes = train.classes();
        int[] hidden = cfg.hidden();
        int[] sizes = new int[hidden.length + 2];
        sizes[0] = train.dim();
        System.arraycopy(hidden, 0, sizes, 1, hidden.length);
        sizes[sizes.length - 1] = classes;
        int nb = cfg.batch();
        Mlp mlp = new Mlp(sizes, cfg.activation(), cfg.seed(), nb, cfg.parallel());
        Feedback fb = feedback(classes, nb);
        float[] f = fb == null ? null : new float[nb * fb.width()];
        float[] e = new float[nb * classes];
        int[] correct = new int[1];
        int[] rows = identity(nb);
        SparseRows xs = new SparseRows(train.dim(), train.background());
        int n = train.size();
        BatchSampler sampler = new BatchSampler(train, nb, BatchSampler.Order.EPOCH_PASS, cfg.seed() + 3);
        int steps = sampler.batchesPerEpoch();
        List<EpochReport> reports = new ArrayList<>();
        for (int epoch = 1; epoch <= cfg.epochs(); epoch++) {
            listener.epochStarted(epoch, cfg.epochs(), steps);
            long te = System.nanoTime();
            FeedbackStats before = fb == null ? FeedbackStats.ZERO : fb.stats();
            double loss = 0;
            long ok = 0;
            double[] align = new double[0];
            for (int step = 1; step <= steps; step++) {
                Batch batch = sampler.next();
                int m = batch.size();
                xs.fill(batch.features(), rows, 0, m);
                mlp.forward(xs);
                double batchLoss = mlp.outputError(batch.labels(), m, e, correct);
                loss += batchLoss;
                ok += correct[0];
                if (fb == null) {
                    mlp.backpropDeltas(m);
                } else {
                    fb.project(e, m, f);
                    mlp.feedbackDeltas(f, fb.width(), m);
                    if (step == 1 && cfg.alignment()) {
                        align = alignment(mlp, xs, m);
                    }
                }
                mlp.update(xs, m, (float) cfg.lr(), (float) cfg.momentum());
                listener.stepDone(epoch, step, steps, batchLoss / m, fb == null ? 0 : fb.stats().frames());
            }
            double wall = (System.nanoTime() - te) * 1e-9;
            FeedbackStats d = fb == null ? FeedbackStats.ZERO : fb.stats().minus(before);
            double acc = accuracy(mlp, test, xs, e, correct, rows);
            double nz = cfg.mode() == DfaMode.DFA_TERNARY || cfg.mode() == DfaMode.OPTICAL
                    ? (double) d.nonZeroErrors() / Math.max(1, d.samples()) : Double.NaN;
            EpochReport r = new EpochReport(epoch, loss / n, (double) ok / n, acc, align, d.frames(),
                    d.deviceTimeS(), wall, d.meanCosine(), nz);
            reports.add(r);
            listener.epochEnded(r);
        }
        FeedbackStats all = fb == null ? FeedbackStats.ZERO : fb.stats();
        return new DfaResult(cfg, train.name(), List.copyOf(reports), fb == null ? "backpropagation" : fb.describe(),
                all.frames(), all.deviceTimeS(), (System.nanoTime() - t0) * 1e-9, all.meanCosine());
    }

    private static int[] identity(int n) {
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        return idx;
    }

    private Feedback feedback(int classes, int capacity) {
        int width = cfg.maxHidden();
        return switch (cfg.mode()) {
            case BP -> null;
            case DFA -> new DigitalFeedback(classes, width, cfg.seed() + 2, Float.NaN, capacity);
            case DFA_TERNARY -> new DigitalFeedback(classes, width, cfg.seed() + 2, (float) cfg.tau(), capacity);
            case OPTICAL -> {
                if (projection.inputs() != classes) {
                    throw new LabException("optical projection takes " + projection.inputs() + " inputs, the network"
                            + " has " + classes + " classes");
                }
                if (projection.components() < width) {
                    throw new LabException("optical projection gives " + projection.components()
                            + " components, the widest hidden layer needs " + width);
                }
                yield new OpticalFeedback(projection, classes, (float) cfg.tau(), capacity, true);
            }
        };
    }

    /** Cosine between DFA and BP weight gradients of each hidden layer; leaves the DFA deltas in place. */
    private static double[] alignment(Mlp mlp, SparseRows xs, int m) {
        int hiddenLayers = mlp.layers - 1;
        float[][] dfaGrad = new float[hiddenLayers][];
        float[][][] saved = new float[hiddenLayers][][];
        for (int l = 0; l < hiddenLayers; l++) {
            dfaGrad[l] = mlp.fullGradient(l, xs, m);
            saved[l] = new float[m][];
            for (int i = 0; i < m; i++) {
                saved[l][i] = mlp.delta[l][i].clone();
            }
        }
        mlp.backpropDeltas(m);
        double[] cos = new double[hiddenLayers];
        for (int l = 0; l < hiddenLayers; l++) {
            cos[l] = cosine(dfaGrad[l], mlp.fullGradient(l, xs, m));
            for (int i = 0; i < m; i++) {
                System.arraycopy(saved[l][i], 0, mlp.delta[l][i], 0, saved[l][i].length);
            }
        }
        return cos;
    }

    static double cosine(float[] a, float[] b) {
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int k = 0; k < a.length; k++) {
            ab += (double) a[k] * b[k];
            aa += (double) a[k] * a[k];
            bb += (double) b[k] * b[k];
        }
        // TinyDFA's convention: two zero updates agree; one zero update is orthogonal to anything
        if (aa == 0 || bb == 0) {
            return aa == bb ? 1.0 : 0.0;
        }
        return ab / Math.sqrt(aa * bb);
    }

    private static double accuracy(Mlp mlp, Dataset test, SparseRows xs, float[] e, int[] correct, int[] rows) {
        int nb = mlp.capacity();
        int n = test.size();
        int[] all = identity(n);
        Batch batch = new Batch(nb, test.shape());
        long ok = 0;
        for (int from = 0; from < n; from += nb) {
            int m = Math.min(nb, n - from);
            batch.fill(test, all, from, m);
            xs.fill(batch.features(), rows, 0, m);
            mlp.forward(xs);
            mlp.outputError(batch.labels(), m, e, correct);
            ok += correct[0];
        }
        return (double) ok / n;
    }
}
