package org.photonlab.training.nn;

import org.photonlab.training.data.Batch;
import org.photonlab.training.data.Dataset;

/** Inference-mode metrics of a software network. */
public final class Evaluation {
    private static final int CHUNK = 500;

    private Evaluation() {
    }

    /** Fraction of {@code data} classified correctly, in inference mode (BatchNorm running statistics). */
    public static double accuracy(Network net, Dataset data) {
        int ok = 0;
        for (int from = 0; from < data.size(); from += CHUNK) {
            int n = Math.min(CHUNK, data.size() - from);
            Batch b = Batch.range(data, from, n);
            double[] logits = net.forward(b.features(), n, false);
            ok += CrossEntropy.correct(logits, b.labels(), n, net.classes());
        }
        return data.size() == 0 ? 0 : (double) ok / data.size();
    }

    /** Mean cross-entropy of one batch in inference mode. */
    public static double loss(Network net, Batch b) {
        double[] logits = net.forward(b.features(), b.size(), false);
        return CrossEntropy.loss(logits, b.labels(), b.size(), net.classes(), null);
    }
}
