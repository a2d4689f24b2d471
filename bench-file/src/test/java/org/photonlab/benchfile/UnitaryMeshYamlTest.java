package org.photonlab.benchfile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.photonlab.hal.BenchConfigException;
import org.photonlab.hal.bench.BenchDescription;
import org.photonlab.hal.unitary.UnitaryMeshSpec;

/** {@code shape: unitary} core entries: the shipped example, the written-back form and every refusal. */
class UnitaryMeshYamlTest {
    private static final String MESH = """
            name: m
            devices:
              mesh_dac: {kind: dac, backend: sim, channels: 30, resolution: {bits: 0, full_scale_v: 10},
                         limits: {min_v: 0, max_v: 6}}
              sigma_dac: {kind: dac, backend: sim, channels: 8, resolution: {bits: 0, full_scale_v: 10},
                          limits: {min_v: 0, max_v: 5}}
              modulators: {kind: dac, backend: sim, channels: 8, resolution: {bits: 0, full_scale_v: 10},
                           limits: {min_v: -10, max_v: 10}}
              detectors: {kind: detector, backend: sim, channels: 8, unit: coherent}
            cores:
              - {name: mesh0, shape: unitary, size: 8, dac: mesh_dac, mzi_channels: 0..27, sign_channels: 28..29,
                 sigma: {kind: attenuators, dac: sigma_dac, channels: 0..7}, input_dac: modulators,
                 input_channels: 0..7, detector: detectors, output_channels: 0..7, gamma: 0.165}
            """;

    @Test
    void theShippedExampleIsOneEightByEightMeshWithAttenuators() {
        BenchDescription d = BenchYaml.load(Path.of("..", "examples", "benches", "unitary-8x8.yaml"));
        assertTrue(d.cores().isEmpty());
        UnitaryMeshSpec m = d.meshes().get(0);
        assertEquals(8, m.size());
        assertEquals(28, m.mziChannels().length);
        assertArrayEquals(new int[] {28, 29}, m.signChannels());
        assertEquals("sigma_dac", m.sigmaDac());
    }

    @Test
    void aMeshIsWrittenBackAsItWasRead() {
        BenchDescription d = BenchYaml.parse(MESH, "m.yaml");
        BenchDescription again = BenchYaml.parse(BenchYamlWriter.write(d), "again.yaml");
        assertEquals(d.meshes(), again.meshes());
        BenchDescription electronic = BenchYaml.parse(MESH.replace(
                "{kind: attenuators, dac: sigma_dac, channels: 0..7}", "{kind: electronic}"), "e.yaml");
        assertFalse(electronic.meshes().get(0).hasAttenuators());
        assertEquals(electronic.meshes(), BenchYaml.parse(BenchYamlWriter.write(electronic), "e2.yaml").meshes());
    }

    @Test
    void badMeshEntriesAreRefusedNamingTheKey() {
        assertContains(bad(MESH.replace("shape: unitary", "shape: triangle")), "cores[0].shape", "'unitary'",
                "triangle");
        assertContains(bad(MESH.replace("gamma: 0.165", "gamma: 0.165, u_channels: 0..35")), "cores[0]",
                "u_channels");
        assertContains(bad(MESH.replace("{kind: attenuators,", "{kind: optical,")), "cores[0].sigma.kind",
                "'attenuators' or 'electronic'");
        assertContains(bad(MESH.replace("{kind: attenuators, dac: sigma_dac, channels: 0..7}",
                "{kind: electronic, dac: sigma_dac}")), "cores[0].sigma", "dac");
        assertContains(bad(MESH.replace("mzi_channels: 0..27", "mzi_channels: 0..26")), "mzi_channels",
                "must list 28 channels, got 27");
        assertContains(bad(MESH.replace("sign_channels: 28..29", "sign_channels: 27..28")), "sign_channels",
                "channel 27", "already wired");
        assertContains(bad(MESH.replace("detector: detectors,", "detector: modulators,")), "output_channels",
                "need a detector device");
    }

    private static BenchConfigException bad(String text) {
        return assertThrows(BenchConfigException.class, () -> BenchYaml.parse(text, "bad.yaml"));
    }

    private static void assertContains(Exception e, String... parts) {
        for (String p : parts) {
            assertTrue(e.getMessage().contains(p), "message should contain '" + p + "': " + e.getMessage());
        }
    }
}
