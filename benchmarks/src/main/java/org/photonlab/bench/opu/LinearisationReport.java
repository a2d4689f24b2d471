package org.photonlab.bench.opu;

import java.util.Locale;
import java.util.SplittableRandom;
import org.photonlab.hal.projection.LinearContext;
import org.photonlab.hal.projection.LinearProjection;
import org.photonlab.hal.projection.LinearisationStrategy;
import org.photonlab.simulator.opu.PhysicsParams;
import org.photonlab.simulator.opu.SimulatedProjector;
import org.photonlab.training.dfa.linear.AnchorExactStrategy;
import org.photonlab.training.dfa.linear.AnchorTernaryStrategy;
import org.photonlab.training.dfa.linear.AnchorTwoFrameStrategy;
import org.photonlab.training.dfa.linear.NaiveDifferenceStrategy;

/**
 * Measures each linearisation strategy on the simulated OPU: mean cosine between the optical projection and the
 * ideal linear projection {@code A e} (from the simulator's noise-free field), frames per vector and saturated
 * pixels, for DFA-like ternary errors (10 classes, 1–3 non-zeros with random signs) projected to 512 components.
 * Seeded; prints a Markdown table. Run: {@code java -cp benchmarks/target/benchmarks.jar
 * org.photonlab.bench.opu.LinearisationReport [vectors] [anchor] [anchorCounts]}.
 */
public final class LinearisationReport {
    private static final int D = 10;
    private static final int M = 512;

    private LinearisationReport() {
    }

    public static void main(String[] args) {
        int vectors = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int anchor = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        double counts = args.length > 2 ? Double.parseDouble(args[2]) : 40;
        byte[] e = errors(vectors, 7);
        System.out.printf(Locale.ROOT, "%d ternary vectors (10 → 512), anchor %d features at %.0f counts%n%n", vectors,
                anchor, counts);
        System.out.println("| strategy | camera noise | cos(optical, ideal) | frames / vector | calibration frames "
                + "| saturated pixels |");
        System.out.println("|---|---|---|---|---|---|");
        for (boolean noise : new boolean[] {false, true}) {
            LinearisationStrategy[] all = {new AnchorExactStrategy(anchor, counts, 16),
                new AnchorTernaryStrategy(anchor, counts, 16), new AnchorTwoFrameStrategy(anchor, counts, 16),
                new NaiveDifferenceStrategy(anchor, counts, 16)};
            for (LinearisationStrategy s : all) {
                row(s, noise, e, vectors);
            }
        }
    }

    private static void row(LinearisationStrategy s, boolean noise, byte[] e, int n) {
        try (SimulatedProjector d = new SimulatedProjector(SimulatedProjector.defaultInfo("report-" + s.id() + noise),
                PhysicsParams.defaults(11).withNoise(noise))) {
            d.open();
            LinearProjection lp = d.linear(s, D, M);
            float[] warm = new float[M];
            LinearContext calibration = lp.project(new byte[D], 1, warm);
            float[] y = new float[n * M];
            float[] ideal = new float[n * M];
            LinearContext c = lp.project(e, n, y);
            lp.ideal(e, n, ideal);
            double cos = 0;
            for (int i = 0; i < n; i++) {
                double ab = 0;
                double aa = 0;
                double bb = 0;
                for (int j = 0; j < M; j++) {
                    ab += y[i * M + j] * ideal[i * M + j];
                    aa += y[i * M + j] * y[i * M + j];
                    bb += ideal[i * M + j] * ideal[i * M + j];
                }
                cos += aa > 0 && bb > 0 ? ab / Math.sqrt(aa * bb) : 0;
            }
            System.out.printf(Locale.ROOT, "| %s | %s | %.4f | %.2f | %d | %.3f %% |%n", s.id(),
                    noise ? "Poisson + read" : "none", cos / n, (double) c.frames() / n, calibration.frames(),
                    100.0 * c.saturatedPixels() / (c.frames() * (double) M));
        }
    }

    /** DFA-like ternary errors: 1 to 3 non-zero classes, random signs, seeded. */
    static byte[] errors(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        byte[] e = new byte[n * D];
        for (int i = 0; i < n; i++) {
            int k = 1 + r.nextInt(3);
            for (int t = 0; t < k; t++) {
                e[i * D + r.nextInt(D)] = (byte) (r.nextBoolean() ? 1 : -1);
            }
        }
        return e;
    }
}
