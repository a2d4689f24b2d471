package org.photonlab.app.bench;

import static org.photonlab.app.testing.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.photonlab.hal.bench.BenchDescription;
import org.photonlab.benchfile.BenchYaml;
import org.photonlab.benchfile.BenchYamlWriter;
import org.photonlab.simulator.wire.ClientBench;
import org.photonlab.simulator.wire.QontrolChain;
import org.photonlab.simulator.wire.WireOptions;
import org.photonlab.simulator.wire.WireSimulator;
import org.photonlab.app.testing.Cli.Result;

/**
 * The operator commands against the wire simulator on TCP loopback: {@code dac set} writes its one channel and
 * zeroes nothing on open or close; {@code dac get}, {@code pd read} and {@code bench check} leave every setpoint as
 * it was.
 */
class OperatorCommandsIT {
    @TempDir
    Path tmp;

    @Test
    void manualSetKeepsEveryOtherChannelAndObservingCommandsWriteNothing() throws Exception {
        BenchDescription src = BenchYaml.load(Path.of(getClass().getResource("/benches/sim-4core.yaml").toURI()));
        try (WireSimulator sim = WireSimulator.start(src, WireOptions.ephemeral())) {
            Path bench = tmp.resolve("client.yaml");
            Files.writeString(bench, BenchYamlWriter.write(ClientBench.of(sim, ClientBench.Transport.TCP, Map.of())));
            String file = bench.toString();
            QontrolChain mesh = sim.chain("mesh_dac");

            Result first = run("dac", "set", "--bench", file, "--device", "mesh_dac", "--channel", "5", "1.5");
            assertEquals(0, first.exit(), first.err());
            double five = mesh.volts(5);
            assertTrue(five > 1.4 && five < 1.6, "channel 5 at " + five + " V");
            Result second = run("dac", "set", "--bench", file, "--device", "mesh_dac", "--channel", "3", "2.0");
            assertEquals(0, second.exit(), second.err());
            assertTrue(second.out().startsWith("mesh_dac[3] = "), second.out());
            assertEquals(five, mesh.volts(5), "the second manual set zeroed nothing on open or close");
            double three = mesh.volts(3);
            assertTrue(three > 1.9 && three < 2.1, "channel 3 at " + three + " V");

            Result get = run("dac", "get", "--bench", file, "--device", "mesh_dac", "--channel", "5");
            assertEquals(0, get.exit(), get.err());
            assertTrue(get.out().startsWith("mesh_dac[5] = "), get.out());
            Result pd = run("pd", "read", "--bench", file, "--device", "detectors", "--channel", "0");
            assertEquals(0, pd.exit(), pd.err());
            assertTrue(pd.out().startsWith("detectors[0] = "), pd.out());
            Result check = run("bench", "check", "--bench", file);
            assertEquals(0, check.exit(), check.out() + check.err());
            assertTrue(check.out().contains("every device answered as described"), check.out());

            assertEquals(five, mesh.volts(5), "observing commands wrote nothing");
            assertEquals(three, mesh.volts(3));
        }
    }
}
