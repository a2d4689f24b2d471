package org.photonlab.training.chip;

import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import org.photonlab.hal.bench.Bench;
import org.photonlab.benchfile.StandardBenches;
import org.photonlab.training.data.Batch;
import org.photonlab.training.data.Datasets;
import org.photonlab.training.data.Split;
import org.photonlab.training.nn.ModelSpec;
import org.photonlab.training.nn.Pretrainer;
import org.photonlab.training.nn.PretrainConfig;

/**
 * A measurement, not a test (surefire does not pick it up): pre-trains CNN-S on MNIST-16 with the default recipe,
 * deploys it on the simulated chip of the MixedTrn scenario (8-bit phase DACs, γ drift 0.002, crosstalk 0.005) and
 * times one SZO-SCD-like coordinate step (one setPhase of ±1 LSB on a uniformly drawn coordinate + one batch-32
 * loss) and an uncached batch-32 forward. Prints plain numbers; the JMH benchmarks are the reference figures.
 *
 * <p>Run: {@code mvn -B -q -o -pl training test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt}
 * then {@code java -cp training/target/classes:training/target/test-classes:$(cat /tmp/cp.txt)
 * org.photonlab.training.chip.ChipTiming [seed]}.
 */
public final class ChipTiming {
    private ChipTiming() {
    }

    public static void main(String[] args) {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 0;
        Split data = Datasets.mnist16();
        Pretrainer.Result pre = Pretrainer.train(ModelSpec.cnnS(), data, PretrainConfig.defaults(seed), null);
        System.out.printf("pre-training: %d epochs, test accuracy %.4f, %.1f s%n",
                PretrainConfig.DEFAULT_EPOCHS, pre.testAccuracy(), pre.seconds());
        try (Bench bench = Bench.open(StandardBenches.simulatedChip("timing", 31, 9, "phase",
                Map.of("seed", seed, "gamma_drift_std", 0.002, "crosstalk", 0.005, "phase_bias", false)))) {
            ChipNetwork net = ChipNetwork.deploy(pre.network(), bench);
            System.out.printf("deployed accuracy %.4f, heater power %.2f W%n", net.accuracy(data.test()),
                    net.powerWatts(null));
            Batch b = Batch.range(data.train(), 0, 32);
            SplittableRandom rng = new SplittableRandom(seed);
            double lsb = 2 * Math.PI / 255;
            int steps = 20_000;
            long[] dt = new long[steps];
            for (int rep = 0; rep < 3; rep++) { // the first two rounds warm up the JIT
                for (int i = 0; i < steps; i++) {
                    int flat = rng.nextInt(net.phaseCount());
                    int g = 0;
                    while (flat >= net.groups().get(g).size()) {
                        flat -= net.groups().get(g).size();
                        g++;
                    }
                    long t0 = System.nanoTime();
                    net.setPhase(g, flat, net.phase(g, flat) + (i % 2 == 0 ? lsb : -lsb));
                    net.loss(b);
                    dt[i] = System.nanoTime() - t0;
                }
            }
            double mean = Arrays.stream(dt).average().orElse(0) / 1e3;
            Arrays.sort(dt);
            System.out.printf("coordinate step (setPhase + loss, batch 32): mean %.1f us, median %.1f us, "
                    + "p90 %.1f us%n", mean, dt[steps / 2] / 1e3, dt[steps * 9 / 10] / 1e3);
            net.setCacheEnabled(false);
            int n = 1000;
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                net.loss(b);
            }
            System.out.printf("uncached forward (batch 32, all 31 cores): %.1f us%n", (System.nanoTime() - t0) / 1e3 / n);
        }
    }
}
