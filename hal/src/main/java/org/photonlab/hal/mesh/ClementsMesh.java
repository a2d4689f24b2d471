package org.photonlab.hal.mesh;

/**
 * Clements rectangular mesh of real MZI rotations (the L2ight / pytorch-onn convention).
 *
 * <p>One MZI on waveguides (j, j+1) applies R_j(φ): row_j' = cos φ·row_j − sin φ·row_{j+1},
 * row_{j+1}' = sin φ·row_j + cos φ·row_{j+1}. Checkerboard B[j][i] (j = waveguide pair 0..k−2, i = mesh column
 * 0..k−1) holds an MZI iff i + j is even. Column i applies T_i = ∏_{j ≡ i (mod 2)} R_j(B[j][i]).
 * Reconstruction: k even: U = D₀·T_{k−1}⋯T_1·D_{k−1}·T_0; k odd: U = T_{k−1}·D₀·T_{k−2}⋯T_0·D_{k−1}, with
 * D₀ = diag(δ₀, 1, …, 1) and D_{k−1} = diag(1, …, 1, δ_{k−1}).
 * Packed order of the k(k−1)/2 phases: every (j even, i even) MZI, then every (j odd, i odd) MZI, each with i outer
 * and j inner.
 */
public final class ClementsMesh {
    private ClementsMesh() {
    }

    /** Number of MZIs, k(k−1)/2. */
    public static int phaseCount(int k) {
        return k * (k - 1) / 2;
    }

    /** {@code map[n] = {j, i}}: the checkerboard position of packed phase n. */
    public static int[][] packingIndexMap(int k) {
        int[][] map = new int[phaseCount(k)][];
        int n = 0;
        for (int parity = 0; parity < 2; parity++) {
            for (int i = parity; i < k; i += 2) {
                for (int j = parity; j <= k - 2; j += 2) {
                    map[n++] = new int[] {j, i};
                }
            }
        }
        return map;
    }

    /**
     * Reconstructs the k×k orthogonal matrix of a mesh into {@code out} (row-major, length k², modified).
     * {@code phases} (packed, not modified).
     */
    public static void reconstruct(int k, double[] phases, double delta0, double deltaLast, double[] out) {
        MeshMath.reconstruct(k, phases, delta0, deltaLast, out);
    }

    /**
     * Reconstruction from precomputed {@code cos[n] = cos φ_n} and {@code sin[n] = sin φ_n} of the packed phases (both
     * not modified) into {@code out} (k×k row-major, modified). Allocation-free, for callers that rebuild a mesh often
     * and cache the trigonometry of unchanged phases; gives bit-for-bit the same result as the phase form.
     */
    public static void reconstruct(int k, double[] cos, double[] sin, double delta0, double deltaLast, double[] out) {
        MeshMath.reconstruct(k, cos, sin, delta0, deltaLast, out);
    }

    /** Packed index of the MZI at checkerboard row (waveguide pair) {@code j} and mesh column {@code i}. */
    public static int packedIndex(int k, int j, int i) {
        if (j < 0 || j > k - 2 || i < 0 || i >= k || (i + j) % 2 != 0) {
            throw new IllegalArgumentException("a k=" + k + " mesh has no MZI at (j=" + j + ", i=" + i + ")");
        }
        return MeshMath.packedIndex(k, j, i);
    }

    /** Reconstruction as a new array. */
    public static double[] reconstruct(int k, MeshPhases p) {
        double[] out = new double[k * k];
        reconstruct(k, p.phases(), p.delta0(), p.deltaLast(), out);
        return out;
    }

    /**
     * Decomposes a k×k real orthogonal matrix ({@code u}, row-major, not modified) into mesh phases whose
     * {@link #reconstruct reconstruction} equals it to rounding. Phases are in (−π, π]; a determinant of −1 is
     * carried by δ₀ for even k and by δ_{k−1} for odd k (as in the reference). Throws
     * {@link IllegalArgumentException} when {@code u} is not orthogonal to within 1e-6.
     */
    public static MeshPhases decompose(double[] u, int k) {
        return MeshMath.decompose(u, k);
    }
}
