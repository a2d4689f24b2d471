package org.photonlab.simulator.chip;

import org.photonlab.hal.mesh.ClementsMesh;

/**
 * Thermal crosstalk on a Clements checkerboard (L2ight {@code simple_simulate_rectangle}):
 * φ'_{j,i} = t_{j,i} + c·Σ_{(Δj,Δi)∈N} t_{j+Δj,i+Δi}, N = {(±2, 0), (±1, ±1)}, with t = φ mod 2π and zero outside the
 * mesh. With {@code activeOnly}, only radiating (active) neighbours contribute: φ' = t + c·Σ_N m·t. Output is not
 * re-wrapped. Immutable; the neighbour table is built once per mesh size.
 */
final class MeshCrosstalk {
    private final int[] start;
    private final int[] neighbour;

    MeshCrosstalk(int k) {
        int m = ClementsMesh.phaseCount(k);
        int[][] pos = ClementsMesh.packingIndexMap(k);
        int[][] offsets = {{-2, 0}, {-1, -1}, {-1, 1}, {1, -1}, {1, 1}, {2, 0}};
        start = new int[m + 1];
        int[] tmp = new int[6 * m];
        int count = 0;
        for (int n = 0; n < m; n++) {
            start[n] = count;
            for (int[] o : offsets) {
                int j = pos[n][0] + o[0];
                int i = pos[n][1] + o[1];
                if (j >= 0 && j <= k - 2 && i >= 0 && i < k) {
                    tmp[count++] = ClementsMesh.packedIndex(k, j, i);
                }
            }
        }
        start[m] = count;
        neighbour = java.util.Arrays.copyOf(tmp, count);
    }

    /**
     * Writes φ' + bias into {@code out}. {@code wrapped} holds t = φ mod 2π (not modified); {@code radiates} marks
     * which shifters radiate, or is null when all do; {@code bias} is added after the stencil (not modified).
     */
    void apply(double[] wrapped, double c, boolean[] radiates, double[] bias, double[] out) {
        for (int n = 0; n < wrapped.length; n++) {
            double heat = 0;
            for (int e = start[n]; e < start[n + 1]; e++) {
                int src = neighbour[e];
                if (radiates == null || radiates[src]) {
                    heat += wrapped[src];
                }
            }
            out[n] = wrapped[n] + c * heat + bias[n];
        }
    }

    /** The packed indices whose crosstalk input includes shifter {@code n} (the stencil is symmetric). */
    int[] neighbours(int n) {
        return java.util.Arrays.copyOfRange(neighbour, start[n], start[n + 1]);
    }
}
