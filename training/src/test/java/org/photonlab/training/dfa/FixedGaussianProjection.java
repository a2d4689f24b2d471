package org.photonlab.training.dfa;

import java.util.SplittableRandom;
import org.photonlab.hal.projection.LinearContext;
import org.photonlab.hal.projection.LinearProjection;

/**
 * Test double of an optical linear projection: a seeded Gaussian matrix in "counts" (scale 30), 4 frames per
 * non-zero vector, 1 ms of device time per frame, optional additive noise. Its ideal is the noise-free product.
 */
final class FixedGaussianProjection implements LinearProjection {
    private final int inputs;
    private final int components;
    private final float[] a;
    private final double noise;
    private final SplittableRandom rnd;

    FixedGaussianProjection(int inputs, int components, long seed, double noise) {
        this.inputs = inputs;
        this.components = components;
        this.noise = noise;
        this.rnd = new SplittableRandom(seed + 1);
        SplittableRandom r = new SplittableRandom(seed);
        a = new float[inputs * components];
        for (int k = 0; k < a.length; k++) {
            a[k] = (float) (30 * Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble()));
        }
    }

    @Override
    public String strategy() {
        return "fixed-gaussian";
    }

    @Override
    public int inputs() {
        return inputs;
    }

    @Override
    public int components() {
        return components;
    }

    @Override
    public LinearContext project(byte[] t, int batch, float[] out) {
        ideal(t, batch, out);
        long frames = 0;
        for (int i = 0; i < batch; i++) {
            boolean any = false;
            for (int c = 0; c < inputs; c++) {
                any |= t[i * inputs + c] != 0;
            }
            frames += any ? 4 : 0;
            for (int j = 0; j < components && noise > 0; j++) {
                out[i * components + j] += (float) (noise * (rnd.nextDouble() * 2 - 1));
            }
        }
        return new LinearContext(frames, frames * 1e-3, 0, 0);
    }

    @Override
    public boolean ideal(byte[] t, int batch, float[] out) {
        java.util.Arrays.fill(out, 0, batch * components, 0f);
        for (int i = 0; i < batch; i++) {
            for (int c = 0; c < inputs; c++) {
                int v = t[i * inputs + c];
                for (int j = 0; v != 0 && j < components; j++) {
                    out[i * components + j] += v * a[c * components + j];
                }
            }
        }
        return true;
    }
}
