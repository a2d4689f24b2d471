package org.photonlab.app.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.photonlab.simulator.wire.ClientBench;
import org.photonlab.simulator.wire.WireOptions;
import org.photonlab.simulator.wire.WireSimulator;
import picocli.CommandLine;

/**
 * Adversarial suite, family "failure paths" (issue 9.9, 9.10, 9.15), end to end through a child {@code photonlab}
 * JVM and real parts: a file-size limit on the child (the kernel then fails its writes with EFBIG, as a full disk
 * fails them with ENOSPC; no privileges needed), loopback wire servers closed mid-run, and real SIGTERMs. Each case
 * asserts the exit code, that standard error carries one {@code photonlab:} line and no stack trace, and what the
 * run record kept.
 */
class RunFailurePathsIT {
    /** {@code reconnect_s} of the served benches, s. */
    private static final int BUDGET_S = 2;
    /** JVM exit, the last connection attempts and request deadlines on a loaded 2-core machine, s. */
    private static final int MARGIN_S = 10;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path cache;

    @TempDir
    Path tmp;

    @BeforeAll
    static void isolatedCache() {
        System.setProperty("photonlab.cache", cache.toString());
    }

    private static String[] zo(int epochs, Path out, String... more) {
        List<String> a = new ArrayList<>(List.of("train", "zo", "--model", "mlp", "--dataset", "iris", "--epochs",
                Integer.toString(epochs), "--seed", "3", "--quiet", "--out", out.toString()));
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    /** A child JVM running {@code photonlab args}, optionally under {@code prefix} (e.g. prlimit). */
    private Process child(Path log, List<String> prefix, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(prefix);
        cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:-UsePerfData", "-Dphotonlab.cache=" + cache, "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(log.toFile()).start();
    }

    /** The lines photonlab itself printed (log lines carry a level), and that there is no stack trace. */
    private static List<String> photonlabLines(Path log) throws Exception {
        List<String> all = Files.readAllLines(log);
        List<String> ours = new ArrayList<>();
        for (String l : all) {
            assertFalse(l.startsWith("\tat ") || l.startsWith("Caused by"), "a stack trace: " + all);
            if (l.startsWith("photonlab: ")) {
                ours.add(l);
            }
        }
        return ours;
    }

    private static JsonNode stop(Path run) throws Exception {
        assertFalse(Files.exists(run.resolve("summary.json")), "a stopped run has no summary");
        return JSON.readTree(run.resolve("stop.json").toFile());
    }

    private static int exitWithin(Process p, int seconds) throws Exception {
        try {
            assertTrue(p.waitFor(seconds, TimeUnit.SECONDS), "photonlab did not end within " + seconds + " s");
            return p.exitValue();
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    void aWriteFailingRunRecordEndsInOneLineKeepsTheEarlierRowsAndSaysWhereItStopped() throws Exception {
        // the reference run (in this JVM) also fills the pre-training cache the limited child reads
        Path ref = tmp.resolve("ref");
        StringWriter err = new StringWriter();
        PrintStream oldOut = System.out;
        try {
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            CommandLine cl = Main.newCommandLine();
            cl.setErr(new PrintWriter(err, true));
            assertEquals(0, cl.execute(zo(40, ref)), err.toString());
        } finally {
            System.setOut(oldOut);
        }
        List<String> rows = Files.readAllLines(ref.resolve("epochs.csv"));
        // a limit every file but a long enough epochs.csv fits under: config.json (same length of path) and the
        // short summary of a stopped run are well below it
        long limit = Files.size(ref.resolve("config.json")) + 64;
        int kept = -1; // rows after the header that fit
        long size = 0;
        for (String r : rows) {
            size += r.length() + 1;
            if (size > limit) {
                break;
            }
            kept++;
        }
        assertTrue(kept >= 1 && kept + 1 < rows.size() - 1, "the limit must cut the run: " + kept + " rows fit");

        Path cut = tmp.resolve("cut");
        Path log = tmp.resolve("cut.log");
        int rc = exitWithin(child(log, List.of("prlimit", "--fsize=" + limit, "--"), zo(40, cut)), 120);
        List<String> lines = photonlabLines(log);
        assertEquals(1, rc, "exit code; stderr: " + Files.readString(log));
        assertEquals(List.of("photonlab: cannot write run record " + cut.resolve("epochs.csv")
                + ": File too large; the run stopped after epoch " + (kept + 1) + ", whose row is lost; epochs.csv "
                + "keeps " + kept + " epoch(s)"), lines);
        assertEquals(rows.subList(0, kept + 1), Files.readAllLines(cut.resolve("epochs.csv")),
                "the rows written before the failure");
        JsonNode s = stop(cut);
        assertEquals("failed", s.get("stop_reason").asText());
        assertEquals(kept + 1, s.get("epoch").asInt());
        assertEquals(lines.get(0), "photonlab: " + s.get("message").asText());
    }

    private static BenchDescription served() throws Exception {
        return BenchYaml.load(Path.of(RunFailurePathsIT.class.getResource("/benches/sim-4core.yaml").toURI()));
    }

    private Path clientBench(WireSimulator sim) throws Exception {
        Path f = tmp.resolve("client.yaml");
        Files.writeString(f, BenchYamlWriter.write(ClientBench.of(sim, ClientBench.Transport.TCP,
                Map.of("reconnect_s", BUDGET_S))));
        return f;
    }

    /** Waits (bounded) until the child has trained and recorded its first epoch on the energised chip. */
    private static void awaitTraining(WireSimulator sim, Process p, Path run, Path log) throws Exception {
        Path rows = run.resolve("epochs.csv");
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while ((!Files.exists(rows) || Files.readAllLines(rows).size() < 2) && p.isAlive()
                && System.nanoTime() < end) {
            Thread.sleep(50);
        }
        assertTrue(p.isAlive(), "photonlab ended early: " + Files.readString(log));
        assertFalse(sim.chain("mesh_dac").atZero(), "training never energised the chip");
    }

    @Test
    void aServerDyingMidRunEndsTheRunWithinTheReconnectBudgetInOneLine() throws Exception {
        Path run = tmp.resolve("dead");
        Path log = tmp.resolve("dead.log");
        WireSimulator sim = WireSimulator.start(served(), WireOptions.ephemeral());
        Process p;
        try {
            p = child(log, List.of(), zo(10_000, run, "--bench", clientBench(sim).toString()));
            awaitTraining(sim, p, run, log);
        } finally {
            sim.close();
        }
        long t0 = System.nanoTime();
        int rc = exitWithin(p, BUDGET_S + MARGIN_S);
        double took = (System.nanoTime() - t0) / 1e9;
        List<String> lines = photonlabLines(log);
        assertEquals(1, rc, "exit code; stderr: " + Files.readString(log));
        assertEquals(1, lines.size(), "one error line: " + lines);
        assertTrue(lines.get(0).contains("safe state not confirmed for mesh_dac, sigma_dac, modulators"),
                lines.get(0));
        assertEquals("failed", stop(run).get("stop_reason").asText());
        assertTrue(took < BUDGET_S + MARGIN_S, "took " + took + " s");
    }

    @Test
    void sigtermWhileTheServerIsDeadEndsPromptlyAndSaysTheRunWasInterrupted() throws Exception {
        Path run = tmp.resolve("term-dead");
        Path log = tmp.resolve("term-dead.log");
        WireSimulator sim = WireSimulator.start(served(), WireOptions.ephemeral());
        Process p;
        try {
            p = child(log, List.of(), zo(10_000, run, "--bench", clientBench(sim).toString()));
            awaitTraining(sim, p, run, log);
        } finally {
            sim.close();
        }
        p.destroy(); // SIGTERM, while the trainer is reconnecting
        int rc = exitWithin(p, MARGIN_S);
        List<String> lines = photonlabLines(log);
        assertEquals(143, rc, "exit code; stderr: " + Files.readString(log));
        assertEquals(1, lines.size(), "one line: " + lines);
        assertTrue(lines.get(0).startsWith("photonlab: run interrupted in epoch "), lines.get(0));
        assertTrue(lines.get(0).contains("safe state NOT confirmed for mesh_dac, sigma_dac, modulators"),
                lines.get(0));
        JsonNode s = stop(run);
        assertEquals("interrupted", s.get("stop_reason").asText());
        assertTrue(s.get("epoch").asInt() >= 1, s.toString());
    }

    @Test
    void sigtermMidRunSaysWhereTheRunWasAndThatTheBenchIsSafe() throws Exception {
        Path run = tmp.resolve("term");
        Path log = tmp.resolve("term.log");
        try (WireSimulator sim = WireSimulator.start(served(), WireOptions.ephemeral())) {
            Process p = child(log, List.of(), zo(10_000, run, "--bench", clientBench(sim).toString()));
            awaitTraining(sim, p, run, log);
            p.destroy(); // SIGTERM
            int rc = exitWithin(p, MARGIN_S);
            List<String> lines = photonlabLines(log);
            assertEquals(143, rc, "exit code; stderr: " + Files.readString(log));
            assertEquals(1, lines.size(), "one line: " + lines);
            assertTrue(lines.get(0).matches("photonlab: run interrupted in epoch \\d+(, step \\d+ of \\d+)?; bench "
                    + "'sim-4core' put in its safe state; run record .*"), lines.get(0));
            for (String dac : new String[] {"mesh_dac", "sigma_dac", "modulators"}) {
                assertTrue(sim.chain(dac).atZero(), dac + " is still energised after SIGTERM");
            }
        }
        JsonNode s = stop(run);
        assertEquals("interrupted", s.get("stop_reason").asText());
        assertTrue(s.get("safe_state").asText().contains("put in its safe state"), s.toString());
        // every epoch before the interrupted one has its row (the interrupted one too if it had just ended)
        int epoch = s.get("epoch").asInt();
        int rows = Files.readAllLines(run.resolve("epochs.csv")).size() - 1;
        assertTrue(rows == epoch - 1 || rows == epoch, rows + " rows, interrupted in epoch " + epoch);
    }
}
