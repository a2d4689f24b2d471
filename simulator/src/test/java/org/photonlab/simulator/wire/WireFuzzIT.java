package org.photonlab.simulator.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.photonlab.hal.bench.Bench;

/**
 * Bounded protocol fuzzing of the simulator's servers: random and malformed bytes over TCP for a fixed number of
 * messages per device. The server must answer bad Qontrol lines with an error line, never crash or stop serving,
 * and leave no thread behind when closed; afterwards a driver still works.
 */
class WireFuzzIT {
    private static final long SEED = 99;
    private static final String[] FRAGMENTS = {"V", "v", "VVEC", "VMAX", "I", "IALL?", "Vall?", "nupall?", "id?",
        "=", "?", ",", ";", ":", "*IDN?", "MEAS:POW?", "(@", ")", "1:8", "SYST:ERR?", "-1", "99999", "1e308", "nan",
        "\r", "\u0000", "\u00ff", " ", "12.5", "0.000"};

    private static byte[] randomLine(Random r) {
        StringBuilder b = new StringBuilder();
        int parts = 1 + r.nextInt(6);
        for (int i = 0; i < parts; i++) {
            if (r.nextInt(4) == 0) {
                b.append((char) r.nextInt(256));
            } else {
                b.append(FRAGMENTS[r.nextInt(FRAGMENTS.length)]);
            }
        }
        String s = b.toString().replace("\n", "");
        return (s + "\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void randomBytesNeverCrashHangOrLeakAndEveryBadQontrolLineGetsAnError() throws Exception {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        Random r = new Random(SEED);
        try (WireSimulator sim = WireSimulator.start(DemoBench.description(), WireOptions.ephemeral())) {
            for (Endpoint e : sim.endpoints()) {
                try (Socket s = new Socket(e.tcp().getAddress(), e.tcp().getPort())) {
                    s.setSoTimeout(10_000); // generous: a stalled reply on a loaded machine is not a hang
                    OutputStream out = s.getOutputStream();
                    InputStream in = s.getInputStream();
                    for (int i = 0; i < 400; i++) {
                        out.write(randomLine(r));
                    }
                    byte[] huge = new byte[10000];
                    java.util.Arrays.fill(huge, (byte) 'A');
                    out.write(huge);
                    out.write('\n');
                    // a known query last: its answer proves the device is still in step after the garbage
                    String probe = e.protocol().equals("qontrol") ? "id?" : "*IDN?";
                    out.write((probe + "\n").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    String want = e.protocol().equals("qontrol") ? sim.chain(e.device()).identity(0)
                            : ((ScpiPowerMeter) sim.device(e.device()).protocol()).identity();
                    String last = readUntil(in, want);
                    assertEquals(want, last, e.device() + " (seed " + SEED + ")");
                }
            }
            // a Qontrol device answers every unparsable line with exactly one error line
            QontrolProtocol q = new QontrolProtocol(TestDevices.chain(), WireSimulator.FIRMWARE);
            for (int i = 0; i < 2000; i++) {
                String line = new String(randomLine(r), StandardCharsets.ISO_8859_1).trim();
                var reply = q.handle(line);
                if (!line.isEmpty() && org.photonlab.protocols.qontrol.QontrolCommand.parse(line) == null) {
                    assertEquals(1, reply.size(), "'" + line + "'");
                    assertTrue(reply.get(0).matches("E\\d\\d:\\d\\d"), reply.get(0));
                }
            }
            try (Bench bench = Bench.open(ClientBench.of(sim, ClientBench.Transport.TCP, Map.of()))) {
                bench.dac("mesh_dac").set(0, 1.0);
                bench.detector("detectors").read(new int[] {0});
            }
        }
        // threads of a closed simulator end shortly after close(); a loaded machine may take longer than a fixed
        // pause to schedule their exit, so wait for them (bounded): a leaked thread never ends and still fails here
        long end = System.nanoTime() + 10_000_000_000L;
        List<String> left = wireThreadsStarted(before);
        while (!left.isEmpty() && System.nanoTime() < end) {
            Thread.sleep(20);
            left = wireThreadsStarted(before);
        }
        if (!left.isEmpty()) {
            throw new AssertionError("threads left running 10 s after close: " + left);
        }
    }

    private static List<String> wireThreadsStarted(Set<Thread> before) {
        List<String> names = new ArrayList<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (!before.contains(t) && t.isAlive() && t.getName().startsWith("photonlab-wire")) {
                names.add(t.getName());
            }
        }
        return names;
    }

    private static String readUntil(InputStream in, String want) throws IOException {
        StringBuilder line = new StringBuilder();
        String last = null;
        long end = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < end) {
            int c = in.read();
            if (c < 0) {
                break;
            }
            if (c == '\n') {
                last = line.toString();
                if (last.equals(want)) {
                    return last;
                }
                line.setLength(0);
            } else {
                line.append((char) c);
            }
        }
        return last;
    }
}
