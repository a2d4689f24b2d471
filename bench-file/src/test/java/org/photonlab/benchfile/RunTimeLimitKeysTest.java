package org.photonlab.benchfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.photonlab.hal.BenchConfigException;
import org.photonlab.hal.bench.BenchDescription;
import org.photonlab.hal.dac.ChannelLimits;

/** The bench-file keys of the run-time limits: ramp_step_v, slew_v_per_s, power_budget_w (read, written, checked). */
class RunTimeLimitKeysTest {
    private static String yaml(String top, String limits) {
        return "name: t\n" + top + "devices:\n  h:\n    kind: dac\n    backend: sim\n    channels: 4\n"
                + "    resolution: {bits: 8, full_scale_v: 5.0, transfer: power}\n"
                + "    limits: {min_v: 0.0, max_v: 5.0, max_power_w: 0.125, load_ohm: 1000" + limits + "}\n";
    }

    @Test
    void theKeysLoadAndRoundTrip() {
        BenchDescription b = BenchYaml.parse(yaml("power_budget_w: 0.3\n", ", ramp_step_v: 0.5, slew_v_per_s: 1000"),
                "t.yaml");
        ChannelLimits l = b.device("h").limits();
        assertEquals(0.5, l.rampStepVolts());
        assertEquals(1000.0, l.slewVoltsPerSecond());
        assertEquals(0.3, b.powerBudgetWatts());
        BenchDescription again = BenchYaml.parse(BenchYamlWriter.write(b), "again.yaml");
        assertEquals(b, again);
    }

    @Test
    void withoutThemEverythingIsOff() {
        BenchDescription b = BenchYaml.parse(yaml("", ""), "t.yaml");
        assertFalse(b.device("h").limits().ramps());
        assertFalse(b.hasPowerBudget());
        assertFalse(BenchYamlWriter.write(b).contains("ramp_step_v"));
    }

    @Test
    void badValuesAreRefusedNamingTheKey() {
        for (String[] c : new String[][] {
            {"", ", slew_v_per_s: 1000", "needs ramp_step_v"},
            {"", ", ramp_step_v: -1", "ramp_step_v"},
            // every limit in a bench file is finite: an explicit .inf is refused, not read as "off"
            {"", ", ramp_step_v: .inf, slew_v_per_s: 5", "limits.ramp_step_v must be a finite number"},
            {"power_budget_w: .inf\n", "", "power_budget_w"},
            {"power_budget_w: 0\n", "", "power_budget_w"},
        }) {
            BenchConfigException e = assertThrows(BenchConfigException.class,
                    () -> BenchYaml.parse(yaml(c[0], c[1]), "t.yaml"), c[0] + c[1]);
            assertTrue(e.getMessage().contains(c[2]), e.getMessage());
        }
    }
}
