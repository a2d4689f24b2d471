package org.photonlab.hal.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.photonlab.hal.dac.DacResolution;

/** The per-heater law φ = φ₀ + γ·V²: round trips with offsets and per-heater γ, and the nominal law's exactness. */
class ThermoOpticLawOffsetTest {
    private static final long SEED = 20240817L;
    private static final double G = Math.PI / (4.36 * 4.36);

    /** The phase difference a − b reduced into (−π, π]. */
    private static double circular(double a, double b) {
        double d = PhaseCalibration.wrap(a - b);
        return d > Math.PI ? d - 2 * Math.PI : d;
    }

    @Test
    void roundTripWithOffsetAndOwnGammaOnEveryHeater() {
        SplittableRandom r = new SplittableRandom(SEED);
        for (int i = 0; i < 2000; i++) {
            double gamma = G * (1 + 0.03 * (2 * r.nextDouble() - 1));
            double phi0 = Math.PI * (2 * r.nextDouble() - 1);
            ThermoOpticLaw law = new ThermoOpticLaw(gamma, phi0);
            double phi = 20 * (r.nextDouble() - 0.5);
            double v = law.volts(phi, PhaseRange.FULL, DacResolution.ANALOG);
            assertTrue(v >= 0 && v < law.v2pi() + 1e-12, "seed " + SEED + " #" + i + ": smallest heating, V = " + v);
            assertEquals(0.0, circular(law.phase(v), phi), 1e-12, "seed " + SEED + " #" + i + " FULL phase " + phi);
            assertEquals(v, law.voltsAt(law.phase(v)), 1e-12, "seed " + SEED + " #" + i + ": voltsAt inverts");

            double folded = law.volts(phi, PhaseRange.FOLDED, DacResolution.ANALOG);
            assertEquals(Math.cos(phi), Math.cos(law.phase(folded)), 1e-12,
                    "seed " + SEED + " #" + i + " FOLDED keeps cos φ for " + phi);
            assertTrue(folded <= v + 1e-12 || Math.abs(Math.cos(phi) - Math.cos(law.phase(v))) < 1e-12,
                    "folding never heats more than the full-range answer");
        }
    }

    @Test
    void anOffsetShiftsWhereZeroVoltsSits() {
        ThermoOpticLaw law = new ThermoOpticLaw(G, 1.0);
        assertEquals(0.0, law.volts(1.0, PhaseRange.FULL, DacResolution.ANALOG), 0.0, "φ₀ itself needs no heat");
        assertEquals(1.0, law.phase(0.0), 0.0);
        assertEquals(Math.sqrt(0.5 / G), law.volts(1.5, PhaseRange.FULL, DacResolution.ANALOG), 1e-14);
        // just below the offset the heater must go almost all the way round
        double v = law.volts(0.9, PhaseRange.FULL, DacResolution.ANALOG);
        assertEquals(Math.sqrt((2 * Math.PI - 0.1) / G), v, 1e-12);
        // a folded heater (only cos φ matters) takes the smaller heating of ±0.9 − φ₀: −1.9 + 2π, not −0.1 + 2π
        double f = law.volts(0.9, PhaseRange.FOLDED, DacResolution.ANALOG);
        assertEquals(Math.sqrt((2 * Math.PI - 1.9) / G), f, 1e-12);
    }

    @Test
    void ownGammaScalesTheVolts() {
        ThermoOpticLaw weak = new ThermoOpticLaw(G * 0.97, 0.0);
        ThermoOpticLaw nominal = ThermoOpticLaw.nominal(G);
        double phi = 2.0;
        double ratio = weak.volts(phi, PhaseRange.FULL, DacResolution.ANALOG)
                / nominal.volts(phi, PhaseRange.FULL, DacResolution.ANALOG);
        assertEquals(Math.sqrt(1 / 0.97), ratio, 1e-12, "a 3 % weaker heater needs √(1/0.97) the volts");
    }

    /** φ₀ = 0 takes exactly the arithmetic of the old single-γ calibration, so every seeded figure stays. */
    @Test
    void nominalLawIsBitIdenticalToTheSingleGammaFormula() {
        SplittableRandom r = new SplittableRandom(SEED);
        ThermoOpticLaw law = ThermoOpticLaw.nominal(G);
        DacResolution volt8 = new DacResolution(8, 10.8, DacResolution.Transfer.VOLTAGE);
        for (int i = 0; i < 2000; i++) {
            double phi = 30 * (r.nextDouble() - 0.5);
            assertEquals(Math.sqrt(PhaseCalibration.reduce(phi, PhaseRange.FULL) / G),
                    law.volts(phi, PhaseRange.FULL, DacResolution.ANALOG), 0.0, "analog FULL " + phi);
            assertEquals(Math.sqrt(PhaseCalibration.reduce(phi, PhaseRange.FOLDED) / G),
                    law.volts(phi, PhaseRange.FOLDED, DacResolution.ANALOG), 0.0, "analog FOLDED " + phi);
            double v = volt8.volts(Math.min(volt8.code(Math.sqrt(PhaseCalibration.reduce(phi, PhaseRange.FULL) / G)),
                    volt8.maxCode()));
            assertEquals(v >= law.v2pi() ? 0.0 : v, law.volts(phi, PhaseRange.FULL, volt8), 0.0, "8-bit " + phi);
            double a = law.volts(phi, PhaseRange.FULL, volt8);
            assertEquals(G * a * a, law.phase(a), 0.0);
        }
    }

    @Test
    void refusesAMeaninglessLaw() {
        assertThrows(IllegalArgumentException.class, () -> new ThermoOpticLaw(0.0, 0.0));
        assertThrows(IllegalArgumentException.class, () -> new ThermoOpticLaw(-G, 0.0));
        assertThrows(IllegalArgumentException.class, () -> new ThermoOpticLaw(G, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new ThermoOpticLaw(Double.POSITIVE_INFINITY, 0.0));
    }
}
