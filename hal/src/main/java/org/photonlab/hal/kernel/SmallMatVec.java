package org.photonlab.hal.kernel;

/**
 * A small dense k×k matrix applied to a batch of vectors, the inner loop of every simulated core:
 * <pre>
 *   out[outOff + s·k + i] = Σ_{l=0}^{k−1} w[i·k + l] · in[inOff + s·k + l]     for s = 0 … n−1, i = 0 … k−1
 * </pre>
 * each sum accumulated from 0 in ascending l, one multiply and one add per term (the arithmetic of
 * {@code acc += w·x}). The vector path runs its lanes across samples s (a block of samples is transposed into a
 * scratch buffer, so each lane accumulates one output exactly as the scalar loop does), so both paths return the
 * same bits. Not modified: {@code w}, {@code in}. Modified: {@code out} (n·k entries), {@code scratch}.
 * {@code in} and {@code out} must not overlap. Stateless; thread-safe if callers do not share buffers.
 */
public final class SmallMatVec {
    private SmallMatVec() {
    }

    /** Doubles of scratch {@link #apply} needs for matrices of size k. */
    public static int scratchLength(int k) {
        return 2 * k * VectorKernels.MAX_DOUBLE_LANES;
    }

    /** On the path of {@link Kernels#path()}. */
    public static void apply(double[] w, int k, double[] in, int inOff, int n, double[] out, int outOff,
                             double[] scratch) {
        apply(Kernels.path(), w, k, in, inOff, n, out, outOff, scratch);
    }

    /** On the given path (tests compare the two). */
    public static void apply(KernelPath path, double[] w, int k, double[] in, int inOff, int n, double[] out,
                             int outOff, double[] scratch) {
        if (path == KernelPath.VECTOR) {
            VectorKernels.matVecBatch(w, k, in, inOff, n, out, outOff, scratch);
        } else {
            scalar(w, k, in, inOff, 0, n, out, outOff);
        }
    }

    /** Samples {@code from … n−1} one at a time. */
    static void scalar(double[] w, int k, double[] in, int inOff, int from, int n, double[] out, int outOff) {
        for (int s = from; s < n; s++) {
            int x = inOff + s * k;
            int y = outOff + s * k;
            for (int i = 0; i < k; i++) {
                double acc = 0;
                int row = i * k;
                for (int l = 0; l < k; l++) {
                    acc += w[row + l] * in[x + l];
                }
                out[y + i] = acc;
            }
        }
    }
}
