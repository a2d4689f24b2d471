package org.photonlab.training.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Backpropagated gradients against central finite differences of the training-mode loss. */
class GradientCheckTest {
    private static final double H = 1e-6;

    /** conv(2→3, 3×3 s2 p1 on 5×5) → BN → ReLU6 → FC(27→4); every weight and BN parameter and the input. */
    @Test
    void convBatchNormFcGradientsMatchFiniteDifferences() {
        SplittableRandom rng = new SplittableRandom(5);
        Conv2d conv = new Conv2d("c", 2, 3, 5, 5, 3, 2, 1, rng);
        BatchNorm bn = new BatchNorm("bn", 3, 9);
        // a non-trivial affine so that γ and β gradients are exercised
        for (int c = 0; c < 3; c++) {
            bn.params().get(0).value()[c] = 0.5 + rng.nextDouble();
            bn.params().get(1).value()[c] = 0.3 * rng.nextGaussian();
        }
        Network net = new Network(ModelSpec.mlp(new int[] {2, 5, 5}, 4, 0), List.of(conv, bn,
                new ReluN("a", 27, 6.0), new Linear("fc", 27, 4, rng)));
        check(net, 6, rng);
    }

    /** The MLP (FC → BN1d → ReLU6 → FC). */
    @Test
    void mlpGradientsMatchFiniteDifferences() {
        SplittableRandom rng = new SplittableRandom(9);
        Network net = Models.mlp(ModelSpec.mlp(new int[] {5}, 3, 7), 3);
        check(net, 5, rng);
    }

    private static void check(Network net, int n, SplittableRandom rng) {
        double[] x = new double[n * net.inputSize()];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextGaussian();
        }
        int[] y = new int[n];
        for (int s = 0; s < n; s++) {
            y[s] = rng.nextInt(net.classes());
        }
        double[] g = new double[n * net.classes()];
        double[] logits = net.forward(x, n, true);
        CrossEntropy.loss(logits, y, n, net.classes(), g);
        net.zeroGrad();
        net.backward(g, n);
        int checked = 0;
        for (Param p : net.params()) {
            double[] v = p.value();
            for (int i = 0; i < v.length; i++) {
                double keep = v[i];
                v[i] = keep + H;
                double up = loss(net, x, y, n);
                v[i] = keep - H;
                double down = loss(net, x, y, n);
                v[i] = keep;
                double numeric = (up - down) / (2 * H);
                assertEquals(numeric, p.grad()[i], 1e-6 + 1e-5 * Math.abs(numeric), p.name() + "[" + i + "]");
                checked++;
            }
        }
        assertTrue(checked > 20);
    }

    private static double loss(Network net, double[] x, int[] y, int n) {
        double[] logits = net.forward(x, n, true);
        return CrossEntropy.loss(logits, y, n, net.classes(), null);
    }
}
