package org.photonlab.simulator.chip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.photonlab.hal.bench.Bench;
import org.photonlab.benchfile.StandardBenches;
import org.photonlab.hal.core.CorePhases;
import org.photonlab.hal.core.CoreSection;
import org.photonlab.hal.core.PhotonicCore;

/** Heater power V²/R follows the programmed phase φ mod 2π: cheapest near 0, dearest just below 2π. */
class HeaterPowerTest {
    /** P for a phase φ programmed exactly: φ/γ / R. */
    private static double watts(double phi) {
        return phi / StandardBenches.GAMMA / StandardBenches.HEATER_OHMS;
    }

    @Test
    void phasesNearZeroAndTwoPi() {
        for (String q : new String[] {"none", "phase", "voltage"}) {
            try (Bench bench = Chips.open(1, 4, q, Chips.ideal())) {
                PhotonicCore core = bench.core("core0");
                SimChipBackend sim = Chips.sim(bench);
                double lsb = 2 * Math.PI / 255;
                // {requested φ, the end of [0, 2π] it is close to, how close}
                double[][] cases = {{0.0, 0.0, 0.0}, {1e-3, 0.0, 1e-3}, {2 * Math.PI, 0.0, 0.0},
                    {2 * Math.PI + 1e-3, 0.0, 1e-3}, {-1e-3, 2 * Math.PI, 1e-3}, {2 * Math.PI - 1e-3, 2 * Math.PI, 1e-3},
                    {4 * Math.PI - 0.05, 2 * Math.PI, 0.05}};
                for (double[] c : cases) {
                    double programmed = core.setPhase(CoreSection.U, 0, c[0]);
                    double p = sim.heaterPower("core0", CoreSection.U);
                    assertEquals(core.heaterPower(CoreSection.U, 0), p, 1e-15, q + " HAL and sim agree");
                    assertEquals(watts(programmed), p, 1e-12, q + " P = (φ mod 2π)/(γR) at φ=" + c[0]);
                    // near 0 a heater is (almost) off; just below 2π it costs the most (voltage domain: V ≥ V_2π → 0)
                    double tolerance = c[2] + (q.equals("voltage") ? 0.09 : q.equals("phase") ? lsb : 1e-9);
                    boolean wrapsToZero = q.equals("voltage") && c[1] > 0 && programmed < 1;
                    if (!wrapsToZero) {
                        assertEquals(watts(c[1]), p, watts(tolerance), q + " φ=" + c[0]);
                    }
                }
            }
        }
    }

    @Test
    void totalIsTheSumOverActiveHeatersAndPassiveOnesCostNothing() {
        try (Bench bench = Chips.open(2, 4, "phase", Chips.ideal())) {
            double[] u = {1, 2, 3, 4, 5, 6};
            for (PhotonicCore core : bench.cores()) {
                core.program(new CorePhases(u, u.clone(), new double[] {0.5, 0.5, 0.5, 0.5},
                        new double[] {Math.PI, 0, 0, 0}));
            }
            SimChipBackend sim = Chips.sim(bench);
            double core0 = sim.heaterPower("core0");
            double sum = 0;
            for (CoreSection s : CoreSection.values()) {
                sum += sim.heaterPower("core0", s);
            }
            assertEquals(sum, core0, 1e-15);
            assertEquals(2 * core0, sim.totalHeaterPower(), 1e-15);
            double vBefore = sim.heaterPower("core0", CoreSection.V);
            bench.core("core0").setPassive(CoreSection.V, new boolean[] {true, true, true, false, false, false});
            double expected = 0;
            CorePhases p = bench.core("core0").programmed();
            for (int i = 3; i < 6; i++) {
                expected += watts(p.v()[i]);
            }
            assertEquals(expected, sim.heaterPower("core0", CoreSection.V), 1e-12);
            assertTrue(expected < vBefore);
        }
    }
}
