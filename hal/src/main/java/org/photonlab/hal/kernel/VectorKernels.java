package org.photonlab.hal.kernel;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The {@code jdk.incubator.vector} implementations behind the kernel classes. Loaded only when
 * {@link Kernels#path()} is {@link KernelPath#VECTOR}, i.e. when the incubator module is present. Every lane does
 * the scalar path's operations in the scalar path's order (mul then add, never fma), so results are bit-identical.
 */
final class VectorKernels {
    /** The most double lanes any species can have (512-bit vectors); scratch buffers are sized for it. */
    static final int MAX_DOUBLE_LANES = 8;
    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;

    private VectorKernels() {
    }

    static int doubleLanes() {
        return D.length();
    }

    /** {@link SmallMatVec}: blocks of L samples transposed into {@code scratch}, lanes across the samples. */
    static void matVecBatch(double[] w, int k, double[] in, int inOff, int n, double[] out, int outOff,
                            double[] scratch) {
        int lanes = D.length();
        int yt = k * lanes;
        int s = 0;
        for (; s + lanes <= n; s += lanes) {
            // xt[l·L + j] = in[s+j][l]
            for (int j = 0; j < lanes; j++) {
                int src = inOff + (s + j) * k;
                for (int l = 0; l < k; l++) {
                    scratch[l * lanes + j] = in[src + l];
                }
            }
            for (int i = 0; i < k; i++) {
                int row = i * k;
                DoubleVector acc = DoubleVector.zero(D);
                for (int l = 0; l < k; l++) {
                    acc = acc.add(DoubleVector.fromArray(D, scratch, l * lanes).mul(w[row + l]));
                }
                acc.intoArray(scratch, yt + i * lanes);
            }
            for (int j = 0; j < lanes; j++) {
                int dst = outOff + (s + j) * k;
                for (int i = 0; i < k; i++) {
                    out[dst + i] = scratch[yt + i * lanes + j];
                }
            }
        }
        SmallMatVec.scalar(w, k, in, inOff, s, n, out, outOff);
    }
}
