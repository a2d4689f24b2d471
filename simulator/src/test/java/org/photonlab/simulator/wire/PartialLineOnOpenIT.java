package org.photonlab.simulator.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.photonlab.hal.bench.Bench;
import org.photonlab.hal.bench.OpenMode;

/**
 * Adversarial suite, family "failure paths" (issue 9.13): a writer killed mid-line leaves half a command in a serial
 * device's line buffer. The next host to open the port must still identify the device, and the half command must
 * not be executed. The serial line is a socat pty into the wire simulator; a second opener of the pty (the
 * "cable", never reading) keeps the device's session, and so its line buffer, alive across the writer's close, as a
 * real serial device keeps its input.
 */
class PartialLineOnOpenIT {
    /** Half of {@code V3=1.5}, as a writer killed between two bytes would leave it. */
    private static final String PARTIAL = "V3=1.5";

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = ClientBench.Transport.class, names = {"PTY_JSERIALCOMM", "PTY_JSSC"})
    void aPartialLineLeftByAKilledWriterIsClearedNotExecuted(ClientBench.Transport transport) throws Exception {
        Socat.require();
        try (WireSimulator sim = WireSimulator.start(DemoBench.description(), WireOptions.ephemeral().withPty(dir))) {
            Path port = Path.of(ClientBench.of(sim, transport, Map.of()).device("mesh_dac").options().get("path")
                    .toString());
            try (FileInputStream cable = new FileInputStream(port.toFile())) {
                try (FileOutputStream killed = new FileOutputStream(port.toFile())) {
                    killed.write(PARTIAL.getBytes(StandardCharsets.US_ASCII));
                    killed.flush();
                }
                // let socat carry the bytes into the device's session before the next host opens the port
                Thread.sleep(300);
                try (Bench bench = Bench.with(ClientBench.of(sim, transport, Map.of())).mode(OpenMode.OBSERVE)
                        .only(List.of("mesh_dac")).open()) {
                    assertEquals(0.0, bench.dac("mesh_dac").read(3), "the half command was executed");
                }
                assertEquals(0.0, sim.chain("mesh_dac").volts(3), "the half command was executed");
            }
        }
    }
}
