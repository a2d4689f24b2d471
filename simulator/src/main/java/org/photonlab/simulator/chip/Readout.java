package org.photonlab.simulator.chip;

import org.photonlab.hal.detect.AdcResolution;
import org.photonlab.hal.detect.ReadoutUnit;

/**
 * What one detector channel reports for an output field y: s = y (coherent, signed) or s = y² (power), plus, when
 * switched on, noise a·√|s|·z₁ (shot) and b·z₂ (read) with z from the core's readout stream, then the ADC. Immutable.
 */
final class Readout {
    private final boolean power;
    private final AdcResolution adc;
    private final double shot;
    private final double read;

    private final boolean identity;

    Readout(ReadoutUnit unit, AdcResolution adc, double shot, double read) {
        this.power = unit == ReadoutUnit.WATT;
        this.adc = adc;
        this.shot = shot;
        this.read = read;
        this.identity = !power && adc.isIdeal() && shot == 0 && read == 0;
    }

    /** True when {@link #apply} returns y unchanged (coherent, noiseless, ideal ADC), so callers may skip it. */
    boolean isIdentity() {
        return identity;
    }

    /** The reading without noise (unwired channels, which see no light). */
    double noiseless(double y) {
        return adc.convert(power ? y * y : y);
    }

    double apply(double y, SplitMix64 rng) {
        return adc.convert(analog(y, rng));
    }

    /** The signal before the ADC: s = y or y², plus noise (draws from {@code rng} as {@link #apply} does). */
    double analog(double y, SplitMix64 rng) {
        double s = power ? y * y : y;
        if (shot != 0) {
            s += shot * Math.sqrt(Math.abs(s)) * rng.nextGaussian();
        }
        if (read != 0) {
            s += read * rng.nextGaussian();
        }
        return s;
    }

    /** The ADC's value for an analog signal {@code s} from {@link #analog}. */
    double convert(double s) {
        return adc.convert(s);
    }

    /** Whether the ADC saturates on the analog signal {@code s}. */
    boolean overRange(double s) {
        return adc.overRange(s);
    }
}
