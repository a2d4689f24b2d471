package org.photonlab.hal.core;

/**
 * Pre-compensation of thermal crosstalk, applied when a core is programmed: given the phase every heater of the core
 * should show with its neighbours' heat included, it gives the phase to program each heater's own
 * {@link HeaterLaw} with (e.g. φ_prog = Ω⁻¹·φ_wanted for a solved coupling matrix Ω, as in Milanizadeh et al. 2019).
 * The law then reduces each programmed phase to its heater's range. {@link #NONE}, the default, is the identity.
 *
 * <p>Heaters are indexed flat over the core, section by section in {@link PhotonicCore#sections()} order, phase i of
 * a section at (that section's offset) + i. Implementations must be immutable and thread-safe.
 */
public interface CrosstalkCompensation {
    /** No compensation: every heater is programmed with the phase it should show. */
    CrosstalkCompensation NONE = new CrosstalkCompensation() {
        @Override
        public boolean isIdentity() {
            return true;
        }

        @Override
        public void compensate(double[] wanted, double[] programmed) {
            System.arraycopy(wanted, 0, programmed, 0, wanted.length);
        }

        @Override
        public String toString() {
            return "no crosstalk compensation";
        }
    };

    /**
     * True when {@link #compensate} copies its input; the core then writes only the heaters that change. A
     * compensation that is not the identity makes every write reprogram the whole core (one atomic write per bank).
     */
    default boolean isIdentity() {
        return false;
    }

    /**
     * Writes into {@code programmed} (same length, modified) the phases to program so that the heaters show
     * {@code wanted} (not modified), rad.
     */
    void compensate(double[] wanted, double[] programmed);
}
