package org.photonlab.app.zo;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.photonlab.app.run.Progress;
import org.photonlab.hal.bench.BenchDescription;
import org.photonlab.benchfile.StandardBenches;
import org.photonlab.training.chip.ChipNetwork;
import org.photonlab.training.data.Split;
import org.photonlab.training.nn.ModelSpec;
import org.photonlab.training.nn.Network;
import org.photonlab.training.nn.PretrainCache;
import org.photonlab.training.nn.PretrainConfig;

/**
 * What {@code train zo} deploys and where: the pre-trained model (trained once per recipe and cached) and the
 * built-in simulated chip sized to it.
 */
final class ZoDeployment {
    /** Block size of every core of the built-in bench (the papers' k = 9). */
    static final int CORE_SIZE = 9;

    private ZoDeployment() {
    }

    /** The model of {@code --model} for the data set. */
    static ModelSpec model(String kind, Split data, int hidden) {
        return kind.equals(ModelSpec.CNN_S) ? ModelSpec.cnnS()
                : ModelSpec.mlp(new int[] {data.train().dim()}, data.train().classes(), hidden);
    }

    /** Loads the cached pre-trained model of this recipe, or trains and caches it, reporting on {@code progress}. */
    static PretrainCache.Pretrained pretrain(ModelSpec model, PretrainConfig pre, Split data, String dataset,
                                             Progress progress) {
        progress.line("pre-training " + model.describe() + " on " + dataset + " (cached in " + cacheDir() + ")");
        PretrainCache.Pretrained p = PretrainCache.loadOrTrain(cacheDir(), model, pre, data,
                e -> progress.update(e, pre.epochs(), "pre-training epoch " + e));
        progress.line(String.format(Locale.ROOT, "ideal (software) test accuracy %.4f%s", p.testAccuracy(),
                p.fromCache() ? " (cached model)" : String.format(Locale.ROOT, " (trained in %.1f s)", p.seconds())));
        return p;
    }

    /** The built-in simulated chip: one 9×9 core per block of the model, the MixedTrn paper's default scenario. */
    static BenchDescription builtInBench(Network network, long seed, String quantization, boolean phaseBias) {
        int cores = ChipNetwork.coresNeeded(network, CORE_SIZE);
        Map<String, Object> physics = new LinkedHashMap<>();
        physics.put("seed", seed);
        physics.put("gamma_drift_std", 0.002);
        physics.put("crosstalk", 0.005);
        physics.put("phase_bias", phaseBias);
        return StandardBenches.simulatedChip("builtin-sim-chip", cores, CORE_SIZE, quantization, physics);
    }

    /** The pre-training cache: {@code -Dphotonlab.cache}, else {@code $PHOTONLAB_CACHE}, else ~/.cache/photonlab. */
    static Path cacheDir() {
        String prop = System.getProperty("photonlab.cache");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        String env = System.getenv("PHOTONLAB_CACHE");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("user.home"), ".cache", "photonlab");
    }
}
