package org.photonlab.app.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.photonlab.app.Main;
import org.photonlab.hal.bench.BenchDescription;
import org.photonlab.benchfile.BenchYaml;
import org.photonlab.benchfile.BenchYamlWriter;
import org.photonlab.hal.bench.DeviceSpec;
import org.photonlab.simulator.wire.ClientBench;
import org.photonlab.simulator.wire.PtyBridge;
import org.photonlab.simulator.wire.WireOptions;
import org.photonlab.simulator.wire.WireSimulator;
import picocli.CommandLine;

/**
 * End to end through the real command line: a ZO run whose bench is served by the wire-level simulator (Qontrol and
 * SCPI over TCP or a socat pty, the same chip physics behind the wire) gives exactly the metrics of the in-process
 * run with the same seed, also with 1 % of the messages faulted; and SIGTERM of a running {@code photonlab} leaves
 * every DAC channel at 0 V.
 */
class TrainOverTheWireIT {
    private static final String[] RUN = {"train", "zo", "--model", "mlp", "--dataset", "iris", "--epochs", "1",
        "--seed", "3", "--quiet"};

    @TempDir
    static Path cache;

    @TempDir
    Path tmp;

    @BeforeAll
    static void isolatedCache() {
        System.setProperty("photonlab.cache", cache.toString());
    }

    private static BenchDescription served(Map<String, Object> extraOptions) throws Exception {
        BenchDescription src = BenchYaml.load(Path.of(TrainOverTheWireIT.class.getResource(
                "/benches/sim-4core.yaml").toURI()));
        BenchDescription.Builder b = BenchDescription.builder(src.name());
        for (DeviceSpec d : src.devices().values()) {
            Map<String, Object> o = new LinkedHashMap<>(d.options());
            o.putAll(extraOptions);
            b.device(new DeviceSpec(d.name(), d.kind(), d.backend(), d.channels(), d.limits(), d.resolution(),
                    d.safeVolts(), d.unit(), d.adc(), o));
        }
        src.cores().forEach(b::core);
        return b.physics(src.physics()).build();
    }

    private Path write(BenchDescription bench, String name) throws Exception {
        Path f = tmp.resolve(name);
        Files.writeString(f, BenchYamlWriter.write(bench));
        return f;
    }

    /** Runs {@code photonlab} in this JVM and returns the run directory's epochs.csv. */
    private List<String> train(Path bench, String runName) throws Exception {
        Path out = tmp.resolve(runName);
        String[] args = new String[RUN.length + 4];
        System.arraycopy(RUN, 0, args, 0, RUN.length);
        args[RUN.length] = "--bench";
        args[RUN.length + 1] = bench.toString();
        args[RUN.length + 2] = "--out";
        args[RUN.length + 3] = out.toString();
        StringWriter err = new StringWriter();
        PrintStream oldOut = System.out;
        try {
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            CommandLine cl = Main.newCommandLine();
            cl.setErr(new PrintWriter(err, true));
            assertEquals(0, cl.execute(args), "train over " + runName + " failed: " + err);
        } finally {
            System.setOut(oldOut);
        }
        return withoutBenchTime(Files.readAllLines(out.resolve("epochs.csv")));
    }

    /**
     * The rows without their {@code bench_time_s} column: the wire run counts the bytes its drivers really exchange
     * and waits its settles on the machine's clock, the in-process run estimates both on the simulator's clock;
     * everything else (accuracy, loss, power, queries, writes, acquisitions) must be the same.
     */
    private static List<String> withoutBenchTime(List<String> csv) {
        int col = java.util.Arrays.asList(csv.get(0).split(",")).indexOf("bench_time_s");
        List<String> out = new java.util.ArrayList<>();
        for (String line : csv) {
            List<String> cells = new java.util.ArrayList<>(java.util.Arrays.asList(line.split(",", -1)));
            cells.remove(col);
            out.add(String.join(",", cells));
        }
        return out;
    }

    private List<String> inProcess() throws Exception {
        return train(write(served(Map.of()), "in-process.yaml"), "in-process");
    }

    @Test
    void trainingOverTcpEqualsTheInProcessRun() throws Exception {
        List<String> reference = inProcess();
        try (WireSimulator sim = WireSimulator.start(served(Map.of()), WireOptions.ephemeral())) {
            Path bench = write(ClientBench.of(sim, ClientBench.Transport.TCP, Map.of()), "tcp.yaml");
            assertEquals(reference, train(bench, "tcp"));
        }
    }

    @Test
    void trainingOverTcpWithOnePercentFaultsStillEqualsTheInProcessRun() throws Exception {
        List<String> reference = inProcess();
        // the seeded faults hit the n-th message; the driver's keep-alives go out on a timer, so with the watchdog on
        // they would shift which messages are faulted from run to run (the watchdog has tests of its own: WatchdogIT)
        Map<String, Object> faults = Map.of("sim_fault_rate", 0.01, "sim_fault_seed", 5, "sim_watchdog_s", 0);
        try (WireSimulator sim = WireSimulator.start(served(faults), WireOptions.ephemeral())) {
            Path bench = write(ClientBench.of(sim, ClientBench.Transport.TCP, Map.of()), "tcp-faults.yaml");
            assertEquals(reference, train(bench, "tcp-faults"));
        }
    }

    @Test
    void trainingOverAPtyEqualsTheInProcessRun() throws Exception {
        requireSocat();
        List<String> reference = inProcess();
        try (WireSimulator sim = WireSimulator.start(served(Map.of()), WireOptions.ephemeral()
                .withPty(Files.createDirectories(tmp.resolve("ptys"))))) {
            Path bench = write(ClientBench.of(sim, ClientBench.Transport.PTY_JSERIALCOMM, Map.of()), "pty.yaml");
            assertEquals(reference, train(bench, "pty"));
        }
    }

    @Test
    void sigtermOfARunningTrainingLeavesEveryChannelAtZero() throws Exception {
        try (WireSimulator sim = WireSimulator.start(served(Map.of()), WireOptions.ephemeral())) {
            Path bench = write(ClientBench.of(sim, ClientBench.Transport.TCP, Map.of()), "tcp.yaml");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process p = new ProcessBuilder(java, "-Dphotonlab.cache=" + cache,
                    "-Dphotonlab.lockDir=" + System.getProperty("photonlab.lockDir", tmp.toString()), "-cp",
                    System.getProperty("java.class.path"), Main.class.getName(), "train", "zo", "--model", "mlp",
                    "--dataset", "iris", "--epochs", "10000", "--seed", "3", "--bench", bench.toString(), "--out",
                    tmp.resolve("killed").toString())
                    .redirectErrorStream(true).redirectOutput(tmp.resolve("killed.log").toFile()).start();
            try {
                // wait (bounded) until training has energised the chip
                long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (sim.chain("mesh_dac").atZero() && p.isAlive() && System.nanoTime() < end) {
                    Thread.sleep(50);
                }
                assertTrue(p.isAlive(), "photonlab ended early: " + Files.readString(tmp.resolve("killed.log")));
                assertFalse(sim.chain("mesh_dac").atZero(), "training never energised the chip");
                p.destroy(); // SIGTERM
                assertTrue(p.waitFor(30, TimeUnit.SECONDS), "photonlab did not exit after SIGTERM");
            } finally {
                p.destroyForcibly();
            }
            for (String dac : new String[] {"mesh_dac", "sigma_dac", "modulators"}) {
                assertTrue(sim.chain(dac).atZero(), dac + " is still energised after SIGTERM: "
                        + Files.readString(tmp.resolve("killed.log")));
            }
        }
    }

    private static void requireSocat() {
        if (PtyBridge.socatAvailable()) {
            return;
        }
        String msg = "socat is not on the PATH, so the pty training test cannot run (apt-get install socat)";
        if ("1".equals(System.getenv("PHOTONLAB_REQUIRE_SOCAT"))) {
            fail(msg + "; PHOTONLAB_REQUIRE_SOCAT=1 forbids skipping it");
        }
        org.junit.jupiter.api.Assumptions.abort(msg);
    }
}
