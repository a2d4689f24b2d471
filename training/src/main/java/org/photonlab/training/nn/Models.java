package org.photonlab.training.nn;

import java.util.List;
import java.util.SplittableRandom;

/** Builds the networks of {@link ModelSpec}, initialised from a seed. */
public final class Models {
    /** ReLUN cap of CNN-S and the MLP (ReLU6, as the reference's MNIST config). */
    public static final double ACT_CAP = 6.0;

    private Models() {
    }

    public static Network build(ModelSpec spec, long seed) {
        return spec.kind().equals(ModelSpec.CNN_S) ? cnnS(seed) : mlp(spec, seed);
    }

    /**
     * CNN-S: Conv(1→8, 3×3, s2, p1) → BN → ReLU6 → Conv(8→6, 3×3, s2, p1) → BN → ReLU6 → flatten 96 → FC(96→10),
     * no bias, on 1×16×16 inputs.
     */
    public static Network cnnS(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        Conv2d c1 = new Conv2d("conv1", 1, 8, 16, 16, 3, 2, 1, rng);
        Conv2d c2 = new Conv2d("conv2", 8, 6, 8, 8, 3, 2, 1, rng);
        Linear fc = new Linear("fc", 96, 10, rng);
        return new Network(ModelSpec.cnnS(), List.of(
                c1, new BatchNorm("bn1", 8, 64), new ReluN("act1", 512, ACT_CAP),
                c2, new BatchNorm("bn2", 6, 16), new ReluN("act2", 96, ACT_CAP),
                fc));
    }

    /** MLP: FC(in→hidden) → BN → ReLU6 → FC(hidden→classes), no bias. */
    public static Network mlp(ModelSpec spec, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int in = spec.inputSize();
        int h = spec.hidden();
        return new Network(spec, List.of(
                new Linear("fc1", in, h, rng), new BatchNorm("bn1", h, 1), new ReluN("act1", h, ACT_CAP),
                new Linear("fc2", h, spec.classes(), rng)));
    }
}
