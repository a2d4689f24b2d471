package org.photonlab.training.zo;

import java.util.SplittableRandom;
import org.photonlab.training.data.Batch;
import org.photonlab.training.data.Dataset;

/**
 * A softmax classifier whose weights are driven by phases like a chip's: W = A·cos θ (A fixed, random), logits
 * z = W·x, loss = mean cross-entropy. Data: Gaussian clusters around random class means. Everything seeded.
 */
final class ToySoftmax implements ToyChip.Loss {
    static final int FEATURES = 4;
    static final int CLASSES = 3;

    private final double[][] a;

    ToySoftmax(int phases, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        a = new double[CLASSES * FEATURES][phases];
        for (double[] row : a) {
            for (int j = 0; j < phases; j++) {
                row[j] = r.nextGaussian() * 2.0 / Math.sqrt(phases);
            }
        }
    }

    /** {@code n} samples of the cluster problem; the same {@code seed} gives the same samples. */
    static Dataset data(int n, long seed) {
        SplittableRandom means = new SplittableRandom(7);
        double[][] mu = new double[CLASSES][FEATURES];
        for (double[] m : mu) {
            for (int f = 0; f < FEATURES; f++) {
                m[f] = 1.5 * means.nextGaussian();
            }
        }
        SplittableRandom r = new SplittableRandom(seed);
        double[][] x = new double[n][FEATURES];
        int[] y = new int[n];
        for (int s = 0; s < n; s++) {
            y[s] = s % CLASSES;
            for (int f = 0; f < FEATURES; f++) {
                x[s][f] = mu[y[s]][f] + r.nextGaussian();
            }
        }
        return new Dataset(x, y);
    }

    /** Samples {@code from} (inclusive) to {@code to} (exclusive) of {@code d} as one batch. */
    static Batch batch(Dataset d, int from, int to) {
        int[] idx = new int[to - from];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = from + i;
        }
        return d.batch(idx);
    }

    private double[] weights(double[] theta) {
        double[] w = new double[a.length];
        for (int k = 0; k < a.length; k++) {
            double s = 0;
            for (int j = 0; j < theta.length; j++) {
                s += a[k][j] * Math.cos(theta[j]);
            }
            w[k] = s;
        }
        return w;
    }

    private static double[] logits(double[] w, double[] x) {
        double[] z = new double[CLASSES];
        for (int c = 0; c < CLASSES; c++) {
            for (int f = 0; f < FEATURES; f++) {
                z[c] += w[c * FEATURES + f] * x[f];
            }
        }
        return z;
    }

    @Override
    public double of(double[] theta, Batch batch) {
        double[] w = weights(theta);
        double sum = 0;
        for (int s = 0; s < batch.size(); s++) {
            double[] z = logits(w, batch.x()[s]);
            double max = Math.max(z[0], Math.max(z[1], z[2]));
            double norm = 0;
            for (double v : z) {
                norm += Math.exp(v - max);
            }
            sum += max + Math.log(norm) - z[batch.y()[s]];
        }
        return sum / batch.size();
    }

    @Override
    public double accuracy(double[] theta, Dataset data) {
        double[] w = weights(theta);
        int right = 0;
        for (int s = 0; s < data.size(); s++) {
            double[] z = logits(w, data.x()[s]);
            int best = 0;
            for (int c = 1; c < CLASSES; c++) {
                if (z[c] > z[best]) {
                    best = c;
                }
            }
            right += best == data.y()[s] ? 1 : 0;
        }
        return (double) right / data.size();
    }
}
