package org.photonlab.bench.zo;

import java.nio.file.Path;
import java.util.Map;
import org.photonlab.hal.bench.Bench;
import org.photonlab.hal.bench.BenchDescription;
import org.photonlab.benchfile.StandardBenches;
import org.photonlab.training.chip.ChipNetwork;
import org.photonlab.training.data.Datasets;
import org.photonlab.training.data.Split;
import org.photonlab.training.nn.ModelSpec;
import org.photonlab.training.nn.Network;
import org.photonlab.training.nn.PretrainCache;
import org.photonlab.training.nn.PretrainConfig;

/**
 * CNN-S on MNIST-16, pre-trained in software (cached), deployed on a simulated 31-core 9×9 chip with the MixedTrn
 * paper's default scenario: 8-bit phase-domain quantisation, γ drift σ = 0.002, crosstalk c = 0.005, no phase bias.
 * One seed fixes the pre-training and the chip's random draws. Close it to put the bench in its safe state.
 */
final class ZoFixture implements AutoCloseable {
    static final int CORES = 31;
    static final int K = 9;

    final Split data;
    final double idealAccuracy;
    final Bench bench;
    final ChipNetwork chip;

    private ZoFixture(Split data, double idealAccuracy, Bench bench, ChipNetwork chip) {
        this.data = data;
        this.idealAccuracy = idealAccuracy;
        this.bench = bench;
        this.chip = chip;
    }

    /**
     * The default scenario's bench description for chip seed {@code seed}, with physics keys of {@code overrides}
     * (e.g. {@code phase_bias=true}) replacing the defaults; not modified.
     */
    static BenchDescription bench(long seed, Map<String, Object> overrides) {
        return bench(seed, overrides, CORES);
    }

    /** The same scenario on a chip of {@code cores} 9×9 cores (fewer than 31: time-multiplexed). */
    static BenchDescription bench(long seed, Map<String, Object> overrides, int cores) {
        Map<String, Object> physics = new java.util.HashMap<>(
                Map.of("seed", seed, "gamma_drift_std", 0.002, "crosstalk", 0.005, "phase_bias", false));
        physics.putAll(overrides);
        return StandardBenches.simulatedChip("zo-cnn-s", cores, K, "phase", physics);
    }

    /** {@link #open(long, Path, Map)} in the default scenario. */
    static ZoFixture open(long seed, Path cacheDir) {
        return open(seed, cacheDir, Map.of());
    }

    /**
     * Pre-trains (or loads from {@code cacheDir}) with {@code seed} and deploys on a chip of the same seed, with
     * the physics {@code overrides}.
     */
    static ZoFixture open(long seed, Path cacheDir, Map<String, Object> overrides) {
        return open(seed, cacheDir, overrides, CORES);
    }

    /** Like {@link #open(long, Path, Map)} on a chip of {@code cores} cores. */
    static ZoFixture open(long seed, Path cacheDir, Map<String, Object> overrides, int cores) {
        Split data = Datasets.mnist16();
        PretrainCache.Pretrained p = PretrainCache.loadOrTrain(cacheDir, ModelSpec.cnnS(),
                PretrainConfig.defaults(seed), data, null);
        Network net = p.network();
        Bench bench = Bench.open(bench(seed, overrides, cores));
        try {
            return new ZoFixture(data, p.testAccuracy(), bench, ChipNetwork.deploy(net, bench));
        } catch (RuntimeException e) {
            bench.close();
            throw e;
        }
    }

    /** The pre-training cache: {@code -Dzo.cache=DIR}, else {@code target/pretrain-cache}. */
    static Path cacheDir() {
        return Path.of(System.getProperty("zo.cache", "target/pretrain-cache"));
    }

    @Override
    public void close() {
        bench.close();
    }
}
