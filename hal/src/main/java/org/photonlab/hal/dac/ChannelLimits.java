package org.photonlab.hal.dac;

import org.photonlab.hal.BenchConfigException;

/**
 * Safe operating range of one DAC channel.
 *
 * @param minVolts      lowest allowed output, V
 * @param maxVolts      highest allowed output, V
 * @param maxPowerWatts highest allowed electrical power V²/R in the load, W ({@code +Infinity}: no power limit)
 * @param loadOhms      resistance of the load (heater), Ω ({@code +Infinity} for a high-impedance modulator)
 */
public record ChannelLimits(double minVolts, double maxVolts, double maxPowerWatts, double loadOhms) {
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
