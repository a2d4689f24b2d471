package org.photonlab.hal.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SmallMatVecTest {
    private static final long SEED = 13;

    @Test
    void theVectorPathRunsWhereTheModuleIsPresent() {
        // the test forks pass --add-modules jdk.incubator.vector; the scalar-kernels execution sets the property
        boolean scalarAsked = "scalar".equals(System.getProperty(Kernels.PROPERTY));
        assertEquals(scalarAsked ? KernelPath.SCALAR : KernelPath.VECTOR, Kernels.path(), Kernels.reason());
    }

    /** Both paths against the definition, bit for bit, including tails shorter than one vector and k ≠ lanes. */
    @ParameterizedTest
    @CsvSource({"9, 1", "9, 7", "9, 8", "9, 33", "9, 2048", "4, 5", "16, 19", "1, 3", "9, 0"})
    void bothPathsGiveTheDefinitionsBits(int k, int n) {
        SplittableRandom rng = new SplittableRandom(SEED + 31L * k + n);
        double[] w = random(rng, k * k);
        double[] in = random(rng, 3 + n * k);
        double[] expected = new double[5 + n * k];
        for (int s = 0; s < n; s++) {
            for (int i = 0; i < k; i++) {
                double acc = 0;
                for (int l = 0; l < k; l++) {
                    acc += w[i * k + l] * in[3 + s * k + l];
                }
                expected[5 + s * k + i] = acc;
            }
        }
        for (KernelPath path : KernelPath.values()) {
            if (path == KernelPath.VECTOR && Kernels.path() != KernelPath.VECTOR) {
                continue; // the module is absent in this fork; the scalar path is still checked
            }
            double[] out = new double[5 + n * k];
            SmallMatVec.apply(path, w, k, in, 3, n, out, 5, new double[SmallMatVec.scratchLength(k)]);
            assertArrayEquals(expected, out, 0.0, path + " k=" + k + " n=" + n + " seed " + SEED);
        }
    }

    @Test
    void aBadPropertyValueIsRefusedNamingTheChoices() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.photonlab.hal.LabException.class,
                () -> Kernels.choose("avx", true));
        assertEquals("system property photonlab.kernels=avx: expected vector or scalar", e.getMessage());
    }

    @Test
    void withoutTheModuleTheVectorChoiceFallsBackToScalarAndSaysWhy() {
        Kernels.Choice c = Kernels.choose(null, false);
        assertEquals(KernelPath.SCALAR, c.path());
        assertEquals("module jdk.incubator.vector not present (run with --add-modules jdk.incubator.vector)",
                c.reason());
        assertEquals(KernelPath.SCALAR, Kernels.choose(" Scalar ", true).path());
        assertEquals(KernelPath.VECTOR, Kernels.choose("vector", true).path());
    }

    static double[] random(SplittableRandom rng, int n) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = rng.nextDouble(-2, 2);
        }
        return a;
    }
}
