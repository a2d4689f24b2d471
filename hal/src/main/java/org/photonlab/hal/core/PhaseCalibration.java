package org.photonlab.hal.core;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.photonlab.hal.LabException;

/**
 * How one core's phases become heater volts: a {@link HeaterLaw} for every heater and a
 * {@link CrosstalkCompensation} applied when programming. A bench's core starts with {@link #nominal}: every heater
 * φ = γ·V² with the core's nominal γ and no offset, no compensation. A calibration routine builds a per-heater one
 * ({@link #perHeater}) and hands it to {@link PhotonicCore#calibrate}. Immutable and thread-safe.
 */
public final class PhaseCalibration {
    public static final double TWO_PI = 2 * Math.PI;

    private final HeaterLaw uniform;
    private final Map<CoreSection, HeaterLaw[]> laws;
    private final CrosstalkCompensation crosstalk;

    private PhaseCalibration(HeaterLaw uniform, Map<CoreSection, HeaterLaw[]> laws, CrosstalkCompensation crosstalk) {
        this.uniform = uniform;
        this.laws = laws;
        this.crosstalk = crosstalk;
    }

    /** Every heater φ = γ·V² with {@code gamma} (rad/V²) and φ₀ = 0, no crosstalk compensation. */
    public static PhaseCalibration nominal(double gamma) {
        return uniform(ThermoOpticLaw.nominal(gamma));
    }

    /** Every heater follows {@code law}, no crosstalk compensation. */
    public static PhaseCalibration uniform(HeaterLaw law) {
        if (law == null) {
            throw new IllegalArgumentException("heater law must not be null");
        }
        return new PhaseCalibration(law, Map.of(), CrosstalkCompensation.NONE);
    }

    /**
     * One law per heater: {@code laws.get(section).get(i)} for phase i of that section; every section of the core it
     * is given to must be present with one law per phase (checked by {@link #checkFits}). Not modified: {@code laws}.
     */
    public static PhaseCalibration perHeater(Map<CoreSection, List<HeaterLaw>> laws,
                                             CrosstalkCompensation crosstalk) {
        Map<CoreSection, HeaterLaw[]> copy = new EnumMap<>(CoreSection.class);
        for (Map.Entry<CoreSection, List<HeaterLaw>> e : laws.entrySet()) {
            HeaterLaw[] a = e.getValue().toArray(new HeaterLaw[0]);
            for (int i = 0; i < a.length; i++) {
                if (a[i] == null) {
                    throw new IllegalArgumentException("heater law of " + e.getKey() + " phase " + i + " is null");
                }
            }
            copy.put(e.getKey(), a);
        }
        return new PhaseCalibration(null, copy, checked(crosstalk));
    }

    /** The same heater laws with another crosstalk compensation. */
    public PhaseCalibration withCrosstalk(CrosstalkCompensation compensation) {
        return new PhaseCalibration(uniform, laws, checked(compensation));
    }

    private static CrosstalkCompensation checked(CrosstalkCompensation c) {
        if (c == null) {
            throw new IllegalArgumentException("crosstalk compensation must not be null (use NONE)");
        }
        return c;
    }

    /** The law of phase {@code index} of {@code section}. */
    public HeaterLaw law(CoreSection section, int index) {
        if (uniform != null) {
            return uniform;
        }
        HeaterLaw[] a = laws.get(section);
        if (a == null || index < 0 || index >= a.length) {
            throw new LabException("phase calibration has no heater law for " + section + " phase " + index);
        }
        return a[index];
    }

    public CrosstalkCompensation crosstalk() {
        return crosstalk;
    }

    /**
     * Checks that this calibration has a law for every heater of {@code core}; throws a {@link LabException} naming
     * the core, the section and both counts otherwise.
     */
    public void checkFits(PhotonicCore core) {
        if (uniform != null) {
            return;
        }
        for (CoreSection s : core.sections()) {
            HeaterLaw[] a = laws.get(s);
            int n = a == null ? 0 : a.length;
            if (n != core.phaseCount(s)) {
                throw new LabException("phase calibration gives " + n + " heater laws for section " + s
                        + " of core '" + core.name() + "', which has " + core.phaseCount(s) + " heaters");
            }
        }
    }

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

    @Override
    public String toString() {
        return uniform != null ? "every heater " + uniform + ", " + crosstalk
                : "per-heater laws for " + laws.keySet() + ", " + crosstalk;
    }
}
