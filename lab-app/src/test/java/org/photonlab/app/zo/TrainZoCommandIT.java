package org.photonlab.app.zo;

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
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.photonlab.app.Main;
import picocli.CommandLine;

/** The command line's contract for bad input (one-line error, non-zero exit, no stack trace) and for a good run. */
class TrainZoCommandIT {
    @TempDir
    static Path cache;

    @TempDir
    Path tmp;

    @BeforeAll
    static void isolatedCache() {
        System.setProperty("photonlab.cache", cache.toString());
    }

    record Result(int exit, String out, String err) {
        List<String> errLines() {
            return err.isBlank() ? List.of() : List.of(err.strip().split("\n"));
        }
    }

    private static Result run(String... args) {
        StringWriter err = new StringWriter();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(progress, true, StandardCharsets.UTF_8));
            CommandLine cl = Main.newCommandLine();
            cl.setErr(new PrintWriter(err, true));
            int exit = cl.execute(args);
            return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private static void assertOneLineError(Result r, int exit, String... fragments) {
        assertEquals(exit, r.exit(), r.toString());
        assertEquals(1, r.errLines().size(), "exactly one error line: " + r.err());
        String line = r.errLines().get(0);
        assertTrue(line.startsWith("photonlab: "), line);
        for (String f : fragments) {
            assertTrue(line.contains(f), "'" + line + "' should mention '" + f + "'");
        }
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    }

    private static Path resource(String name) throws Exception {
        return Path.of(TrainZoCommandIT.class.getResource("/benches/" + name).toURI());
    }

    @Test
    void unknownMethodIsAUsageError() {
        assertOneLineError(run("train", "zo", "--method", "adam"), Main.EXIT_USAGE, "--method 'adam'", "mixedtrn",
                "flops");
    }

    @Test
    void unknownDatasetIsAUsageError() {
        assertOneLineError(run("train", "zo", "--dataset", "cifar"), Main.EXIT_USAGE, "--dataset 'cifar'",
                "mnist16");
    }

    @Test
    void unknownModelIsAUsageError() {
        assertOneLineError(run("train", "zo", "--model", "resnet"), Main.EXIT_USAGE, "--model 'resnet'");
    }

    @Test
    void nonNumericOptionIsAUsageError() {
        assertOneLineError(run("train", "zo", "--epochs", "many"), Main.EXIT_USAGE, "--epochs", "many");
        assertOneLineError(run("train", "zo", "--seed", "1.5"), Main.EXIT_USAGE, "--seed");
    }

    @Test
    void outOfRangeOptionIsAUsageError() {
        assertOneLineError(run("train", "zo", "--epochs", "0"), Main.EXIT_USAGE, "--epochs");
        assertOneLineError(run("train", "zo", "--alpha-p", "1.5"), Main.EXIT_USAGE, "--alpha-p");
    }

    @Test
    void eachJobShowsItsOwnDefaultsOfTheSharedOptions() {
        Result zo = run("train", "zo", "--help");
        assertEquals(0, zo.exit());
        assertTrue(zo.out().contains("training epochs (default: 1)"), zo.out());
        assertTrue(zo.out().contains("run (default: 1)"), "--seed: " + zo.out());
        Result dfa = run("train", "dfa", "--help");
        assertTrue(dfa.out().contains("training epochs (default: 15)"), dfa.out());
        assertTrue(dfa.out().contains("run (default: 0)"), "--seed: " + dfa.out());
        assertOneLineError(run("train", "dfa", "--epochs", "1001"), Main.EXIT_USAGE, "--epochs must be in 1..1000");
    }

    @Test
    void missingBenchFileIsAUsageErrorAsForDfa() {
        Path missing = tmp.resolve("nope.yaml");
        assertOneLineError(run("train", "zo", "--model", "mlp", "--dataset", "iris", "--bench", missing.toString(),
                "--quiet"), Main.EXIT_USAGE, "--bench", "nope.yaml", "does not exist");
    }

    @Test
    void malformedBenchFileIsALabError() throws Exception {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, "name: x\ndevices: [unclosed\n");
        assertOneLineError(run("train", "zo", "--model", "mlp", "--dataset", "iris", "--bench", bad.toString(),
                "--quiet"), Main.EXIT_LAB_ERROR, "bad.yaml", "not valid YAML");
        Files.writeString(bad, "name: x\ndevices:\n  d:\n    kind: dac\n    backend: sim\n    chanels: 3\n");
        assertOneLineError(run("train", "zo", "--model", "mlp", "--dataset", "iris", "--bench", bad.toString(),
                "--quiet"), Main.EXIT_LAB_ERROR, "unknown key 'chanels'");
    }

    @Test
    void channelLimitViolatedByThePlanIsRefusedWithNothingWritten() throws Exception {
        Path out = tmp.resolve("run");
        Result r = run("train", "zo", "--model", "mlp", "--dataset", "iris", "--bench",
                resource("low-limit.yaml").toString(), "--out", out.toString(), "--quiet");
        assertOneLineError(r, Main.EXIT_LAB_ERROR, "refused", "mesh_dac[", "max_v 3.0 V", "nothing was written");
        assertFalse(Files.exists(out), "no run record for a run that never started");
    }

    @Test
    void nonEmptyOutputDirectoryIsRefusedBeforeAnyWork() throws Exception {
        Files.writeString(tmp.resolve("keep.txt"), "earlier run");
        assertOneLineError(run("train", "zo", "--out", tmp.toString(), "--quiet"), Main.EXIT_LAB_ERROR,
                "not empty");
        assertEquals("earlier run", Files.readString(tmp.resolve("keep.txt")));
    }

    @Test
    void aShortRunWritesItsRecordAndEndsWithTheJsonSummary() throws Exception {
        Path out = tmp.resolve("iris-run");
        Result r = run("train", "zo", "--model", "mlp", "--dataset", "iris", "--bench",
                resource("sim-4core.yaml").toString(), "--epochs", "2", "--seed", "3", "--out", out.toString(),
                "--json", "--quiet");
        assertEquals(0, r.exit(), r.err());
        String[] lines = r.out().strip().split("\n");
        JsonNode s = new ObjectMapper().readTree(lines[lines.length - 1]);
        for (String key : List.of("method", "model", "dataset", "backend", "seed", "epochs", "queries", "wall_s",
                "acc_ideal", "acc_deployed", "acc_final", "power_deployed_w", "power_final_w", "active_phases",
                "total_phases")) {
            assertTrue(s.has(key), "summary has " + key + ": " + s);
        }
        List<String> keys = new java.util.ArrayList<>();
        s.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("method", "model", "dataset", "backend", "simulated", "bench", "seed", "epochs", "queries",
                "queries_to_95pct_ideal", "wall_s", "train_loop_s", "acc_ideal", "acc_deployed", "acc_final",
                "power_deployed_w", "power_final_w", "power_final_all_heaters_w", "active_phases", "total_phases", "cores_used",
                "reprograms", "bench_time_s", "bench_link_s", "bench_settle_s", "bench_acquisition_s", "writes", "acquisitions",
                "run_dir"), keys, "the summary's keys and their order, as scripts read them");
        assertEquals("mixedtrn", s.get("method").asText());
        assertEquals("sim", s.get("backend").asText());
        assertEquals(2, s.get("epochs").asInt());
        double loop = s.get("train_loop_s").asDouble();
        assertTrue(loop > 0 && loop < s.get("wall_s").asDouble(), "the ZO loop is part of the command's wall: " + s);
        assertTrue(s.get("queries").asLong() > 0);
        assertTrue(s.get("active_phases").asInt() < s.get("total_phases").asInt());
        assertTrue(Files.exists(out.resolve("config.json")));
        assertTrue(Files.exists(out.resolve("summary.json")));
        List<String> csv = Files.readAllLines(out.resolve("epochs.csv"));
        assertEquals("epoch,queries,loss,acc_test,power_w,bench_time_s,writes,acquisitions", csv.get(0));
        assertEquals(3, csv.size(), "header + one line per epoch: " + csv);
        String[] last = csv.get(2).split(",");
        assertEquals(s.get("acc_final").asDouble(), Double.parseDouble(last[3]), "the last row is the final accuracy");
        assertEquals(s.get("queries").asLong(), Long.parseLong(last[1]));
        double bench = s.get("bench_time_s").asDouble();
        assertEquals(bench, s.get("bench_link_s").asDouble() + s.get("bench_settle_s").asDouble()
                + s.get("bench_acquisition_s").asDouble(), 1e-5, "the breakdown adds up: " + s);
        assertTrue(bench > s.get("wall_s").asDouble(), "a simulated bench runs faster than the hardware: " + s);
        assertTrue(s.get("writes").asLong() > 0 && s.get("acquisitions").asLong() > 0, s.toString());
        double lastEpoch = Double.parseDouble(last[5]);
        assertTrue(lastEpoch > Double.parseDouble(csv.get(1).split(",")[5]) && lastEpoch <= bench,
                "bench time in the CSV grows epoch by epoch up to the session's: " + csv);
        assertEquals(out.toAbsolutePath().toString(), s.get("run_dir").asText(), "run_dir is absolute");
        JsonNode config = new ObjectMapper().readTree(out.resolve("config.json").toFile());
        assertEquals("mixedtrn", config.get("method").asText());
        assertTrue(config.get("optimizer").asText().startsWith("MixedTrainConfig["), config.toString());

        Result again = run("train", "zo", "--model", "mlp", "--dataset", "iris", "--bench",
                resource("sim-4core.yaml").toString(), "--epochs", "2", "--seed", "3", "--out",
                tmp.resolve("again").toString(), "--json", "--quiet");
        JsonNode s2 = new ObjectMapper().readTree(again.out().strip().substring(again.out().strip().lastIndexOf('\n') + 1));
        assertEquals(s.get("acc_final").asDouble(), s2.get("acc_final").asDouble(), "same seed, same result");
        assertEquals(s.get("queries").asLong(), s2.get("queries").asLong(), "same seed, same result");
        assertEquals(s.get("bench_time_s").asDouble(), s2.get("bench_time_s").asDouble(),
                "virtual bench time is deterministic");
        assertEquals(s.get("writes").asLong(), s2.get("writes").asLong());
    }

    @Test
    void aOneCoreBenchTimeMultiplexesTheModelAndReportsItsReprograms() throws Exception {
        Result r = run("train", "zo", "--model", "mlp", "--dataset", "iris", "--bench",
                resource("one-core-9x9.yaml").toString(), "--epochs", "1", "--seed", "3", "--out",
                tmp.resolve("one-core").toString(), "--json", "--quiet");
        assertEquals(0, r.exit(), r.err());
        JsonNode s = new ObjectMapper().readTree(r.out().strip().substring(r.out().strip().lastIndexOf('\n') + 1));
        assertEquals(1, s.get("cores_used").asInt());
        assertTrue(s.get("reprograms").asLong() > s.get("queries").asLong(),
                "every query writes at least one block onto the one core: " + s);
        assertTrue(r.out().contains("time-multiplexed"), r.out());
    }

    @Test
    void aUnitaryMeshBenchRunsEveryBlockAsTwoPassesOnItsOneMesh() throws Exception {
        Result r = run("train", "zo", "--model", "mlp", "--dataset", "iris", "--bench",
                resource("unitary-8x8.yaml").toString(), "--epochs", "1", "--seed", "3", "--out",
                tmp.resolve("mesh").toString(), "--json", "--quiet");
        assertEquals(0, r.exit(), r.err());
        JsonNode s = new ObjectMapper().readTree(r.out().strip().substring(r.out().strip().lastIndexOf('\n') + 1));
        assertEquals("unitary-8x8", s.get("bench").asText());
        assertEquals(1, s.get("cores_used").asInt());
        assertTrue(s.get("reprograms").asLong() > 0, s.toString());
        assertTrue(s.get("acc_final").asDouble() > 0.5, "the mlp still classifies iris on the mesh: " + s);
    }
}
