package org.photonlab.hal.core;

import org.photonlab.hal.dac.DacResolution;

/**
 * How one heater's DAC voltage becomes the phase its shifter applies, and back: the per-channel phase response
 * φ(V) that the core programs through. {@link ThermoOpticLaw} (φ = φ₀ + γ·V²) is the law every heater has by default;
 * a calibration may give each heater its own law.
 *
 * <p>Implementations are immutable and thread-safe: one law may serve many heaters and many threads.
 */
public interface HeaterLaw {
    /** The phase the heater applies at {@code volts} (its own, without neighbours' crosstalk), rad; not reduced. */
    double phase(double volts);

    /**
     * The DAC voltage that programs {@code phase} on a heater of {@code range} driven by a DAC of resolution
     * {@code dac}: the smallest heating that gives the phase modulo 2π (or, for {@link PhaseRange#FOLDED}, the same
     * cos φ), already on a DAC code so the DAC outputs exactly this value, V. Never clipped: a phase that needs more
     * than the DAC's full scale gives the volts of the code it needs, beyond the full scale, which the DAC bank then
     * refuses; whether the channel's limits allow a value is the bank's check, not the law's.
     */
    double volts(double phase, PhaseRange range, DacResolution dac);

    /**
     * The voltage at which this heater applies {@code appliedPhase}, the exact inverse of {@link #phase} on a phase
     * that {@link #phase} returned (no reduction), V. Used to account the heater's electrical power.
     */
    double voltsAt(double appliedPhase);
}
