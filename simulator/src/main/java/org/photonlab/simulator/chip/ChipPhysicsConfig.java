package org.photonlab.simulator.chip;

import java.util.Map;
import org.photonlab.hal.BenchConfigException;

/**
 * The non-ideality switches of the simulated chip, read from {@code BenchDescription.physics()} with the defaults of
 * the L2ight / MixedTrn reference (docs/chip-model.md). Keys this class does not know are left to other simulators
 * sharing the map.
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

    /** Reads the switches from a physics map; a key of the wrong type is reported by name. */
    public static ChipPhysicsConfig from(Map<String, Object> physics) {
        ChipPhysicsConfig d = DEFAULTS;
        return new ChipPhysicsConfig(
                integer(physics, "seed", d.seed),
                number(physics, "gamma_drift_std", d.gammaDriftStd),
                number(physics, "gamma_truncation", d.gammaTruncation),
                number(physics, "crosstalk", d.crosstalk),
                bool(physics, "crosstalk_active_only", d.crosstalkActiveOnly),
                bool(physics, "phase_bias", d.phaseBias),
                number(physics, "phase_bias_range", d.phaseBiasRange),
                number(physics, "shot_noise", d.shotNoise),
                number(physics, "read_noise", d.readNoise));
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

    private static long integer(Map<String, Object> m, String key, long fallback) {
        Object v = m.get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof java.math.BigInteger) {
            return ((Number) v).longValue();
        }
        throw new BenchConfigException("physics." + key + " must be an integer, got '" + v + "'");
    }

    private static double number(Map<String, Object> m, String key, double fallback) {
        Object v = m.get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        throw new BenchConfigException("physics." + key + " must be a number, got '" + v + "'");
    }

    private static boolean bool(Map<String, Object> m, String key, boolean fallback) {
        Object v = m.get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        throw new BenchConfigException("physics." + key + " must be true or false, got '" + v + "'");
    }
}
