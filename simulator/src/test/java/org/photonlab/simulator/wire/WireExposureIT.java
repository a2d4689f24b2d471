package org.photonlab.simulator.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.photonlab.hal.LabException;
import org.photonlab.simulator.net.Exposure;

/** The device servers' exposure options, on loopback only: the allowlist admits or closes, the refusal. */
class WireExposureIT {
    @Test
    void aClientInTheAllowlistIsServed() throws Exception {
        WireOptions o = WireOptions.ephemeral().withExposure(new Exposure("127.0.0.1", Set.of("127.0.0.1")));
        try (WireSimulator sim = WireSimulator.start(DemoBench.description(), o);
             Socket s = new Socket("127.0.0.1", sim.endpoints().get(0).tcp().getPort())) {
            s.setSoTimeout(5000);
            s.getOutputStream().write("id?\n".getBytes(StandardCharsets.US_ASCII));
            byte[] b = new byte[10];
            assertEquals(10, s.getInputStream().readNBytes(b, 0, 10));
            assertEquals("Q8iv-01A0\n", new String(b, StandardCharsets.US_ASCII));
        }
    }

    @Test
    void aClientOutsideTheAllowlistIsClosedUnanswered() throws Exception {
        WireOptions o = WireOptions.ephemeral().withExposure(new Exposure("127.0.0.1", Set.of("127.0.0.2")));
        try (WireSimulator sim = WireSimulator.start(DemoBench.description(), o)) {
            for (Endpoint e : sim.endpoints()) {
                try (Socket s = new Socket("127.0.0.1", e.tcp().getPort())) {
                    s.setSoTimeout(5000);
                    s.getOutputStream().write((e.protocol().equals("scpi") ? "*IDN?\n" : "id?\n")
                            .getBytes(StandardCharsets.US_ASCII));
                    // closed by the server (end of stream) without one byte of answer; a write after the close
                    // may be reset instead, which is as good
                    byte[] got;
                    try {
                        got = s.getInputStream().readAllBytes();
                    } catch (java.net.SocketException reset) {
                        got = new byte[0];
                    }
                    assertEquals(0, got.length, e.device() + " answered a client outside the allowlist");
                }
            }
            assertTrue(sim.chain("mesh_dac").atZero());
        }
    }

    @Test
    void everyInterfaceWithoutAnAllowlistIsRefusedBeforeAnythingIsBound() {
        WireOptions o = WireOptions.ephemeral().withExposure(new Exposure("0.0.0.0", Set.of()));
        LabException e = assertThrows(LabException.class, () -> WireSimulator.start(DemoBench.description(), o));
        assertTrue(e.getMessage().contains("--allow") && e.getMessage().contains("0.0.0.0"), e.getMessage());
    }
}
