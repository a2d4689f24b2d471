package org.photonlab.simulator.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.photonlab.hal.bench.Bench;
import org.photonlab.hal.bench.BenchDescription;
import org.photonlab.hal.bench.DeviceSpec;
import org.photonlab.hal.bench.OpenMode;
import org.photonlab.hal.dac.ChannelLimits;

/**
 * Issue 9.5: the bench's limits are written into the Qontrol modules' own VMAX/IMAX when a bench opens them for
 * writing, so that another client, talking raw protocol to the same module, is refused by the device itself.
 */
class DeviceOwnLimitsIT {
    /** The demo bench with the U/V heaters limited to 3.0 V (the modules' full scale is 6.166 V). */
    static BenchDescription threeVolts() {
        BenchDescription demo = DemoBench.description();
        BenchDescription.Builder b = BenchDescription.builder("three-volts");
        for (DeviceSpec d : demo.devices().values()) {
            b.device(d.name().equals("mesh_dac")
                    ? new DeviceSpec(d.name(), d.kind(), d.backend(), d.channels(),
                    new ChannelLimits(0.0, 3.0, 0.125, 1000.0), d.resolution(), d.safeVolts(), d.unit(), d.adc(),
                    d.options())
                    : d);
        }
        demo.cores().forEach(b::core);
        b.physics(demo.physics());
        return b.build();
    }

    @Test
    void overTcpAnotherRawClientWriting599VoltsIsRefusedByTheDevice() throws IOException {
        try (WireSimulator sim = WireSimulator.start(threeVolts(), WireOptions.ephemeral())) {
            Endpoint mesh = endpoint(sim, "mesh_dac");
            try (Bench bench = Bench.open(ClientBench.of(sim, ClientBench.Transport.TCP, Map.of()))) {
                QontrolChain chain = sim.chain("mesh_dac");
                for (int ch = 0; ch < 56; ch++) {
                    assertEquals(3.0, chain.vmax(ch), "VMAX of channel " + ch);
                }
                assertEquals("E01:05", raw(mesh, "V5=5.99"), "over-voltage, refused by the module itself");
                assertEquals(0.0, chain.volts(5));
                assertEquals("OK", raw(mesh, "V5=2.5"), "within the pushed limit");
                assertEquals("3.000", raw(mesh, "VMAX5?"));
                // the modules' own full scale is already within the Σ heaters' bench limit: nothing pushed there
                assertEquals(sim.chain("sigma_dac").fullScaleVolts(), sim.chain("sigma_dac").vmax(0));
                bench.dac("mesh_dac").set(0, 2.0);
            }
        }
    }

    @Test
    void overAPtyTheLimitsArePushedToo() throws IOException {
        Socat.require();
        Path dir = Files.createTempDirectory("photonlab-pty");
        try (WireSimulator sim = WireSimulator.start(threeVolts(), WireOptions.ephemeral().withPty(dir))) {
            try (Bench bench = Bench.open(ClientBench.of(sim, ClientBench.Transport.PTY_JSERIALCOMM, Map.of()))) {
                assertEquals(3.0, sim.chain("mesh_dac").vmax(55));
                assertEquals("E01:07", raw(endpoint(sim, "mesh_dac"), "V7=5.99"));
            }
        }
    }

    @Test
    void anObserverPushesNothing() throws IOException {
        try (WireSimulator sim = WireSimulator.start(threeVolts(), WireOptions.ephemeral())) {
            try (Bench bench = Bench.with(ClientBench.of(sim, ClientBench.Transport.TCP, Map.of()))
                    .mode(OpenMode.OBSERVE).open()) {
                assertEquals(sim.chain("mesh_dac").fullScaleVolts(), sim.chain("mesh_dac").vmax(0));
            }
        }
    }

    private static Endpoint endpoint(WireSimulator sim, String device) {
        for (Endpoint e : sim.endpoints()) {
            if (e.device().equals(device)) {
                return e;
            }
        }
        throw new AssertionError("no endpoint for " + device);
    }

    /** One command from a raw client on its own connection; returns the reply line. */
    private static String raw(Endpoint e, String command) throws IOException {
        try (Socket s = new Socket(e.tcp().getAddress(), e.tcp().getPort())) {
            s.setSoTimeout(5000);
            OutputStream out = s.getOutputStream();
            out.write((command + "\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        }
    }
}
