package org.photonlab.simulator.chip;

import java.util.Map;
import org.photonlab.hal.BenchConfigException;
import org.photonlab.hal.spi.OptionSet;
import org.photonlab.hal.spi.OptionSpec;
import org.photonlab.hal.spi.OptionValues;

/**
 * The non-ideality switches of the simulated chip, read from {@code BenchDescription.physics()} with the defaults of
 * the L2ight / MixedTrn reference (docs/chip-model.md). Unknown keys are refused.
 *
 * @param seed                root of every random draw ({@code seed}, default 0)
 * @param gammaDriftStd       σ_γ of the static per-heater drift γ' = γ + σ_γ·z, rad/V² ({@code gamma_drift_std}, 0.002)
 * @param gammaTruncation     z is a standard normal truncated to ±this ({@code gamma_truncation}, 2.0)
 * @param crosstalk           c of the 6-neighbour checkerboard stencil on U and V ({@code crosstalk}, 0.005)
 * @param crosstalkActiveOnly passive shifters receive heat but radiate none ({@code crosstalk_active_only}, false)
 * @param phaseBias           static manufacturing bias U(−r, r) per U/V MZI ({@code phase_bias}, false)
 * @param phaseBiasRange      r, rad ({@code phase_bias_range}, 1.0)
 * @param shotNoise           a: reading noise std a·√|s| on the readout s ({@code shot_noise}, 0)
 * @param readNoise           b: additive reading noise std b ({@code read_noise}, 0)
 */
public record ChipPhysicsConfig(long seed, double gammaDriftStd, double gammaTruncation, double crosstalk,
                                boolean crosstalkActiveOnly, boolean phaseBias, double phaseBiasRange,
                                double shotNoise, double readNoise) {

    /** Every switch at the reference default. */
    public static final ChipPhysicsConfig DEFAULTS = new ChipPhysicsConfig(0L, 0.002, 2.0, 0.005, false, false, 1.0,
            0.0, 0.0);

    public ChipPhysicsConfig {
        nonNegative("gamma_drift_std", gammaDriftStd);
        nonNegative("crosstalk", crosstalk);
        nonNegative("phase_bias_range", phaseBiasRange);
        nonNegative("shot_noise", shotNoise);
        nonNegative("read_noise", readNoise);
        if (!(gammaTruncation > 0)) {
            throw new BenchConfigException("physics.gamma_truncation must be > 0 (in σ; Infinity for none), got "
                    + gammaTruncation);
        }
    }

    /**
     * The {@code physics:} keys of the simulated chip, with the reference defaults and the ranges a physical chip
     * can have (a drift of 1e300 rad/V² is refused, not simulated).
     */
    public static final OptionSet SPEC = OptionSet.of(
            OptionSpec.integer("seed", "", DEFAULTS.seed, Long.MIN_VALUE, Long.MAX_VALUE,
                    "root of every random draw of the chip"),
            OptionSpec.number("gamma_drift_std", "rad/V²", DEFAULTS.gammaDriftStd, 0, 0.1,
                    "σ of the static per-heater drift γ' = γ + σ·z"),
            OptionSpec.number("gamma_truncation", "σ", DEFAULTS.gammaTruncation, 0.01, 100,
                    "z is a standard normal truncated to ± this"),
            OptionSpec.number("crosstalk", "", DEFAULTS.crosstalk, 0, 1,
                    "c of the 6-neighbour thermal crosstalk stencil on U and V"),
            OptionSpec.bool("crosstalk_active_only", DEFAULTS.crosstalkActiveOnly,
                    "passive shifters receive heat but radiate none"),
            OptionSpec.bool("phase_bias", DEFAULTS.phaseBias, "static manufacturing bias U(−r, r) per U/V MZI"),
            OptionSpec.number("phase_bias_range", "rad", DEFAULTS.phaseBiasRange, 0, 2 * Math.PI,
                    "r of the manufacturing bias"),
            OptionSpec.number("shot_noise", "", DEFAULTS.shotNoise, 0, 10,
                    "a: reading noise std a·√|s| on the readout s"),
            OptionSpec.number("read_noise", "", DEFAULTS.readNoise, 0, 10, "b: additive reading noise std"));

    /** Reads the switches from a physics map; an unknown key or a value of the wrong type or range is refused. */
    public static ChipPhysicsConfig from(Map<String, Object> physics) {
        OptionValues o = SPEC.read("physics", physics);
        return new ChipPhysicsConfig(o.integer("seed"), o.number("gamma_drift_std"), o.number("gamma_truncation"),
                o.number("crosstalk"), o.bool("crosstalk_active_only"), o.bool("phase_bias"),
                o.number("phase_bias_range"), o.number("shot_noise"), o.number("read_noise"));
    }

    /** True when no reading noise is drawn: the same chip state always reads the same. */
    public boolean deterministicReadout() {
        return shotNoise == 0 && readNoise == 0;
    }

    private static void nonNegative(String key, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new BenchConfigException("physics." + key + " must be a finite number >= 0, got " + v);
        }
    }
}
