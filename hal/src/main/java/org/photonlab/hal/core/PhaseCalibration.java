package org.photonlab.hal.core;

import org.photonlab.hal.dac.DacResolution;

/**
 * Converts a phase to the DAC voltage of a thermo-optic heater with calibration φ = γ·V², and back.
 *
 * <p>The phase is first reduced to the heater's {@link PhaseRange} (heating only adds phase, so the smallest
 * non-negative equivalent is used). Then, for a quantizing DAC, the code is chosen in the domain the DAC is linear in:
 * a {@link DacResolution.Transfer#POWER} DAC with full scale V_FS has phase step γ·V_FS²/(2^b − 1) (the "phase-domain"
 * quantizer: with V_FS = V_2π that is 2π/255 at 8 bits); a {@link DacResolution.Transfer#VOLTAGE} DAC rounds
 * V = √(φ/γ) to its voltage step, and a result at or above V_2π is programmed as 0 V, the same phase modulo 2π
 * (the "voltage-domain" quantizer). Thread-safe and immutable.
 *
 * @param gamma nominal γ of the heater, rad/V²
 */
public record PhaseCalibration(double gamma) {
    public static final double TWO_PI = 2 * Math.PI;

    /** φ mod 2π in [0, 2π), also for negative φ. */
    public static double wrap(double phase) {
        double t = phase - TWO_PI * Math.floor(phase / TWO_PI);
        return t >= TWO_PI ? 0.0 : t;
    }

    /** The phase actually programmed for {@code phase}, reduced to {@code range}, before DAC rounding. */
    public static double reduce(double phase, PhaseRange range) {
        double t = wrap(phase);
        if (range == PhaseRange.FOLDED && t > Math.PI) {
            t = TWO_PI - t;
        }
        return t;
    }

    /** Voltage of a 2π phase, √(2π/γ). */
    public double v2pi() {
        return Math.sqrt(TWO_PI / gamma);
    }

    /** Voltage of a π phase, √(π/γ). */
    public double vpi() {
        return Math.sqrt(Math.PI / gamma);
    }

    /**
     * The DAC voltage that programs {@code phase} on a heater in {@code range} driven by a DAC of resolution
     * {@code dac}; already on a DAC code, so the DAC outputs exactly this value.
     */
    public double volts(double phase, PhaseRange range, DacResolution dac) {
        double t = reduce(phase, range);
        if (dac.isAnalog()) {
            return Math.sqrt(t / gamma);
        }
        long max = dac.maxCode();
        if (dac.transfer() == DacResolution.Transfer.POWER) {
            double step = phaseFullScale(dac) / max;
            long code = (long) Math.rint(t / step);
            return dac.volts(Math.min(code, max));
        }
        long code = Math.min(dac.code(Math.sqrt(t / gamma)), max);
        double v = dac.volts(code);
        return v >= v2pi() ? 0.0 : v;
    }

    /**
     * Phase at a power-linear DAC's full scale, γ·V_FS². No double V_FS makes γ·V_FS² exactly π or 2π, so a full
     * scale within 1e-12 (relative) of a multiple of π is taken as that multiple: then the phase step is exactly
     * the reference's Δ = 2π/(2^b − 1) (or π/(2^b − 1)) and exact half steps round half to even as they should.
     */
    double phaseFullScale(DacResolution dac) {
        double fs = gamma * dac.fullScaleVolts() * dac.fullScaleVolts();
        double multiple = Math.rint(fs / Math.PI) * Math.PI;
        return multiple > 0 && Math.abs(fs - multiple) <= 1e-12 * multiple ? multiple : fs;
    }

    /** The phase the heater applies at {@code volts} according to the nominal calibration, γ·V², rad. */
    public double phase(double volts) {
        return gamma * volts * volts;
    }
}
