package org.photonlab.drivers.toy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.photonlab.drivers.DriverProtocol;
import org.photonlab.drivers.DriverProvider;
import org.photonlab.drivers.link.PipeLink;
import org.photonlab.hal.ProviderNotFoundException;
import org.photonlab.hal.bench.Bench;
import org.photonlab.hal.bench.BenchDescription;
import org.photonlab.hal.bench.DeviceSpec;
import org.photonlab.hal.dac.ChannelLimits;
import org.photonlab.hal.dac.DacResolution;
import org.photonlab.hal.spi.OptionSet;
import org.photonlab.hal.spi.BackendProvider;
import org.photonlab.protocols.line.PipePeer;

/** A protocol listed only in the test resources is found by id and drives a bench, with no main code touched. */
class ToyProtocolRegistrationTest {
    private static final DacResolution DAC = new DacResolution(16, 10, DacResolution.Transfer.VOLTAGE);

    /** The device end of the pipe: collects every line the host sends. */
    private static final class Recorder implements PipePeer {
        final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

        @Override
        public Connection accept(Consumer<byte[]> toHost, Runnable hangUp) {
            return new Connection() {
                @Override
                public void receive(byte[] bytes) {
                    for (String l : new String(bytes, StandardCharsets.ISO_8859_1).split("\n")) {
                        lines.add(l);
                    }
                }

                @Override
                public void close() {
                }
            };
        }

        @Override
        public String name() {
            return "toy";
        }
    }

    @Test
    void aProtocolListedInTestResourcesIsFoundByIdBesideTheShippedOnes() {
        assertEquals(List.of("qontrol", "scpi", "toy"), List.copyOf(DriverProtocol.registry().ids()));
    }

    @Test
    void aBackendOverTheToyProtocolDrivesABenchThroughItsLink() throws InterruptedException {
        Recorder device = new Recorder();
        BackendProvider toyPipe = new DriverProvider("toy-pipe", "toy", d -> () -> new PipeLink(device),
                OptionSet.NONE) {
        };
        BenchDescription desc = BenchDescription.builder("toy")
                .device(DeviceSpec.dac("d", "toy-pipe", 2, new ChannelLimits(0, 5, 1, 1000), DAC, Map.of()))
                .build();
        try (Bench bench = Bench.open(desc, List.of(toyPipe))) {
            assertEquals("SET 0 0.0", device.lines.poll(10, TimeUnit.SECONDS), "safe state on open");
            assertEquals("SET 1 0.0", device.lines.poll(10, TimeUnit.SECONDS));
            double applied = bench.dac("d").set(1, 2.5);
            assertEquals("SET 1 " + applied, device.lines.poll(10, TimeUnit.SECONDS));
            assertEquals(applied, bench.dac("d").read(1));
        }
    }

    @Test
    void aBackendNamingAnUnlistedProtocolFailsWithTheOneNotFoundError() {
        BackendProvider nowhere = new DriverProvider("nowhere-pipe", "nowhere", d -> () -> {
            throw new AssertionError("no link is opened for an unknown protocol");
        }, OptionSet.NONE) {
        };
        BenchDescription desc = BenchDescription.builder("none")
                .device(DeviceSpec.dac("d", "nowhere-pipe", 1, new ChannelLimits(0, 5, 1, 1000), DAC, Map.of()))
                .build();
        ProviderNotFoundException e = assertThrows(ProviderNotFoundException.class,
                () -> Bench.open(desc, List.of(nowhere)));
        assertEquals("no driver protocol 'nowhere' is available; expected one of [qontrol, scpi, toy]",
                e.getMessage());
        assertTrue(e.id().equals("nowhere"));
    }
}
