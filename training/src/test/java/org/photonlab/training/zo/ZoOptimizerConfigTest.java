package org.photonlab.training.zo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.photonlab.training.data.Batch;

class ZoOptimizerConfigTest {
    private static final long SEED = 11L;
    private static final Batch ANY = ToySoftmax.batch(ToySoftmax.data(3, 1), 0, 3);

    private static ToyChip bowl() {
        SplittableRandom r = new SplittableRandom(SEED);
        double[] target = new double[81];
        double[] weight = new double[81];
        double[] start = new double[81];
        for (int j = 0; j < 81; j++) {
            target[j] = 2 * Math.PI * r.nextDouble();
            weight[j] = 0.5 + r.nextDouble();
            start[j] = target[j] + 0.3 * r.nextGaussian();
        }
        return new ToyChip(ToyChip.layers(1, 36, 9), start, new ToyQuadratic(target, weight));
    }

    @Test
    void everyOptimiserIsFoundByItsIdWithItsDefaults() {
        assertEquals(List.of("mixedtrn", "flops"), ZoOptimizerConfig.ids());
        assertEquals(MixedTrainConfig.defaults(), ZoOptimizerConfig.defaults("mixedtrn"));
        assertEquals(FlopsConfig.defaults(), ZoOptimizerConfig.defaults(" FLOPS "));
    }

    @Test
    void anUnknownIdNamesTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ZoOptimizerConfig.defaults("adam"));
        assertEquals("unknown method 'adam'; expected one of mixedtrn, flops", e.getMessage());
    }

    @Test
    void theConfigCreatesItsOwnOptimiserAndTheSameSeedGivesTheSameStep() {
        ToyChip a = bowl();
        ToyChip b = bowl();
        ZerothOrderOptimizer flops = FlopsConfig.defaults().withAlphaP(0).create(a, SEED);
        assertInstanceOf(FlopsOptimizer.class, flops);
        assertEquals("flops", flops.name());
        ZerothOrderOptimizer mixed = MixedTrainConfig.defaults().create(b, SEED);
        assertInstanceOf(SzoScdOptimizer.class, mixed);
        assertEquals("mixedtrn", mixed.name());
        ToyChip c = bowl();
        ZerothOrderOptimizer again = FlopsConfig.defaults().withAlphaP(0).create(c, SEED);
        StepResult first = flops.step(ANY);
        StepResult second = again.step(ANY);
        assertEquals(first, second, "same config, model and seed: same step");
        assertTrue(first.queries() > 0);
    }
}
