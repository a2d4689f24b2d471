package org.photonlab.benchfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.photonlab.hal.BenchConfigException;
import org.photonlab.hal.bench.BenchDescription;
import org.photonlab.hal.bench.DeviceKind;
import org.photonlab.hal.bench.DeviceTiming;

/** A device's {@code timing:} block: read with its defaults, refused when wrong, written back. */
class TimingKeysTest {
    private static final String BENCH = """
            name: timed
            devices:
              heaters:
                kind: dac
                backend: sim
                channels: 8
                resolution: {bits: 16, full_scale_v: 12}
                limits: {min_v: 0, max_v: 12}
                timing: {baud: 9600, settle_tau_us: 250}
              pd:
                kind: detector
                backend: sim
                channels: 8
            %s
            """;

    @Test
    void givenKeysAreReadAndTheRestAreTheKindsDefaults() {
        BenchDescription d = BenchYaml.parse(BENCH.formatted(""), "t");
        DeviceTiming heaters = d.device("heaters").timing();
        assertEquals(9600, heaters.baud());
        assertEquals(250e-6, heaters.settleTauS(), 1e-15);
        assertEquals(DeviceTiming.defaults(DeviceKind.DAC).processingS(), heaters.processingS());
        assertEquals(DeviceTiming.defaults(DeviceKind.DETECTOR), d.device("pd").timing());
        assertEquals(d, BenchYaml.parse(BenchYamlWriter.write(d), "round trip"));
    }

    @Test
    void aKeyOfAnotherKindIsRefusedInOneLineNamingIt() {
        String bad = BENCH.formatted("    timing: {settle_tau_us: 5}");
        BenchConfigException e = assertThrows(BenchConfigException.class, () -> BenchYaml.parse(bad, "t"));
        assertTrue(e.getMessage().contains("devices.pd.timing") && e.getMessage().contains("settle_tau_us"),
                e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), e.getMessage());
    }
}
