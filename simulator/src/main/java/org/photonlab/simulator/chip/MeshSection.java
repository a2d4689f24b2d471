package org.photonlab.simulator.chip;

import java.util.Arrays;
import org.photonlab.hal.core.PhaseCalibration;
import org.photonlab.hal.mesh.ClementsMesh;

/**
 * One U or V mesh of a core: heater setpoints, device truth (γ', bias, passive mask) and the cached reconstruction.
 * {@link #rebuild} turns volts into φ_d = (γ'_d·V_d² mod 2π) + crosstalk + b_d and the mesh matrix, recomputing cos/sin
 * only where φ changed. Not thread-safe: guarded by its {@link CoreModel}'s monitor.
 */
final class MeshSection {
    final int k;
    final double[] volts;
    final double[] gamma;
    final double[] bias;
    final boolean[] passive;
    final boolean[] radiates;
    boolean useMask;
    final double[] wrapped;
    final double[] phi;
    final double[] cos;
    final double[] sin;
    final double[] matrix;
    private final double[] scratch;
    double delta0 = 1;
    double deltaLast = 1;
    boolean dirty = true;

    MeshSection(int m, int k, double[] gamma, double[] bias) {
        this.k = k;
        this.volts = new double[m];
        this.gamma = gamma;
        this.bias = bias;
        this.passive = new boolean[m];
        this.radiates = new boolean[m];
        Arrays.fill(radiates, true);
        this.wrapped = new double[m];
        this.phi = new double[m];
        Arrays.fill(phi, Double.NaN); // forces cos/sin on the first build
        this.cos = new double[m];
        this.sin = new double[m];
        this.matrix = new double[k * k];
        this.scratch = new double[m];
    }

    void set(int i, double v) {
        if (volts[i] != v) {
            volts[i] = v;
            dirty = true;
        }
    }

    void setPassive(boolean[] p, boolean activeOnly) {
        System.arraycopy(p, 0, passive, 0, passive.length);
        for (int i = 0; i < p.length; i++) {
            radiates[i] = !p[i];
        }
        useMask = activeOnly;
        dirty = true;
    }

    void setGammas(double[] g) {
        System.arraycopy(g, 0, gamma, 0, gamma.length);
        dirty = true;
    }

    void setBias(double[] b) {
        System.arraycopy(b, 0, bias, 0, bias.length);
        dirty = true;
    }

    void setSigns(double d0, double dl) {
        if (d0 != delta0 || dl != deltaLast) {
            delta0 = d0;
            deltaLast = dl;
            dirty = true;
        }
    }

    /** Rebuilds the mesh matrix if anything changed; returns whether it did. */
    boolean rebuild(MeshCrosstalk crosstalk, double c) {
        if (!dirty) {
            return false;
        }
        dirty = false;
        for (int d = 0; d < volts.length; d++) {
            wrapped[d] = PhaseCalibration.wrap(gamma[d] * volts[d] * volts[d]);
        }
        double[] next = scratch;
        crosstalk.apply(wrapped, c, useMask ? radiates : null, bias, next);
        for (int d = 0; d < next.length; d++) {
            // cos/sin only where φ moved: one write changes one MZI and its six neighbours
            if (next[d] != phi[d]) {
                phi[d] = next[d];
                cos[d] = Math.cos(next[d]);
                sin[d] = Math.sin(next[d]);
            }
        }
        ClementsMesh.reconstruct(k, cos, sin, delta0, deltaLast, matrix);
        return true;
    }

    double power(double ohms) {
        return CoreModel.power(volts, passive, ohms);
    }
}
