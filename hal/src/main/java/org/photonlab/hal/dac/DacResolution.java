package org.photonlab.hal.dac;

import org.photonlab.hal.BenchConfigException;

/**
 * How a DAC turns an integer code into volts.
 *
 * <p>{@link Transfer#VOLTAGE}: {@code V = code·FS/(2^bits − 1)} (an ordinary voltage DAC; codes may be negative for a
 * bipolar channel). {@link Transfer#POWER}: {@code V = FS·√(code/(2^bits − 1))}, a driver that is linear in heater
 * power (PWM-style), which makes a thermo-optic phase linear in the code. {@code bits == 0} means an ideal analog
 * channel: no rounding at all.
 *
 * @param bits           resolution, 0 for ideal analog, at most 24
 * @param fullScaleVolts output at the largest code, V
 * @param transfer       code-to-volts law
 */
public record DacResolution(int bits, double fullScaleVolts, Transfer transfer) {
    /** Code-to-volts law of a DAC channel. */
    public enum Transfer {
        VOLTAGE, POWER
    }

    /** An ideal analog channel (no quantization). */
    public static final DacResolution ANALOG = new DacResolution(0, 1.0, Transfer.VOLTAGE);

    public DacResolution {
        if (bits < 0 || bits > 24) {
            throw new BenchConfigException("DAC bits must be in 0..24, got " + bits);
        }
        if (!(fullScaleVolts > 0) || Double.isInfinite(fullScaleVolts)) {
            throw new BenchConfigException("DAC full scale must be a positive voltage, got " + fullScaleVolts);
        }
        if (transfer == null) {
            throw new BenchConfigException("DAC transfer must be 'voltage' or 'power'");
        }
    }

    public boolean isAnalog() {
        return bits == 0;
    }

    /** Largest code, {@code 2^bits − 1}. */
    public long maxCode() {
        return (1L << bits) - 1;
    }

    /** Nearest code to {@code volts} (round half to even). Not meaningful for an analog channel. */
    public long code(double volts) {
        double levels = maxCode();
        if (transfer == Transfer.VOLTAGE) {
            return (long) Math.rint(volts / fullScaleVolts * levels);
        }
        double r = volts / fullScaleVolts;
        return (long) Math.rint(Math.signum(volts) * r * r * levels);
    }

    /** Volts produced by {@code code}. */
    public double volts(long code) {
        double levels = maxCode();
        if (transfer == Transfer.VOLTAGE) {
            return code * fullScaleVolts / levels;
        }
        return Math.signum(code) * fullScaleVolts * Math.sqrt(Math.abs(code) / levels);
    }

    /**
     * Why a request of {@code volts} has no DAC code, or {@code null} when it has one: its nearest code lies beyond
     * the largest code ±(2^bits − 1), i.e. beyond the full scale. An analog channel has no codes (its range is its
     * limits'), so it never answers here. Rounding never clips: such a request is refused, not driven to full scale.
     */
    public String fullScaleViolation(double volts) {
        if (isAnalog()) {
            return null;
        }
        long c = code(volts);
        if (c > maxCode() || c < -maxCode()) {
            return "the DAC full scale " + fullScaleVolts + " V (" + bits + "-bit code " + c + ", largest "
                    + maxCode() + ")";
        }
        return null;
    }

    /**
     * One code step of the host's model at {@code volts}, V: the distance to the next code away from zero (constant
     * for a voltage DAC, shrinking with the code for a power-linear one); 0 for an analog channel.
     */
    public double lsbAt(double volts) {
        if (isAnalog()) {
            return 0.0;
        }
        long c = Math.abs(code(volts));
        long next = Math.min(c + 1, maxCode());
        long prev = Math.max(c - 1, 0);
        return Math.max(volts(next) - volts(c), volts(c) - volts(prev));
    }

    /** The voltage the channel really outputs when asked for {@code volts}: rounded to a code unless analog. */
    public double quantize(double volts) {
        return isAnalog() ? volts : volts(code(volts));
    }
}
