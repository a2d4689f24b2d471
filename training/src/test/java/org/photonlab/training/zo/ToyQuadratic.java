package org.photonlab.training.zo;

import org.photonlab.training.data.Batch;

/** L(θ) = Σ_j w_j·(θ_j − t_j)², independent of the batch: a smooth bowl with its minimum 0 at t. */
record ToyQuadratic(double[] target, double[] weight) implements ToyChip.Loss {
    @Override
    public double of(double[] theta, Batch batch) {
        double s = 0;
        for (int j = 0; j < theta.length; j++) {
            double d = theta[j] - target[j];
            s += weight[j] * d * d;
        }
        return s;
    }
}
