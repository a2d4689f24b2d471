package org.photonlab.simulator.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.photonlab.hal.bench.BenchDescription;

/**
 * The simulator's write lease over real TCP connections: one holder at a time, the second refused with E13 and the
 * holder readable with {@code LEASE?}; released on {@code LEASE=0}, on disconnect, and when the holder stops
 * feeding the watchdog for its period; while held, only the holder's writes keep the heaters on.
 */
class WireLeaseIT {
    private static final String A = "pid=11;host=a;since=2026-01-01T00:00:00Z;command=photonlab train zo";
    private static final String B = "pid=22;host=b;since=2026-01-01T00:00:01Z;command=photonlab dac set";

    /** A raw line client of one device. */
    private static final class Client implements AutoCloseable {
        final Socket socket;
        final BufferedReader in;
        final OutputStream out;

        Client(InetSocketAddress at) throws IOException {
            socket = new Socket(at.getAddress(), at.getPort());
            socket.setSoTimeout(3000);
            in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            out = socket.getOutputStream();
        }

        String ask(String line) throws IOException {
            out.write((line + "\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return in.readLine();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    private static BenchDescription demo(double watchdogS) {
        return Benches.withOptions(DemoBench.description(), Map.of("sim_watchdog_s", watchdogS));
    }

    private static InetSocketAddress mesh(WireSimulator sim) {
        return sim.endpoints().stream().filter(e -> e.device().equals("mesh_dac")).findFirst().orElseThrow().tcp();
    }

    @Test
    void oneHolderAtATimeTheSecondIsRefusedAndCanReadTheHolder() throws Exception {
        try (WireSimulator sim = WireSimulator.start(demo(30), WireOptions.ephemeral());
             Client a = new Client(mesh(sim)); Client b = new Client(mesh(sim))) {
            assertEquals("none", a.ask("LEASE?"));
            assertEquals("OK", a.ask("LEASE=" + A));
            assertEquals("OK", a.ask("LEASE=" + A), "the holder renews its own lease");
            assertEquals("E13:00", b.ask("LEASE=" + B));
            assertEquals(A, b.ask("LEASE?"));
            assertEquals("OK", b.ask("V0=1.0"), "the lease is advisory: a foreign write is accepted, as on a "
                    + "real device, and left to the holder's ownership check");
            assertEquals("OK", a.ask("LEASE=0"));
            assertEquals("OK", b.ask("LEASE=" + B));
            assertEquals(B, a.ask("LEASE?"));
        }
    }

    @Test
    void theLeaseEndsWhenTheHoldersConnectionCloses() throws Exception {
        try (WireSimulator sim = WireSimulator.start(demo(30), WireOptions.ephemeral());
             Client b = new Client(mesh(sim))) {
            Client a = new Client(mesh(sim));
            assertEquals("OK", a.ask("LEASE=" + A));
            assertEquals("E13:00", b.ask("LEASE=" + B));
            a.close();
            long end = System.nanoTime() + 3_000_000_000L;
            String reply = b.ask("LEASE=" + B);
            while (!reply.equals("OK") && System.nanoTime() < end) {
                Thread.sleep(20); // the server sees the close on its event loop
                reply = b.ask("LEASE=" + B);
            }
            assertEquals("OK", reply);
        }
    }

    @Test
    void aSilentHolderLosesItsLeaseWithTheWatchdogAndOnlyTheHolderFeedsTheWatchdog() throws Exception {
        try (WireSimulator sim = WireSimulator.start(demo(0.4), WireOptions.ephemeral());
             Client a = new Client(mesh(sim)); Client b = new Client(mesh(sim))) {
            assertEquals("OK", a.ask("LEASE=" + A));
            assertEquals("OK", a.ask("V3=2.0"));
            // b keeps writing and polling, but is not the holder: the watchdog still fires on a's silence
            long end = System.nanoTime() + 5_000_000_000L;
            while (!sim.chain("mesh_dac").atZero() && System.nanoTime() < end) {
                assertEquals("OK", b.ask("V5=0.0"));
                b.ask("Vall?");
                drain(b, 55);
                Thread.sleep(20);
            }
            assertTrue(sim.chain("mesh_dac").atZero(), "the holder went silent, so its outputs ramp to 0 V");
            assertEquals("none", b.ask("LEASE?"), "the silent holder's lease expired with the watchdog");
            assertEquals("OK", b.ask("LEASE=" + B));
            assertFalse(b.ask("LEASE?").equals(A));
        }
    }

    private static void drain(Client c, int lines) throws IOException {
        for (int i = 0; i < lines; i++) {
            c.in.readLine();
        }
    }
}
