package org.photonlab.hal.core;

/** The groups of heaters in a core. */
public enum CoreSection {
    /** The k(k−1)/2 MZIs of the output-side mesh U, packed order. */
    U(PhaseRange.FULL),
    /** The k(k−1)/2 MZIs of the input-side mesh V, packed order. */
    V(PhaseRange.FULL),
    /** The k attenuators, σ_i = cos φ_i. */
    SIGMA(PhaseRange.FOLDED),
    /** The four binary sign shifters U δ₀, U δ_{k−1}, V δ₀, V δ_{k−1} (0 → +1, π → −1). */
    SIGN(PhaseRange.FOLDED);

    private final PhaseRange range;

    CoreSection(PhaseRange range) {
        this.range = range;
    }

    public PhaseRange range() {
        return range;
    }
}
