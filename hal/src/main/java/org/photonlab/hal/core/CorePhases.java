package org.photonlab.hal.core;

import org.photonlab.hal.mesh.MeshPhases;

/**
 * Every phase of one core, rad.
 *
 * @param u     packed U-mesh phases, k(k−1)/2
 * @param v     packed V-mesh phases, k(k−1)/2
 * @param sigma attenuator phases, k (σ_i = cos φ_i)
 * @param signs four sign-shifter phases: U δ₀, U δ_{k−1}, V δ₀, V δ_{k−1} (0 for +1, π for −1)
 */
public record CorePhases(double[] u, double[] v, double[] sigma, double[] signs) {

    /** Builds the phases of W = U·diag(cos φ_Σ)·V from the two mesh decompositions and the Σ phases. */
    public static CorePhases of(MeshPhases u, double[] sigma, MeshPhases v) {
        return new CorePhases(u.phases().clone(), v.phases().clone(), sigma.clone(), new double[] {
            signPhase(u.delta0()), signPhase(u.deltaLast()), signPhase(v.delta0()), signPhase(v.deltaLast())});
    }

    /** 0 for a positive sign, π for a negative one. */
    public static double signPhase(double delta) {
        return delta < 0 ? Math.PI : 0.0;
    }

    /** The sign a sign-shifter phase stands for: −1 when cos φ &lt; 0. */
    public static double signOf(double phase) {
        return Math.cos(phase) < 0 ? -1.0 : 1.0;
    }

    /** The phases of one section (not a copy). */
    public double[] section(CoreSection s) {
        return switch (s) {
            case U -> u;
            case V -> v;
            case SIGMA -> sigma;
            case SIGN -> signs;
        };
    }

    public CorePhases copy() {
        return new CorePhases(u.clone(), v.clone(), sigma.clone(), signs.clone());
    }
}
