package org.photonlab.hal.core;

/** Which phase interval a heater is programmed in. */
public enum PhaseRange {
    /** Mesh MZIs: any phase, programmed as φ mod 2π ∈ [0, 2π). */
    FULL,
    /**
     * Attenuator MZIs and sign shifters, which only matter through cos φ: φ mod 2π folded into [0, π]
     * (t > π becomes 2π − t), so the heater never needs more than V_π.
     */
    FOLDED
}
