package org.photonlab.training.zo;

import org.photonlab.hal.core.PhaseCalibration;
import org.photonlab.hal.core.PhaseRange;

/**
 * Heater power in phase units. A thermo-optic heater programmed to phase φ draws P = (φ_prog)·P_π/π, where φ_prog is φ
 * reduced to the heater's range ({@link PhaseCalibration#reduce}); the optimisers compare powers in rad of φ_prog
 * because the factor P_π/π is a per-channel constant they do not need.
 */
public final class PhasePower {
    private PhasePower() {
    }

    /** φ_prog of target phase {@code theta}, rad: φ mod 2π, folded into [0, π] for {@link PhaseRange#FOLDED}. */
    public static double of(double theta, PhaseRange range) {
        return PhaseCalibration.reduce(theta, range);
    }

    /** φ_prog(to) − φ_prog(from), rad: about ±δ for a small move, about ∓2π when the move wraps across 0/2π. */
    public static double change(double from, double to, PhaseRange range) {
        return of(to, range) - of(from, range);
    }
}
