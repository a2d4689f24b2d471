package org.photonlab.training.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.photonlab.training.data.Datasets;
import org.photonlab.training.data.Split;

class PretrainerTest {

    @Test
    void pretrainingLearnsDigitsQuicklyAndIsSeeded() {
        Split digits = Datasets.digits(1);
        ModelSpec spec = ModelSpec.mlp(digits.train().shape(), 10, 16);
        double before = Evaluation.accuracy(Models.build(spec, 2), digits.test());
        PretrainConfig cfg = PretrainConfig.defaults(2).withEpochs(8);
        Pretrainer.Result a = Pretrainer.train(spec, digits, cfg, null);
        Pretrainer.Result b = Pretrainer.train(spec, digits, cfg, null);
        assertTrue(before < 0.3, "untrained accuracy " + before);
        assertTrue(a.testAccuracy() > 0.9, "trained accuracy " + a.testAccuracy());
        assertEquals(a.testAccuracy(), b.testAccuracy());
        assertArrayEquals(a.network().weightLayers().get(0).weight(), b.network().weightLayers().get(0).weight());
    }

    @Test
    void cacheReusesOnlyTheSameRecipeAndData(@TempDir Path dir) {
        Split iris = Datasets.iris(3);
        ModelSpec spec = ModelSpec.mlp(iris.train().shape(), 3, 8);
        PretrainConfig cfg = PretrainConfig.defaults(4).withEpochs(3);
        PretrainCache.Pretrained first = PretrainCache.loadOrTrain(dir, spec, cfg, iris, null);
        PretrainCache.Pretrained again = PretrainCache.loadOrTrain(dir, spec, cfg, iris, null);
        assertFalse(first.fromCache());
        assertTrue(again.fromCache());
        assertEquals(first.testAccuracy(), again.testAccuracy());
        for (int l = 0; l < first.network().layers().size(); l++) {
            for (int s = 0; s < first.network().layers().get(l).state().size(); s++) {
                assertArrayEquals(first.network().layers().get(l).state().get(s),
                        again.network().layers().get(l).state().get(s));
            }
        }
        // another recipe or other data gives another key, so the cached file is not reused
        assertNotEquals(PretrainCache.key(spec, cfg, iris), PretrainCache.key(spec, cfg.withEpochs(4), iris));
        assertNotEquals(PretrainCache.key(spec, cfg, iris), PretrainCache.key(spec, cfg, Datasets.iris(4)));
        assertFalse(PretrainCache.loadOrTrain(dir, spec, cfg.withEpochs(4), iris, null).fromCache());
    }
}
