package org.photonlab.simulator.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.photonlab.drivers.qontrol.QontrolDac;
import org.photonlab.hal.BenchConfigException;
import org.photonlab.hal.bench.Bench;
import org.photonlab.hal.bench.BenchDescription;

/**
 * The device watchdog over loopback TCP: on by default; a writer killed with SIGKILL has every channel at 0 V
 * within the period plus a bounded margin while another client polls {@code Vall?}; reads never feed it; the
 * PhotonLab driver keeps an idle run's heaters on with keep-alives.
 */
class WatchdogIT {
    /** Ramp (10 × 20 ms) plus the 20 ms check tick, plus scheduling slack on a loaded two-core machine. */
    private static final long MARGIN_NANOS = 1_500_000_000L;

    private static BenchDescription withWatchdog(double seconds) {
        return Benches.withOptions(DemoBench.description(), Map.of("sim_watchdog_s", seconds));
    }

    private static String ask(Socket s, BufferedReader in, String line) throws Exception {
        s.getOutputStream().write((line + "\n").getBytes(StandardCharsets.US_ASCII));
        s.getOutputStream().flush();
        return in.readLine();
    }

    @Test
    void isOnByDefaultWithTheDocumentedPeriodAndCanBeTurnedOffOrIsRefusedWhenBad() throws Exception {
        try (WireSimulator sim = WireSimulator.start(DemoBench.description(), WireOptions.ephemeral());
             Socket s = new Socket("127.0.0.1", sim.endpoints().get(0).tcp().getPort())) {
            s.setSoTimeout(5000);
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
            assertEquals("2.000 s", ask(s, in, "WATCHDOG?"));
            assertEquals(Watchdog.DEFAULT_PERIOD_S, 2.0);
        }
        try (WireSimulator sim = WireSimulator.start(withWatchdog(0), WireOptions.ephemeral());
             Socket s = new Socket("127.0.0.1", sim.endpoints().get(0).tcp().getPort())) {
            s.setSoTimeout(5000);
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
            assertEquals("0.000 s", ask(s, in, "watchdog?"));
        }
        BenchConfigException e = assertThrows(BenchConfigException.class,
                () -> WireSimulator.start(withWatchdog(-1), WireOptions.ephemeral()).close());
        assertTrue(e.getMessage().contains("sim_watchdog_s") && e.getMessage().contains("-1"), e.getMessage());
    }

    @Test
    void aWriterKilledWithSigkillIsZeroedWithinThePeriodWhileAMonitorPolls() throws Exception {
        double period = 1.0;
        try (WireSimulator sim = WireSimulator.start(withWatchdog(period), WireOptions.ephemeral())) {
            List<String> args = new ArrayList<>();
            args.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            args.add("-cp");
            args.add(System.getProperty("java.class.path"));
            args.add(KilledWriter.class.getName());
            for (Endpoint e : sim.endpoints()) {
                if (e.protocol().equals("qontrol")) {
                    args.add(e.tcp().getPort() + ":" + sim.bench().devices().get(e.device()).channels());
                }
            }
            Process writer = new ProcessBuilder(args).redirectErrorStream(true).start();
            try (VallMonitor monitor = new VallMonitor(sim)) {
                BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(),
                        StandardCharsets.US_ASCII));
                assertEquals("written", out.readLine(), "the writer process did not write");
                // alive and feeding with keep-alives: two periods later every heater is still on
                Thread.sleep((long) (2 * period * 1000));
                assertTrue(writer.isAlive());
                assertFalse(monitor.allZero(), "a live writer's keep-alives did not hold the heaters");
                assertTrue(sim.chain("mesh_dac").volts(0) > 0.5);
                writer.destroyForcibly(); // SIGKILL: no safe state, no close by the process
                long killed = System.nanoTime();
                assertTrue(writer.waitFor(10, TimeUnit.SECONDS));
                long deadline = killed + (long) (period * 1e9) + MARGIN_NANOS;
                while (!monitor.allZero() && System.nanoTime() < deadline) {
                    Thread.sleep(5);
                }
                long took = System.nanoTime() - killed;
                assertTrue(monitor.allZero(), "channels still on " + took / 1e6 + " ms after the kill");
                assertTrue(monitor.polls() > 10, "the monitor did not poll continuously: " + monitor.polls());
            } finally {
                writer.destroyForcibly();
            }
        }
    }

    @Test
    void readsNeverFeedItNotEvenTheWritersOwn() throws Exception {
        try (WireSimulator sim = WireSimulator.start(withWatchdog(0.5), WireOptions.ephemeral());
             Socket s = new Socket("127.0.0.1", sim.endpoints().get(0).tcp().getPort())) {
            s.setSoTimeout(5000);
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
            assertEquals("OK", ask(s, in, "V0=2.0"));
            long wrote = System.nanoTime();
            int channels = sim.chain("mesh_dac").channels();
            boolean zero = false;
            while (!zero && System.nanoTime() - wrote < 500_000_000L + MARGIN_NANOS) {
                zero = true;
                List<String> all = new ArrayList<>();
                s.getOutputStream().write("Vall?\n".getBytes(StandardCharsets.US_ASCII));
                for (int i = 0; i < channels; i++) {
                    all.add(in.readLine());
                }
                zero = Double.parseDouble(all.get(0)) == 0.0;
            }
            assertTrue(zero, "the connection's own Vall? polls kept the watchdog from firing");
        }
    }

    @Test
    void thePhotonLabDriverKeepsAnIdleRunsHeatersOn() throws Exception {
        // keep-alives come every period / 4: with 1.5 s a stall of up to about a second on a loaded machine is not
        // taken for a missing keep-alive (with 0.6 s, a 450 ms stall would zero it)
        double period = 1.5;
        try (WireSimulator sim = WireSimulator.start(withWatchdog(period), WireOptions.ephemeral())) {
            Bench bench = Bench.open(ClientBench.of(sim, ClientBench.Transport.TCP, Map.of()));
            try {
                var dac = bench.dac("sigma_dac");
                double applied = dac.set(3, 1.0);
                // idle (no write) for several periods: only the driver's keep-alives feed the watchdog
                Thread.sleep((long) (3 * period * 1000));
                assertEquals(applied, sim.chain("sigma_dac").volts(3), "the watchdog zeroed an idle run's heater");
                assertTrue(((QontrolDac) bench.backendOf("sigma_dac").dac("sigma_dac").orElseThrow()).keepsAlive());
            } finally {
                bench.close();
            }
        }
    }
}
