package org.photonlab.training.dfa;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.photonlab.hal.LabException;
import org.photonlab.hal.projection.LinearProjection;

/**
 * Trains an MLP with backpropagation or Direct Feedback Alignment. In DFA modes the output error of each sample is
 * projected once ({@link Feedback}) and every hidden layer takes a prefix slice of that projection, gated by its
 * activation's derivative; the last layer always gets its exact gradient. The optical mode gets its projection from
 * a {@link LinearProjection} (an optical device behind the HAL) and never sees the device's matrix.
 *
 * <p>Seeds: weights from {@code seed}, B from {@code seed + 2}, the per-epoch shuffle from {@code seed + 3}.
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

    public DfaResult train(LabeledData train, LabeledData test, Consumer<EpochReport> progress) {
        if (train.dim() != test.dim() || train.classes() != test.classes()) {
            throw new LabException("train and test sets differ in shape");
        }
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
        int[] labels = new int[nb];
        int[] correct = new int[1];
        SparseRows xs = new SparseRows(train.dim(), train.offset());
        int n = train.size();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        SplittableRandom shuffle = new SplittableRandom(cfg.seed() + 3);
        List<EpochReport> reports = new ArrayList<>();
        for (int epoch = 1; epoch <= cfg.epochs(); epoch++) {
            long te = System.nanoTime();
            FeedbackStats before = fb == null ? FeedbackStats.ZERO : fb.stats();
            for (int i = n - 1; i > 0; i--) {
                int j = shuffle.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            double loss = 0;
            long ok = 0;
            double[] align = new double[0];
            for (int from = 0; from < n; from += nb) {
                int m = Math.min(nb, n - from);
                xs.fill(train.x(), order, from, m);
                for (int i = 0; i < m; i++) {
                    labels[i] = train.y()[order[from + i]];
                }
                mlp.forward(xs);
                loss += mlp.outputError(labels, m, e, correct);
                ok += correct[0];
                if (fb == null) {
                    mlp.backpropDeltas(m);
                } else {
                    fb.project(e, m, f);
                    mlp.feedbackDeltas(f, fb.width(), m);
                    if (from == 0 && cfg.alignment()) {
                        align = alignment(mlp, xs, m);
                    }
                }
                mlp.update(xs, m, (float) cfg.lr(), (float) cfg.momentum());
            }
            double wall = (System.nanoTime() - te) * 1e-9;
            FeedbackStats d = fb == null ? FeedbackStats.ZERO : fb.stats().minus(before);
            double acc = accuracy(mlp, test, xs, e, correct);
            double nz = cfg.mode() == DfaMode.DFA_TERNARY || cfg.mode() == DfaMode.OPTICAL
                    ? (double) d.nonZeroErrors() / Math.max(1, d.samples()) : Double.NaN;
            EpochReport r = new EpochReport(epoch, loss / n, (double) ok / n, acc, align, d.frames(),
                    d.deviceTimeS(), wall, d.meanCosine(), nz);
            reports.add(r);
            if (progress != null) {
                progress.accept(r);
            }
        }
        FeedbackStats all = fb == null ? FeedbackStats.ZERO : fb.stats();
        return new DfaResult(cfg, train.name(), List.copyOf(reports), fb == null ? "backpropagation" : fb.describe(),
                all.frames(), all.deviceTimeS(), (System.nanoTime() - t0) * 1e-9, all.meanCosine());
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

    private static double accuracy(Mlp mlp, LabeledData test, SparseRows xs, float[] e, int[] correct) {
        int nb = mlp.capacity();
        int n = test.size();
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        int[] labels = new int[nb];
        long ok = 0;
        for (int from = 0; from < n; from += nb) {
            int m = Math.min(nb, n - from);
            xs.fill(test.x(), idx, from, m);
            System.arraycopy(test.y(), from, labels, 0, m);
            mlp.forward(xs);
            mlp.outputError(labels, m, e, correct);
            ok += correct[0];
        }
        return (double) ok / n;
    }
}
