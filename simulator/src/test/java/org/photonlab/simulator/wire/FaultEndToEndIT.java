package org.photonlab.simulator.wire;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.photonlab.drivers.qontrol.QontrolDac;
import org.photonlab.drivers.scpi.ScpiDetector;
import org.photonlab.hal.bench.Bench;
import org.photonlab.hal.bench.BenchDescription;
import org.photonlab.hal.bench.DeviceKind;
import org.photonlab.hal.bench.DeviceSpec;

/**
 * End to end with injected faults: the core workload over the wire, with seeded faults in the devices' replies,
 * still gives exactly the in-process record, because every driver request is idempotent and is retried after
 * resynchronisation or reconnection (and setpoints lost in a power cycle are reconciled by read-back first).
 */
class FaultEndToEndIT {
    private static final int ROUNDS = 30;
    private static List<double[]> expected;

    @BeforeAll
    static void reference() {
        try (Bench reference = Bench.open(Benches.inProcess(DemoBench.description()))) {
            expected = CoreWorkload.run(reference, HalContract.SEED, ROUNDS, 3);
        }
    }

    private static List<double[]> runOver(WireSimulator sim, ClientBench.Transport t, Map<String, Object> client,
                                          long[] handled) {
        try (Bench bench = Bench.open(ClientBench.of(sim, t, client))) {
            List<double[]> actual = CoreWorkload.run(bench, HalContract.SEED, ROUNDS, 3);
            for (DeviceSpec d : bench.description().devices().values()) {
                if (d.kind() == DeviceKind.DAC) {
                    handled[0] += ((QontrolDac) bench.backendOf(d.name()).dac(d.name()).orElseThrow()).conversation()
                            .faultsHandled();
                } else if (d.kind() == DeviceKind.DETECTOR) {
                    handled[0] += ((ScpiDetector) bench.backendOf(d.name()).detector(d.name()).orElseThrow())
                            .conversation().faultsHandled();
                }
            }
            return actual;
        }
    }

    private static int injected(WireSimulator sim) {
        int n = 0;
        for (Endpoint e : sim.endpoints()) {
            n += sim.device(e.device()).faults().total();
        }
        return n;
    }

    private static BenchDescription faulty(double rate, long seed, String kinds) {
        return Benches.withOptions(DemoBench.description(), Map.of("sim_fault_rate", rate, "sim_fault_seed", seed,
                "sim_faults", kinds, "sim_fault_delay_ms", 150));
    }

    @Test
    void tcpWithOnePercentFaultsMatchesInProcessExactly() {
        long[] handled = {0};
        try (WireSimulator sim = WireSimulator.start(faulty(0.01, 31, all()), WireOptions.ephemeral())) {
            List<double[]> actual = runOver(sim, ClientBench.Transport.TCP, Map.of("timeout_ms", 100), handled);
            HalContract.assertRecordsEqual(expected, actual);
            assertTrue(injected(sim) > 0, "no fault was injected; choose another seed");
            assertTrue(handled[0] > 0, "faults were injected but the drivers report none handled");
        }
    }

    @Test
    void ptyWithOnePercentFaultsMatchesInProcessExactly() throws IOException {
        Socat.require();
        Path dir = Files.createTempDirectory("photonlab-pty");
        long[] handled = {0};
        try (WireSimulator sim = WireSimulator.start(faulty(0.01, 12, all()),
                WireOptions.ephemeral().withPty(dir))) {
            List<double[]> actual = runOver(sim, ClientBench.Transport.PTY_JSERIALCOMM, Map.of("timeout_ms", 150),
                    handled);
            HalContract.assertRecordsEqual(expected, actual);
            assertTrue(injected(sim) > 0, "no fault was injected; choose another seed");
        }
    }

    @Test
    void ptyWithJsscAndOnePercentFaultsMatchesInProcessExactly() throws IOException {
        Socat.require();
        Path dir = Files.createTempDirectory("photonlab-pty");
        long[] handled = {0};
        try (WireSimulator sim = WireSimulator.start(faulty(0.01, 13, all()),
                WireOptions.ephemeral().withPty(dir))) {
            List<double[]> actual = runOver(sim, ClientBench.Transport.PTY_JSSC, Map.of("timeout_ms", 150),
                    handled);
            HalContract.assertRecordsEqual(expected, actual);
            assertTrue(injected(sim) > 0, "no fault was injected; choose another seed");
        }
    }

    @ParameterizedTest
    @EnumSource(FaultKind.class)
    void everyFaultKindIsRecoveredFromOverTcp(FaultKind kind) {
        long[] handled = {0};
        try (WireSimulator sim = WireSimulator.start(faulty(0.03, 5, kind.yamlName()), WireOptions.ephemeral())) {
            List<double[]> actual = runOver(sim, ClientBench.Transport.TCP, Map.of("timeout_ms", 100), handled);
            HalContract.assertRecordsEqual(expected, actual);
            int n = 0;
            for (Endpoint e : sim.endpoints()) {
                n += sim.device(e.device()).faults().injected().getOrDefault(kind, 0);
            }
            assertTrue(n > 0, kind + " was never injected; choose another seed");
        }
    }

    private static String all() {
        StringBuilder b = new StringBuilder();
        for (FaultKind k : FaultKind.values()) {
            b.append(b.length() == 0 ? "" : ",").append(k.yamlName());
        }
        return b.toString();
    }
}
