package org.photonlab.benchfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.photonlab.hal.bench.BenchDescription;
import org.photonlab.hal.BenchConfigException;
import org.photonlab.hal.bench.DeviceSpec;

class BenchYamlTest {
    private static final String GOOD = resource("/benches/sim-chip-k9.yaml");

    @Test
    void exampleFileEqualsTheBuiltInSimulatedChip() {
        Map<String, Object> physics = new LinkedHashMap<>();
        physics.put("seed", 1);
        physics.put("gamma_drift_std", 0.002);
        physics.put("gamma_truncation", 2.0);
        physics.put("crosstalk", 0.005);
        physics.put("crosstalk_active_only", false);
        physics.put("phase_bias", false);
        physics.put("phase_bias_range", 1.0);
        physics.put("shot_noise", 0.0);
        physics.put("read_noise", 0.0);
        BenchDescription fromYaml = BenchYaml.parse(GOOD, "sim-chip-k9.yaml");
        BenchDescription inCode = StandardBenches.simulatedChip("sim-chip-k9", 1, 9, "phase", physics);
        assertEquals(inCode.devices(), fromYaml.devices());
        assertEquals(inCode.cores(), fromYaml.cores());
        assertEquals(inCode.physics(), fromYaml.physics());
        assertEquals(inCode, fromYaml);
    }

    @Test
    void missingFileIsNamed(@TempDir Path dir) {
        Path p = dir.resolve("nope.yaml");
        BenchConfigException e = assertThrows(BenchConfigException.class, () -> BenchYaml.load(p));
        assertContains(e, p.toString(), "does not exist");
    }

    @Test
    void invalidYamlIsReported() {
        assertContains(bad("name: [unclosed"), "bad.yaml", "not valid YAML");
    }

    @Test
    void unknownKeyNamesTheKeyAndTheAllowedOnes() {
        assertContains(bad(GOOD.replace("    channels: 13", "    chanels: 13")), "unknown key 'chanels'",
                "devices.sigma_dac", "channels");
    }

    @Test
    void missingRequiredKeyIsNamed() {
        assertContains(bad(GOOD.replace("    channels: 9\n    unit: coherent", "    unit: coherent")),
                "devices.detectors", "missing required key 'channels'");
    }

    @Test
    void perChannelLimitsLoadTakeTheDeviceDefaultsAndWriteBack() {
        String text = GOOD.replace("load_ohm: 1000.0}\n  sigma_dac", "load_ohm: 1000.0}\n"
                + "    channel_limits:\n      - {channels: 0..3, max_v: 4.0}\n      - {channels: [7], max_v: 5.0, "
                + "max_power_w: 0.01}\n  sigma_dac");
        DeviceSpec d = BenchYaml.parse(text, "t.yaml").device("mesh_dac");
        assertEquals(4.0, d.limits(2).maxVolts());
        assertEquals(0.125, d.limits(2).maxPowerWatts());
        assertEquals(5.0, d.limits(7).maxVolts());
        assertEquals(0.0, d.limits(7).minVolts());
        assertEquals(0.01, d.limits(7).maxPowerWatts());
        assertEquals(d.limits(), d.limits(4));
        assertEquals(d, BenchYaml.parse(BenchYamlWriter.write(BenchYaml.parse(text, "t.yaml")), "rt.yaml")
                .device("mesh_dac"));
        assertContains(bad(text.replace("max_v: 4.0}", "max_v: 7.0}")), "mesh_dac' channel 0",
                "max_v 7.0 V is above the DAC full scale 6.165971131946695 V");
        assertContains(bad(text.replace("[7]", "[3]")), "channel_limits[1]", "channel 3 already has its own limits");
        assertContains(bad(text.replace("max_v: 4.0}", "max_v: 4.0, max_a: 1}")), "unknown key 'max_a'");
    }

    @Test
    void wrongTypesAreNamed() {
        assertContains(bad(GOOD.replace("channels: 72", "channels: many")), "devices.mesh_dac.channels",
                "an integer", "many");
        assertContains(bad(GOOD.replace("max_v: 6.165971131946695, max_power_w: 0.125, load_ohm: 1000.0}\n  sigma_dac",
                "max_v: high, max_power_w: 0.125, load_ohm: 1000.0}\n  sigma_dac")), "limits.max_v", "a finite number");
    }

    @Test
    void badEnumsAreNamed() {
        assertContains(bad(GOOD.replace("kind: detector", "kind: camera")), "devices.detectors.kind", "camera");
        assertContains(bad(GOOD.replace("unit: coherent", "unit: lux")), "'coherent' or 'power'", "lux");
        assertContains(bad(GOOD.replace("transfer: power}   # V_2pi", "transfer: pwm}   # V_2pi")),
                "'voltage' or 'power'", "pwm");
    }

    @Test
    void inconsistentLimitsAreNamed() {
        assertContains(bad(GOOD.replace("min_v: -10.0, max_v: 10.0", "min_v: 10.0, max_v: -10.0")),
                "devices.modulators.limits", "min_v 10.0", "max_v -10.0");
    }

    @Test
    void coreWiredToMissingChannelsIsNamed() {
        assertContains(bad(GOOD.replace("channels: 72", "channels: 40")), "core0",
                "needs channels up to 71 on device 'mesh_dac', which has 40 channels");
        assertContains(bad(GOOD.replace("detector: detectors, gamma", "detector: detector, gamma")),
                "unknown device 'detector'");
    }

    @Test
    void coreOnAWrongDeviceKindIsNamed() {
        assertContains(bad(GOOD.replace("input_dac: modulators", "input_dac: detectors")), "input_channels",
                "need a dac device", "'detectors' is a detector");
    }

    @Test
    void nonPositiveGammaIsNamed() {
        assertContains(bad(GOOD.replace("gamma: 0.16526348021998322", "gamma: -1.0")), "gamma", "positive");
    }

    private static BenchConfigException bad(String text) {
        return assertThrows(BenchConfigException.class, () -> BenchYaml.parse(text, "bad.yaml"));
    }

    private static void assertContains(Exception e, String... parts) {
        for (String p : parts) {
            assertTrue(e.getMessage().contains(p), "message should contain '" + p + "': " + e.getMessage());
        }
    }

    private static String resource(String name) {
        try (InputStream in = BenchYamlTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
