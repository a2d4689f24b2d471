package org.photonlab.simulator.wire.toy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.photonlab.hal.BenchConfigException;
import org.photonlab.hal.ProviderNotFoundException;
import org.photonlab.hal.bench.BenchDescription;
import org.photonlab.hal.bench.DeviceSpec;
import org.photonlab.hal.detect.AdcResolution;
import org.photonlab.hal.detect.ReadoutUnit;
import org.photonlab.simulator.wire.ClientBench;
import org.photonlab.simulator.wire.Endpoint;
import org.photonlab.simulator.wire.WireOptions;
import org.photonlab.simulator.wire.WireProtocols;
import org.photonlab.simulator.wire.WireSimulator;

/**
 * A wire protocol listed only in the test resources is found by id from a device's {@code sim_protocol} option and
 * served on TCP loopback, with no switch in the main code; the client bench names its backend after it.
 */
class ToyWireProtocolIT {
    private static BenchDescription bench(String protocol) {
        return BenchDescription.builder("toy")
                .device(DeviceSpec.detector("pd", "sim", 3, ReadoutUnit.WATT, AdcResolution.IDEAL,
                        Map.of("sim_protocol", protocol)))
                .build();
    }

    @Test
    void aDeviceNamingTheToyProtocolIsServedWithItOverTcp() throws Exception {
        try (WireSimulator sim = WireSimulator.start(bench("toy"), WireOptions.ephemeral())) {
            Endpoint e = sim.endpoints().get(0);
            assertEquals("toy", e.protocol());
            try (Socket s = new Socket(e.tcp().getAddress(), e.tcp().getPort())) {
                s.setSoTimeout(10_000);
                OutputStream out = s.getOutputStream();
                BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(),
                        StandardCharsets.ISO_8859_1));
                out.write("ID?\nN?\n".getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                assertEquals("TOY pd", in.readLine());
                assertEquals("3", in.readLine());
            }
            DeviceSpec client = ClientBench.of(sim, ClientBench.Transport.TCP, Map.of()).device("pd");
            assertEquals("toy-tcp", client.backend());
            assertEquals("TOY pd", client.options().get("identity"));
            assertEquals(3, client.options().get("toy_channels"));
        }
    }

    @Test
    void anUnknownProtocolIsTheOneNotFoundErrorListingEveryProtocol() {
        ProviderNotFoundException e = assertThrows(ProviderNotFoundException.class,
                () -> WireSimulator.start(bench("nope"), WireOptions.ephemeral()));
        assertEquals("no wire protocol 'nope' is available; expected one of [qontrol, scpi, toy]", e.getMessage());
        assertEquals(List.of("qontrol", "scpi", "toy"), List.copyOf(WireProtocols.registry().ids()));
    }

    @Test
    void aProtocolForAnotherKindOfDeviceIsRefused() {
        BenchConfigException e = assertThrows(BenchConfigException.class,
                () -> WireSimulator.start(bench("qontrol"), WireOptions.ephemeral()));
        assertEquals("device 'pd' is a detector but wire protocol 'qontrol' serves dac devices", e.getMessage());
    }
}
