package org.photonlab.training.dfa.linear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.photonlab.hal.LabException;
import org.photonlab.hal.projection.LinearContext;
import org.photonlab.hal.projection.LinearProjection;
import org.photonlab.hal.projection.LinearisationStrategy;
import org.photonlab.simulator.opu.PhysicsParams;
import org.photonlab.simulator.opu.SimulatedProjector;

class LinearisationTest {
    private static final long SEED = 77L;
    private static final int D = 10;
    private static final int M = 512;

    static byte[] ternary(int batch, long seed) {
        Random rnd = new Random(seed);
        byte[] t = new byte[batch * D];
        for (int i = 0; i < t.length; i++) {
            double u = rnd.nextDouble();
            t[i] = (byte) (u < 0.15 ? 1 : u < 0.3 ? -1 : 0);
        }
        return t;
    }

    static double meanCosine(float[] a, float[] b, int batch) {
        double sum = 0;
        int counted = 0;
        for (int i = 0; i < batch; i++) {
            double ab = 0;
            double aa = 0;
            double bb = 0;
            for (int j = 0; j < M; j++) {
                ab += a[i * M + j] * b[i * M + j];
                aa += a[i * M + j] * a[i * M + j];
                bb += b[i * M + j] * b[i * M + j];
            }
            if (aa > 0 && bb > 0) {
                sum += ab / Math.sqrt(aa * bb);
                counted++;
            }
        }
        return sum / counted;
    }

    private record Run(float[] optical, float[] ideal, LinearContext ctx) {
    }

    private static Run run(LinearisationStrategy s, boolean noise, String name, int batch) {
        PhysicsParams p = PhysicsParams.defaults(SEED).withNoise(noise);
        try (SimulatedProjector d = new SimulatedProjector(SimulatedProjector.defaultInfo(name), p)) {
            d.open();
            LinearProjection lp = d.linear(s, D, M);
            byte[] e = ternary(batch, SEED);
            float[] y = new float[batch * M];
            float[] ideal = new float[batch * M];
            LinearContext c = lp.project(e, batch, y);
            assertTrue(lp.ideal(e, batch, ideal));
            return new Run(y, ideal, c);
        }
    }

    @Test
    void anchorMethodsAreExactToRoundingWithoutNoise() {
        for (LinearisationStrategy s : new LinearisationStrategy[] {new AnchorTernaryStrategy(16, 20, 4),
            new AnchorExactStrategy(16, 20, 4)}) {
            Run r = run(s, false, "exact-" + s.id(), 64);
            assertEquals(0, r.ctx().saturatedPixels(), "a dim anchor keeps speckle under 255");
            double worst = 0;
            for (int k = 0; k < r.optical().length; k++) {
                worst = Math.max(worst, Math.abs(r.optical()[k] - r.ideal()[k]));
            }
            // each term is a difference of at most 8 rounded images: error ≤ 8 × 0.5 counts
            assertTrue(worst <= 4.0, s.id() + " worst error " + worst + " counts; seed " + SEED);
            assertTrue(meanCosine(r.optical(), r.ideal(), 64) > 0.99, s.id());
        }
    }

    @Test
    void anchorWithShotNoiseStaysClose() {
        Run r = run(new AnchorTernaryStrategy(), true, "noisy-anchor4", 64);
        double cos = meanCosine(r.optical(), r.ideal(), 64);
        assertTrue(cos > 0.75, "anchor4 with Poisson noise at G = 40: cosine " + cos + "; seed " + SEED);
        Run two = run(new AnchorTwoFrameStrategy(), false, "anchor2", 64);
        assertTrue(meanCosine(two.optical(), two.ideal(), 64) > 0.9, "2-frame approximation, noise-free");
    }

    @Test
    void naiveIntensityDifferenceIsNotALinearProjection() {
        Run naive = run(new NaiveDifferenceStrategy(), false, "naive", 64);
        double cos = meanCosine(naive.optical(), naive.ideal(), 64);
        assertTrue(Math.abs(cos) < 0.2, "naive |Re⁺|² − |Re⁻|² must not align with A e; cosine " + cos);
    }

    @Test
    void framesAreCountedAndZeroVectorsCostNothing() {
        PhysicsParams p = PhysicsParams.defaults(SEED);
        try (SimulatedProjector d = new SimulatedProjector(SimulatedProjector.defaultInfo("frames"), p)) {
            d.open();
            LinearProjection lp = d.linear(new AnchorTernaryStrategy(16, 40, 2), D, M);
            float[] y = new float[2 * M];
            LinearContext first = lp.project(new byte[2 * D], 2, y);
            assertTrue(first.frames() >= 4, "calibration frames are reported with the first call");
            LinearContext zero = lp.project(new byte[2 * D], 2, y);
            assertEquals(0, zero.frames());
            assertEquals(0f, y[0]);
            byte[] e = new byte[2 * D];
            e[0] = 1;
            e[D + 1] = 1;
            e[D + 2] = -1;
            assertEquals(6, lp.project(e, 2, y).frames(), "one part: 2 frames; two parts: 4");
            assertThrows(LabException.class, () -> lp.project(new byte[] {2, 0, 0, 0, 0, 0, 0, 0, 0, 0}, 1, y));
        }
    }
}
