package org.photonlab.app.bench;

import static org.photonlab.app.testing.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.photonlab.app.Main;
import org.photonlab.hal.bench.BenchDescription;
import org.photonlab.benchfile.BenchYaml;
import org.photonlab.benchfile.BenchYamlWriter;
import org.photonlab.hal.bench.DeviceSpec;
import org.photonlab.hal.dac.ChannelLimits;
import org.photonlab.hal.dac.DacResolution;
import org.photonlab.simulator.wire.ClientBench;
import org.photonlab.simulator.wire.QontrolChain;
import org.photonlab.simulator.wire.WireOptions;
import org.photonlab.simulator.wire.WireSimulator;
import org.photonlab.app.testing.Cli.Result;

/**
 * {@code dac set} and {@code bench check} against the wire simulator on TCP loopback (issue 9.11, 9.12, 9.14):
 * only plain numbers are voltages, every bad value is refused in one line with nothing written, a device whose
 * resolution differs from the bench file's is noticed, and a bench whose limits reach beyond the device's full scale
 * fails the check. The client bench {@code sim serve --client-bench} writes passes it.
 */
class DacSetSafetyIT {
    @TempDir
    Path tmp;

    private static BenchDescription served() throws Exception {
        return BenchYaml.load(Path.of(DacSetSafetyIT.class.getResource("/benches/sim-4core.yaml").toURI()));
    }

    private String write(BenchDescription b, String name) throws Exception {
        Path p = tmp.resolve(name);
        Files.writeString(p, BenchYamlWriter.write(b));
        return p.toString();
    }

    private static Result set(String file, String volts) {
        return run("dac", "set", "--bench", file, "--device", "mesh_dac", "--channel", "5", volts);
    }

    @Test
    void onlyPlainNumbersAreVoltagesAndEveryBadValueWritesNothing() throws Exception {
        try (WireSimulator sim = WireSimulator.start(served(), WireOptions.ephemeral())) {
            String file = write(ClientBench.of(sim, ClientBench.Transport.TCP, Map.of()), "client.yaml");
            QontrolChain mesh = sim.chain("mesh_dac");
            assertEquals(0, set(file, "2.5e-1").exit());
            double before = mesh.volts(5);
            int tried = 0;
            for (String literal : new String[] {"4f", "1d", "0x1.8p1", "Infinity", "-Infinity", "inf", "-inf", "nan",
                "NaN", "1e400", "1,5", "1.5V", "1e3.5", "0x10"}) {
                tried++;
                Result r = set(file, literal);
                assertEquals(Main.EXIT_USAGE, r.exit(), literal + ": " + r.err());
                assertOneLine(r.err(), "'" + literal + "'", "plain decimal number such as 1.25");
                assertEquals(before, mesh.volts(5), literal + " wrote nothing");
            }
            for (String outOfRange : new String[] {"1e6", "1e300", "-1e300", "10.8", "6.2", "-0.5"}) {
                tried++;
                Result r = set(file, outOfRange);
                assertEquals(Main.EXIT_LAB_ERROR, r.exit(), outOfRange + ": " + r.err());
                assertOneLine(r.err(), "refused: channel mesh_dac[5]", "nothing was written");
                assertEquals(before, mesh.volts(5), outOfRange + " wrote nothing");
            }
            assertEquals(20, tried);
            for (String plain : new String[] {"1.25", "+1.5", ".5", "2", "5E-1", "-0"}) {
                Result r = set(file, plain);
                assertEquals(0, r.exit(), plain + ": " + r.err());
            }
        }
    }

    @Test
    void aDeviceWhoseResolutionIsNotTheBenchFilesIsNoticed() throws Exception {
        try (WireSimulator sim = WireSimulator.start(served(), WireOptions.ephemeral())) {
            // the host believes in a 12-bit DAC; the module rounds to its 8-bit codes
            BenchDescription client = replaceMesh(ClientBench.of(sim, ClientBench.Transport.TCP, Map.of()),
                    d -> new DeviceSpec(d.name(), d.kind(), d.backend(), d.channels(), d.limits(),
                            new DacResolution(12, d.resolution().fullScaleVolts(), DacResolution.Transfer.POWER),
                            d.safeVolts(), d.unit(), d.adc(), d.options()));
            Result r = set(write(client, "twelve-bit.yaml"), "6.0117");
            assertEquals(Main.EXIT_LAB_ERROR, r.exit(), r.out() + r.err());
            // noticed by the bank's read-back after every write (one DAC step of the host's model)
            assertOneLine(r.err(), "mesh_dac[5]", "wrote 6.0", "reads back", "more than one DAC step");
        }
    }

    @Test
    void benchCheckFailsLimitsAboveTheDeviceFullScaleAndPassesTheClientBench() throws Exception {
        try (WireSimulator sim = WireSimulator.start(served(), WireOptions.ephemeral())) {
            BenchDescription client = ClientBench.of(sim, ClientBench.Transport.TCP, Map.of());
            Result ok = run("bench", "check", "--bench", write(client, "client.yaml"));
            assertEquals(0, ok.exit(), ok.out() + ok.err());
            assertEquals("", ok.err(), "no warning for the client bench");
            // an analog host model with 10.8 V limits over modules whose full scale is 6.166 V
            BenchDescription wide = replaceMesh(client, d -> new DeviceSpec(d.name(), d.kind(), d.backend(),
                    d.channels(), new ChannelLimits(0.0, 10.8, 0.125, 1000.0), DacResolution.ANALOG, d.safeVolts(),
                    d.unit(), d.adc(), d.options()));
            Result bad = run("bench", "check", "--bench", write(wide, "wide.yaml"));
            assertEquals(Main.EXIT_LAB_ERROR, bad.exit(), bad.out() + bad.err());
            String[] lines = bad.err().strip().split("\n");
            assertEquals(2, lines.length, "one line for the problem, one summary: " + bad.err());
            assertTrue(lines[0].contains("mesh_dac: limits allow 10.8 V") && lines[0].contains("6.166"), lines[0]);
            assertTrue(lines[1].contains("1 problem"), lines[1]);
        }
    }

    private static BenchDescription replaceMesh(BenchDescription src,
                                                java.util.function.UnaryOperator<DeviceSpec> f) {
        BenchDescription.Builder b = BenchDescription.builder(src.name());
        for (DeviceSpec d : src.devices().values()) {
            b.device(d.name().equals("mesh_dac") ? f.apply(d) : d);
        }
        src.cores().forEach(b::core);
        b.physics(src.physics());
        return b.build();
    }

    private static void assertOneLine(String err, String... parts) {
        String s = err.strip();
        assertFalse(s.contains("\n"), "one line: " + err);
        assertTrue(s.startsWith("photonlab: "), s);
        for (String p : parts) {
            assertTrue(s.contains(p), "expected '" + p + "' in: " + s);
        }
    }
}
