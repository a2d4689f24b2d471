package org.photonlab.drivers.slmsuite;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.photonlab.hal.BenchConfigException;
import org.photonlab.hal.bench.Bench;
import org.photonlab.benchfile.BenchYaml;
import org.photonlab.hal.projection.RandomProjector;
import org.photonlab.hal.spi.ProjectorBackend;

class SlmsuiteBackendProviderTest {
    @Test
    void benchProjectorIsBoundByBackendIdWithoutConnecting() {
        var desc = BenchYaml.parse("name: remote\ndevices:\n  opu:\n    kind: projector\n    backend: slmsuite\n"
                + "    options: {host: 127.0.0.1, port: 5150, modulation: dmd}\n", "test");
        try (Bench bench = Bench.open(desc, List.of(new SlmsuiteBackendProvider()))) {
            assertFalse(bench.isSimulated());
            RandomProjector p = bench.backendOf("opu").capability(ProjectorBackend.class).orElseThrow()
                    .projector("opu").orElseThrow();
            assertInstanceOf(SlmsuiteProjector.class, p);
            assertFalse(p.isOpen(), "opened by the caller, not by the bench");
            assertTrue(bench.backendOf("opu").capability(ProjectorBackend.class).orElseThrow().projector("other")
                    .isEmpty());
        }
    }

    @Test
    void otherDeviceKindsAreRefused() {
        var provider = new SlmsuiteBackendProvider();
        var desc = BenchYaml.parse("name: remote\ndevices:\n  opu:\n    kind: projector\n    backend: slmsuite\n", "t");
        var dac = org.photonlab.hal.bench.DeviceSpec.detector("pd", "slmsuite", 4, null, null, null);
        assertThrows(BenchConfigException.class, () -> provider.open(desc, List.of(dac)));
    }
}
