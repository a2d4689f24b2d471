package org.photonlab.hal.mesh;

/** Implementation of {@link ClementsMesh}'s decomposition and reconstruction. */
final class MeshMath {
    private MeshMath() {
    }

    static void reconstruct(int k, double[] phases, double delta0, double deltaLast, double[] out) {
        throw new UnsupportedOperationException("being implemented");
    }

    static MeshPhases decompose(double[] u, int k) {
        throw new UnsupportedOperationException("being implemented");
    }
}
