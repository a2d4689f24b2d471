package org.photonlab.hal.core;

import org.photonlab.hal.dac.DacResolution;

/**
 * A thermo-optic heater: φ(V) = φ₀ + γ·V², inverse V = √(((φ − φ₀) mod 2π)/γ).
 *
 * <p>The wanted phase is first reduced to the heater's {@link PhaseRange} (heating only adds phase, so the smallest
 * non-negative heating is used: for {@link PhaseRange#FULL} γV² = (φ − φ₀) mod 2π; for {@link PhaseRange#FOLDED},
 * where only cos φ matters, the smaller of (t − φ₀) mod 2π and (−t − φ₀) mod 2π with t the folded phase). Then, for a
 * quantizing DAC, the code is chosen in the domain the DAC is linear in: a {@link DacResolution.Transfer#POWER} DAC
 * with full scale V_FS has phase step γ·V_FS²/(2^b − 1) (the "phase-domain" quantizer: with V_FS = V_2π that is
 * 2π/255 at 8 bits); a {@link DacResolution.Transfer#VOLTAGE} DAC rounds V to its voltage step, and a result at or
 * above V_2π is programmed as 0 V, the same phase modulo 2π up to the rounding (the "voltage-domain" quantizer; this
 * wrap is the one place a phase is programmed other than as asked, and it is exact modulo 2π to within one DAC
 * step). A phase that needs more heating than the DAC's full scale gives (a full scale below V_2π) is never clipped
 * to the top code: the law returns the volts of the code it needs, beyond the full scale, and the DAC bank refuses
 * the write naming the channel, the value and the full scale. With φ₀ = 0 the law
 * takes exactly the arithmetic of the nominal calibration, so nominal volts are bit for bit those of earlier releases.
 * Immutable and thread-safe.
 *
 * @param gamma efficiency γ of the heater, rad/V² (finite, &gt; 0)
 * @param phi0  static phase offset φ₀ the shifter shows at 0 V, rad (finite)
 */
public record ThermoOpticLaw(double gamma, double phi0) implements HeaterLaw {
    public ThermoOpticLaw {
        if (!(gamma > 0) || Double.isInfinite(gamma)) {
            throw new IllegalArgumentException("heater law: gamma must be a finite positive rad/V^2, got " + gamma);
        }
        if (!Double.isFinite(phi0)) {
            throw new IllegalArgumentException("heater law: phi0 must be a finite phase in rad, got " + phi0);
        }
    }

    /** The nominal law of a heater with efficiency {@code gamma} and no offset. */
    public static ThermoOpticLaw nominal(double gamma) {
        return new ThermoOpticLaw(gamma, 0.0);
    }

    /** Voltage of a 2π phase, √(2π/γ). */
    public double v2pi() {
        return Math.sqrt(PhaseCalibration.TWO_PI / gamma);
    }

    /** Voltage of a π phase, √(π/γ). */
    public double vpi() {
        return Math.sqrt(Math.PI / gamma);
    }

    @Override
    public double phase(double volts) {
        return phi0 + gamma * volts * volts;
    }

    @Override
    public double voltsAt(double appliedPhase) {
        return Math.sqrt((appliedPhase - phi0) / gamma);
    }

    /** The heating phase γV² ∈ [0, 2π) that shows {@code phase} (reduced to {@code range}) on this heater, rad. */
    public double heating(double phase, PhaseRange range) {
        double t = PhaseCalibration.reduce(phase, range);
        if (phi0 == 0.0) {
            return t; // the nominal law: exactly today's arithmetic
        }
        double h = PhaseCalibration.wrap(t - phi0);
        return range == PhaseRange.FOLDED ? Math.min(h, PhaseCalibration.wrap(-t - phi0)) : h;
    }

    @Override
    public double volts(double phase, PhaseRange range, DacResolution dac) {
        double t = heating(phase, range);
        if (dac.isAnalog()) {
            return Math.sqrt(t / gamma);
        }
        long max = dac.maxCode();
        if (dac.transfer() == DacResolution.Transfer.POWER) {
            double step = phaseFullScale(dac) / max;
            long code = (long) Math.rint(t / step);
            return dac.volts(code); // beyond the top code when the phase needs more than full scale: refused
        }
        double v = dac.volts(dac.code(Math.sqrt(t / gamma)));
        return v >= v2pi() ? 0.0 : v; // the documented wrap: a code at or above V_2π shows the phase of 0 V
    }

    /**
     * Heating phase at a power-linear DAC's full scale, γ·V_FS². No double V_FS makes γ·V_FS² exactly π or 2π, so a
     * full scale within 1e-12 (relative) of a multiple of π is taken as that multiple: then the phase step is exactly
     * the reference's Δ = 2π/(2^b − 1) (or π/(2^b − 1)) and exact half steps round half to even as they should.
     */
    double phaseFullScale(DacResolution dac) {
        double fs = gamma * dac.fullScaleVolts() * dac.fullScaleVolts();
        double multiple = Math.rint(fs / Math.PI) * Math.PI;
        return multiple > 0 && Math.abs(fs - multiple) <= 1e-12 * multiple ? multiple : fs;
    }
}
