package org.photonlab.training.mapping;

import org.photonlab.hal.core.CorePhases;
import org.photonlab.hal.mesh.ClementsMesh;
import org.photonlab.hal.mesh.MeshPhases;

/**
 * Maps a k×k weight block onto core phases, as the reference's {@code build_usv_from_weight} +
 * {@code build_phase_from_usv}: W = U·diag(S)·V by SVD (V is the right factor as applied, V = V_svdᵀ);
 * U and V each decomposed into Clements phases (their determinant sign goes into δ); S_scale = max|S| and
 * φ_S = arccos(S/S_scale) ∈ [0, π], so that S = S_scale·cos φ_S. An all-zero block gets S_scale 0 and φ_S = π/2.
 */
public final class BlockMapper {
    private BlockMapper() {
    }

    /** Maps the row-major k×k block {@code w} (not modified). */
    public static MappedBlock map(double[] w, int k) {
        JacobiSvd.Result svd = JacobiSvd.decompose(w, k);
        double[] vRight = new double[k * k];
        for (int r = 0; r < k; r++) {
            for (int c = 0; c < k; c++) {
                vRight[r * k + c] = svd.v()[c * k + r];
            }
        }
        return fromUsv(svd.u(), svd.s(), vRight, k);
    }

    /** Phases of W = U·diag(S)·V for given orthogonal U, V (row-major, not modified) and S (not modified). */
    public static MappedBlock fromUsv(double[] u, double[] s, double[] v, int k) {
        MeshPhases mu = ClementsMesh.decompose(u, k);
        MeshPhases mv = ClementsMesh.decompose(v, k);
        double scale = 0;
        for (double x : s) {
            scale = Math.max(scale, Math.abs(x));
        }
        double[] phiS = new double[k];
        for (int i = 0; i < k; i++) {
            // clamp: S/scale may exceed 1 by an ulp
            phiS[i] = scale == 0 ? Math.PI / 2 : Math.acos(Math.max(-1.0, Math.min(1.0, s[i] / scale)));
        }
        return new MappedBlock(CorePhases.of(mu, phiS, mv), scale);
    }

    /** The ideal block W = sScale·U·diag(cos φ_Σ)·V of a mapping (row-major k×k, new). */
    public static double[] reconstruct(MappedBlock b, int k) {
        CorePhases p = b.phases();
        double[] u = new double[k * k];
        double[] v = new double[k * k];
        ClementsMesh.reconstruct(k, p.u(), CorePhases.signOf(p.signs()[0]), CorePhases.signOf(p.signs()[1]), u);
        ClementsMesh.reconstruct(k, p.v(), CorePhases.signOf(p.signs()[2]), CorePhases.signOf(p.signs()[3]), v);
        double[] w = new double[k * k];
        for (int r = 0; r < k; r++) {
            for (int c = 0; c < k; c++) {
                double acc = 0;
                for (int i = 0; i < k; i++) {
                    acc += u[r * k + i] * Math.cos(p.sigma()[i]) * v[i * k + c];
                }
                w[r * k + c] = b.sScale() * acc;
            }
        }
        return w;
    }
}
