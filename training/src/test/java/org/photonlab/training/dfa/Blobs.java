package org.photonlab.training.dfa;

import java.util.SplittableRandom;
import org.photonlab.training.data.Dataset;

/** Seeded Gaussian blobs: a small problem that every training mode should learn in a few epochs. */
final class Blobs {
    private Blobs() {
    }

    /** {train, test}; some features are exactly 0 so that the sparse first layer skips them. */
    static Dataset[] make(int classes, int dim, int train, int test, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        float[][] mean = new float[classes][dim];
        for (float[] m : mean) {
            for (int k = 0; k < dim; k++) {
                m[k] = (float) (gauss(rnd) * 1.2);
            }
        }
        Dataset[] out = new Dataset[2];
        int[] sizes = {train, test};
        for (int s = 0; s < 2; s++) {
            int n = sizes[s];
            float[] x = new float[n * dim];
            int[] y = new int[n];
            for (int i = 0; i < n; i++) {
                y[i] = rnd.nextInt(classes);
                for (int k = 0; k < dim; k++) {
                    x[i * dim + k] = k % 5 == 0 ? 0f : mean[y[i]][k] + (float) gauss(rnd);
                }
            }
            out[s] = new Dataset("blobs-" + (s == 0 ? "train" : "test"), x, y, new int[] {dim}, classes, 0f);
        }
        return out;
    }

    private static double gauss(SplittableRandom r) {
        double u = 1 - r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.nextDouble());
    }
}
