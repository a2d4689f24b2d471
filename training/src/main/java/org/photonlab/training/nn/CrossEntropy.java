package org.photonlab.training.nn;

/** Softmax cross-entropy on logits, computed stably (log-sum-exp with the max subtracted). */
public final class CrossEntropy {
    private CrossEntropy() {
    }

    /**
     * Mean over the n samples of −log softmax(z)_y; logits row-major n × classes. When {@code grad} is not null it
     * receives ∂(mean loss)/∂z = (softmax(z) − onehot(y))/n. Not modified: {@code logits}, {@code labels}.
     */
    public static double loss(double[] logits, int[] labels, int n, int classes, double[] grad) {
        double total = 0;
        for (int s = 0; s < n; s++) {
            int o = s * classes;
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < classes; c++) {
                max = Math.max(max, logits[o + c]);
            }
            double sum = 0;
            for (int c = 0; c < classes; c++) {
                sum += Math.exp(logits[o + c] - max);
            }
            double lse = max + Math.log(sum);
            total += lse - logits[o + labels[s]];
            if (grad != null) {
                for (int c = 0; c < classes; c++) {
                    grad[o + c] = Math.exp(logits[o + c] - lse) / n;
                }
                grad[o + labels[s]] -= 1.0 / n;
            }
        }
        return total / n;
    }

    /** Number of samples whose largest logit (first on ties) is the label. */
    public static int correct(double[] logits, int[] labels, int n, int classes) {
        int ok = 0;
        for (int s = 0; s < n; s++) {
            int o = s * classes;
            int best = 0;
            for (int c = 1; c < classes; c++) {
                if (logits[o + c] > logits[o + best]) {
                    best = c;
                }
            }
            if (best == labels[s]) {
                ok++;
            }
        }
        return ok;
    }
}
