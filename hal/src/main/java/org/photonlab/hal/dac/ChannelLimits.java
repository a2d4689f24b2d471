package org.photonlab.hal.dac;

import org.photonlab.hal.BenchConfigException;

/**
 * Safe operating range of one DAC channel, and how fast it may move.
 *
 * @param minVolts           lowest allowed output, V
 * @param maxVolts           highest allowed output, V
 * @param maxPowerWatts      highest allowed electrical power V²/R in the load, W ({@code +Infinity}: no power limit)
 * @param loadOhms           resistance of the load (heater), Ω ({@code +Infinity} for a high-impedance modulator)
 * @param slewVoltsPerSecond fastest allowed change of the output, V/s ({@code +Infinity}: no slew limit); a finite
 *                           slew needs a finite {@code rampStepVolts}
 * @param rampStepVolts      largest change one device write may make, V ({@code +Infinity}: no ramp); a bigger
 *                           change is written as a ramp of steps no bigger than this, spaced by step/slew on the
 *                           bench clock (see {@link DefaultDacBank})
 */
public record ChannelLimits(double minVolts, double maxVolts, double maxPowerWatts, double loadOhms,
                            double slewVoltsPerSecond, double rampStepVolts) {
    /** No slew limit and no ramp: every write is one device write, at once. */
    public static final double OFF = Double.POSITIVE_INFINITY;

    public ChannelLimits {
        if (!(minVolts <= maxVolts) || Double.isNaN(minVolts) || Double.isNaN(maxVolts)) {
            throw new BenchConfigException("channel limits: min_v " + minVolts + " must be <= max_v " + maxVolts);
        }
        if (!(maxPowerWatts > 0)) {
            throw new BenchConfigException("channel limits: max_power_w must be > 0, got " + maxPowerWatts);
        }
        if (!(loadOhms > 0)) {
            throw new BenchConfigException("channel limits: load_ohm must be > 0, got " + loadOhms);
        }
        if (!(slewVoltsPerSecond > 0)) {
            throw new BenchConfigException("channel limits: slew_v_per_s must be a positive V/s, got "
                    + slewVoltsPerSecond);
        }
        if (!(rampStepVolts > 0)) {
            throw new BenchConfigException("channel limits: ramp_step_v must be a positive V, got " + rampStepVolts);
        }
        if (Double.isFinite(slewVoltsPerSecond) && !Double.isFinite(rampStepVolts)) {
            // without steps the DAC would jump the whole way at once, whatever the wait after it
            throw new BenchConfigException("channel limits: slew_v_per_s " + slewVoltsPerSecond
                    + " V/s needs ramp_step_v (the largest step one write may make, V)");
        }
    }

    /** Limits without a slew limit or ramp. */
    public ChannelLimits(double minVolts, double maxVolts, double maxPowerWatts, double loadOhms) {
        this(minVolts, maxVolts, maxPowerWatts, loadOhms, OFF, OFF);
    }

    /** The same limits with a slew limit (V/s) and ramp step (V); {@link #OFF} for none. */
    public ChannelLimits withSlew(double voltsPerSecond, double stepVolts) {
        return new ChannelLimits(minVolts, maxVolts, maxPowerWatts, loadOhms, voltsPerSecond, stepVolts);
    }

    /** Whether a write on this channel may be split into a ramp. */
    public boolean ramps() {
        return Double.isFinite(rampStepVolts);
    }

    /** Electrical power dissipated in the load at {@code volts}, W. */
    public double power(double volts) {
        return Double.isInfinite(loadOhms) ? 0.0 : volts * volts / loadOhms;
    }

    /**
     * Describes why {@code volts} is outside these limits, or returns {@code null} when it is inside.
     */
    public String violation(double volts) {
        if (Double.isNaN(volts) || Double.isInfinite(volts)) {
            return "a finite voltage";
        }
        if (volts < minVolts) {
            return "min_v " + minVolts + " V";
        }
        if (volts > maxVolts) {
            return "max_v " + maxVolts + " V";
        }
        double p = power(volts);
        if (p > maxPowerWatts) {
            return "max_power_w " + maxPowerWatts + " W (would dissipate " + p + " W)";
        }
        return null;
    }
}
