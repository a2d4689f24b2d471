package org.photonlab.simulator.opu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.photonlab.hal.DeviceInUseException;
import org.photonlab.hal.LabException;
import org.photonlab.hal.NotConfiguredException;
import org.photonlab.hal.projection.BinaryBatch;
import org.photonlab.hal.projection.FeatureShape;
import org.photonlab.hal.projection.ProjectionResult;
import org.photonlab.hal.projection.ProjectorConfig;

class SimulatedProjectorTest {
    private static final long SEED = 20260611L;

    static BinaryBatch randomBatch(int n, int features, double density, long seed) {
        Random rnd = new Random(seed);
        byte[] b = new byte[n * features];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (rnd.nextDouble() < density ? 1 : 0);
        }
        return BinaryBatch.of(b, n, features);
    }

    private static SimulatedProjector device(String name, PhysicsParams p) {
        SimulatedProjector d = new SimulatedProjector(SimulatedProjector.defaultInfo(name), p);
        d.open();
        return d;
    }

    @Test
    void intensityIsExponentialMeanEqualsStd() {
        try (SimulatedProjector d = device("stat", PhysicsParams.defaults(SEED).withNoise(false))) {
            d.configure(ProjectorConfig.builder().features(1100).components(1000).build());
            ProjectionResult r = d.transform(randomBatch(20, 1100, 0.5, SEED));
            double sum = 0;
            double sq = 0;
            int n = r.batch() * r.components();
            for (int i = 0; i < r.batch(); i++) {
                for (int j = 0; j < r.components(); j++) {
                    double v = r.count(i, j);
                    sum += v;
                    sq += v * v;
                }
            }
            double mean = sum / n;
            double std = Math.sqrt(sq / n - mean * mean);
            // half the mirrors lit at 43 counts full illumination: mean ≈ 21.5, like the real OPU's 21.6 ± 23.4
            assertEquals(21.5, mean, 1.5, "seed " + SEED);
            assertEquals(1.0, std / mean, 0.08, "exponential speckle has std = mean; seed " + SEED);
        }
    }

    @Test
    void longExposureSaturatesAt255AndCountsAreIntegers() {
        try (SimulatedProjector d = device("sat", PhysicsParams.defaults(SEED))) {
            d.configure(ProjectorConfig.builder().features(64).components(512).exposureUs(40_000).build());
            ProjectionResult r = d.transform(randomBatch(4, 64, 0.5, SEED));
            int saturated = 0;
            for (byte c : r.counts()) {
                saturated += c == (byte) 255 ? 1 : 0;
            }
            // mean ≈ 2150 counts: only the dark tail of the speckle (P(I < 255) ≈ 11 %) stays below 255
            assertTrue(saturated > 0.8 * r.counts().length, "saturated " + saturated);
            assertEquals(40_000 + 50, r.context().frameTimeUs(), 1e-9, "frame time ≥ exposure + 50 µs");
        }
    }

    @Test
    void resultsDoNotDependOnBatchSplitOrThreads() {
        BinaryBatch x = randomBatch(10, 300, 0.3, SEED);
        ProjectorConfig cfg = ProjectorConfig.builder().features(300).components(700).build();
        byte[] whole;
        try (SimulatedProjector d = device("split-a", PhysicsParams.defaults(SEED).withCacheLimit(0))) {
            d.configure(cfg);
            whole = d.transform(x).counts();
        }
        byte[] parts = new byte[whole.length];
        try (SimulatedProjector d = device("split-b", PhysicsParams.defaults(SEED).withParallel(false))) {
            d.configure(cfg);
            byte[] a = d.transform(x.slice(0, 3)).counts();
            byte[] b = d.transform(x.slice(3, 10)).counts();
            System.arraycopy(a, 0, parts, 0, a.length);
            System.arraycopy(b, 0, parts, a.length, b.length);
        }
        assertArrayEquals(whole, parts, "seed " + SEED);
        try (SimulatedProjector d = device("split-c", PhysicsParams.defaults(SEED + 1))) {
            d.configure(cfg);
            assertFalse(java.util.Arrays.equals(whole, d.transform(x).counts()), "another seed, another matrix");
        }
    }

    @Test
    void componentDependsOnTheOutputRoi() {
        BinaryBatch x = randomBatch(1, 50, 0.5, SEED);
        try (SimulatedProjector d = device("roi", PhysicsParams.defaults(SEED).withNoise(false))) {
            d.configure(ProjectorConfig.builder().features(50).components(1000).build());
            ProjectionResult small = d.transform(x);
            assertEquals(64, small.context().outputRoi().height(), "minimum ROI is 64 rows");
            assertEquals(512, small.context().outputRoi().y());
            d.configure(ProjectorConfig.builder().features(50).components(300_000).build());
            ProjectionResult large = d.transform(x);
            assertNotEquals(small.context().outputRoi(), large.context().outputRoi());
            int same = 0;
            for (int j = 0; j < 1000; j++) {
                same += small.count(0, j) == large.count(0, j) ? 1 : 0;
            }
            assertTrue(same < 200, "component j of a larger ROI is another pixel; equal: " + same);
        }
    }

    @Test
    void misuseGivesClearErrors() {
        try (SimulatedProjector d = device("misuse", PhysicsParams.defaults(SEED))) {
            NotConfiguredException e = assertThrows(NotConfiguredException.class,
                    () -> d.transform(randomBatch(1, 4, 0.5, SEED)));
            assertTrue(e.getMessage().contains("configure"), e.getMessage());
            d.configure(ProjectorConfig.builder().features(4).components(8).build());
            LabException shape = assertThrows(LabException.class, () -> d.transform(randomBatch(1, 5, 0.5, SEED)));
            assertTrue(shape.getMessage().contains("4 features"), shape.getMessage());
            assertThrows(LabException.class, () -> d.configure(
                    ProjectorConfig.builder().features(2_000_000).components(8).build()));
            assertThrows(LabException.class, () -> d.configure(
                    ProjectorConfig.builder().features(4).components(3_000_000).build()));
            SimulatedProjector other = new SimulatedProjector(SimulatedProjector.defaultInfo("misuse"),
                    PhysicsParams.defaults(SEED));
            DeviceInUseException busy = assertThrows(DeviceInUseException.class, other::open);
            assertTrue(busy.getMessage().contains("already in use"), busy.getMessage());
        }
        LabException bits = assertThrows(LabException.class, () -> BinaryBatch.of(new byte[] {0, 1, 2, 0}, 2, 2));
        assertTrue(bits.getMessage().contains("0/1"), bits.getMessage());
        SimulatedProjector closed = new SimulatedProjector(SimulatedProjector.defaultInfo("closed"),
                PhysicsParams.defaults(SEED));
        assertThrows(LabException.class, () -> closed.configure(
                ProjectorConfig.builder().features(4).components(8).build()));
    }

    @Test
    void macroLayoutAndTimingOnTheDeviceClock() {
        try (SimulatedProjector d = device("macro", PhysicsParams.defaults(SEED))) {
            d.configure(ProjectorConfig.builder().features(FeatureShape.macro(28, 28)).components(100).build());
            ProjectionResult r = d.transform(randomBatch(3, 784, 0.2, SEED));
            assertEquals(32, r.context().zoom(), "912 / 28 = 32");
            assertEquals(28 * 32, r.context().inputRoi().width());
            assertEquals(500, r.context().frameTimeUs(), 1e-9, "frame time = max(500, 400 + 50)");
            assertEquals((1000 + 3 * 500) * 1e-6, r.context().deviceTimeS(), 1e-12);
            assertEquals(r.context().deviceTimeS(), d.deviceClockS(), 1e-12);
        }
    }

    @Test
    void litMirrorGuardScalesTheExposureDown() {
        try (SimulatedProjector d = device("guard", PhysicsParams.defaults(SEED))) {
            d.configure(ProjectorConfig.builder().features(100).components(64).maxLitFraction(0.25).build());
            ProjectionResult r = d.transform(randomBatch(8, 100, 0.5, SEED));
            double lit = r.context().meanLitPixels() / 1_039_680.0;
            assertTrue(lit > 0.4 && lit < 0.6, "about half the mirrors lit: " + lit);
            assertEquals(400 * 0.25 / lit, r.context().exposureUs(), 1e-6, "runner._adjust_exposure");
        }
    }

    @Test
    void speckleDriftDecorrelatesOnTheDeviceClock() {
        BinaryBatch x = randomBatch(1, 40, 0.5, SEED);
        ProjectorConfig cfg = ProjectorConfig.builder().features(40).components(2000).build();
        try (SimulatedProjector d = device("drift", PhysicsParams.defaults(SEED).withNoise(false).withDriftTimeS(0.01))) {
            d.configure(cfg);
            ProjectionResult first = d.transform(x);
            for (int k = 0; k < 20; k++) {
                d.transform(randomBatch(50, 40, 0.5, k));
            }
            assertTrue(d.deviceClockS() > 0.5, "50 × 20 frames of 500 µs");
            ProjectionResult later = d.transform(x);
            assertTrue(correlation(first, later) < 0.2, "after 50 decorrelation times the speckle is new: "
                    + correlation(first, later));
        }
        try (SimulatedProjector d = device("still", PhysicsParams.defaults(SEED).withNoise(false))) {
            d.configure(cfg);
            ProjectionResult first = d.transform(x);
            d.transform(randomBatch(50, 40, 0.5, 1));
            assertArrayEquals(first.counts(), d.transform(x).counts(), "no drift, no noise: repeatable");
        }
    }

    private static double correlation(ProjectionResult a, ProjectionResult b) {
        int n = a.components();
        double ma = 0;
        double mb = 0;
        for (int j = 0; j < n; j++) {
            ma += a.count(0, j);
            mb += b.count(0, j);
        }
        ma /= n;
        mb /= n;
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int j = 0; j < n; j++) {
            double u = a.count(0, j) - ma;
            double v = b.count(0, j) - mb;
            ab += u * v;
            aa += u * u;
            bb += v * v;
        }
        return ab / Math.sqrt(aa * bb);
    }

    @Test
    void phaseSlmReflectsEveryPixel() {
        org.photonlab.hal.projection.ProjectorInfo dmd = SimulatedProjector.defaultInfo("phase");
        org.photonlab.hal.projection.ProjectorInfo slm = new org.photonlab.hal.projection.ProjectorInfo("phase",
                "sim", true, org.photonlab.hal.projection.Modulation.SLM_PHASE, dmd.inputWidth(), dmd.inputHeight(),
                dmd.cameraWidth(), dmd.cameraHeight(), dmd.minRoiRows());
        try (SimulatedProjector d = new SimulatedProjector(slm, PhysicsParams.defaults(SEED).withNoise(false))) {
            d.open();
            d.configure(ProjectorConfig.builder().features(30).components(500).build());
            ProjectionResult r = d.transform(BinaryBatch.of(new byte[60], 2, 30));
            double mean = 0;
            for (int j = 0; j < 500; j++) {
                mean += r.count(0, j);
            }
            assertEquals(43, mean / 500, 6, "a flat phase pattern sends all the light: full-illumination mean");
            byte[] ones = new byte[30];
            java.util.Arrays.fill(ones, (byte) 1);
            ProjectionResult allPi = d.transform(BinaryBatch.of(ones, 1, 30));
            assertArrayEquals(java.util.Arrays.copyOf(r.counts(), 500), allPi.counts(),
                    "a global π shift (every feature on, no pixel outside the features) leaves intensities alone");
            java.util.Arrays.fill(ones, 15, 30, (byte) 0);
            ProjectionResult half = d.transform(BinaryBatch.of(ones, 1, 30));
            assertFalse(java.util.Arrays.equals(java.util.Arrays.copyOf(r.counts(), 500), half.counts()),
                    "π on half the features changes the speckle");
        }
    }

    @Test
    void compatModeMeanIsTwoKOverN() {
        LightonCompatDevice c = new LightonCompatDevice(1000, 2000, SEED, false);
        BinaryBatch x = randomBatch(8, 1000, 0.3, SEED);
        float[] y = c.transform(x);
        double sum = 0;
        double k = 0;
        for (int i = 0; i < 8; i++) {
            k += x.ones(i);
        }
        for (float v : y) {
            sum += v;
        }
        assertEquals(2 * (k / 8) / 1000, sum / y.length, 0.02 * 2 * (k / 8) / 1000, "seed " + SEED);
        float[] lin = c.linearTransform(x);
        assertTrue(Math.abs(lin[0]) > 0 && lin[0] * lin[0] <= y[0] + 1e-6, "Re(xR)² ≤ |xR|²");
    }
}
