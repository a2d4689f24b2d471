package org.photonlab.training.nn;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.photonlab.training.data.Split;

/**
 * Pre-trains a model once and reuses it: the model file is named by a SHA-256 key over the model description, the
 * pre-training recipe and the content of the training and test data, so any change in them trains afresh instead of
 * reusing a stale model.
 */
public final class PretrainCache {
    private PretrainCache() {
    }

    /** A pre-trained network, its test accuracy, and whether it came from the cache. */
    public record Pretrained(Network network, double testAccuracy, boolean fromCache, double seconds, Path file) {
    }

    /** The cache key of this model, recipe and data. */
    public static String key(ModelSpec spec, PretrainConfig config, Split data) {
        String text = "photonlab-pretrain-v1|" + spec.describe() + "|" + config.describe() + "|"
                + data.train().name() + ":" + Long.toHexString(data.train().contentHash()) + "|"
                + data.test().name() + ":" + Long.toHexString(data.test().contentHash());
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JRE", e);
        }
    }

    /**
     * Loads the model for (spec, config, data) from {@code dir} if present, otherwise pre-trains and saves it there.
     * {@code onEpoch} (may be null) sees each finished epoch when training.
     */
    public static Pretrained loadOrTrain(Path dir, ModelSpec spec, PretrainConfig config, Split data,
                                         IntConsumer onEpoch) {
        String key = key(spec, config, data);
        Path file = dir.resolve(spec.kind() + "-" + key.substring(0, 16) + ".plnn");
        long t0 = System.nanoTime();
        Optional<Network> cached = ModelStore.load(file, key);
        if (cached.isPresent()) {
            double acc = Evaluation.accuracy(cached.get(), data.test());
            return new Pretrained(cached.get(), acc, true, (System.nanoTime() - t0) / 1e9, file);
        }
        Pretrainer.Result r = Pretrainer.train(spec, data, config, onEpoch);
        ModelStore.save(r.network(), key, file);
        return new Pretrained(r.network(), r.testAccuracy(), false, r.seconds(), file);
    }
}
