package org.photonlab.app.dfa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.photonlab.app.Main;
import org.photonlab.drivers.slmsuite.SlmsuiteProjector;
import org.photonlab.hal.LabException;
import org.photonlab.hal.projection.RandomProjector;
import org.photonlab.simulator.opu.PhysicsParams;
import org.photonlab.simulator.opu.SimulatedProjector;
import org.photonlab.simulator.opu.server.SlmsuiteServer;
import picocli.CommandLine;

/** {@code train dfa} end to end on the bundled MNIST with small networks, and its answers to bad input. */
class TrainDfaCommandIT {
    @TempDir
    Path tmp;

    record Result(int exit, String out, String err) {
        List<String> outLines() {
            return List.of(out.strip().split("\n"));
        }

        JsonNode json() throws Exception {
            List<String> l = outLines();
            return new ObjectMapper().readTree(l.get(l.size() - 1));
        }
    }

    static CommandLine commandLine() {
        return Main.newCommandLine();
    }

    static Result run(String... args) {
        StringWriter err = new StringWriter();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            CommandLine cl = commandLine();
            cl.setErr(new PrintWriter(err, true));
            return new Result(cl.execute(args), out.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void digitalDfaRunWritesItsRecordAndJsonSummary() throws Exception {
        Path out = tmp.resolve("run");
        Result r = run("train", "dfa", "--mode", "dfa", "--hidden", "32", "--epochs", "1", "--seed", "4", "--out",
                out.toString(), "--json", "--quiet");
        assertEquals(0, r.exit(), r.err());
        JsonNode s = r.json();
        for (String key : List.of("mode", "dataset", "epochs", "seed", "acc_final", "acc_test", "wall_s", "frames",
                "train_loop_s", "train_loop_s_per_epoch", "frames_per_epoch", "device_time_s_per_epoch",
                "device_time_s", "feedback_cosine", "bench_time_s", "bench_link_s", "bench_settle_s",
                "bench_acquisition_s", "writes", "acquisitions")) {
            assertTrue(s.has(key), key + " in " + s);
        }
        assertEquals(0.0, s.get("bench_time_s").asDouble(), "digital DFA uses no bench");
        assertEquals("dfa", s.get("mode").asText());
        assertEquals("mnist10k", s.get("dataset").asText());
        double loop = s.get("train_loop_s").asDouble();
        assertTrue(loop > 0 && loop < s.get("wall_s").asDouble(), "the training loop is part of the wall: " + s);
        assertEquals(loop, s.get("train_loop_s_per_epoch").asDouble(), 1e-9, "one epoch");
        assertEquals(4, s.get("seed").asLong());
        assertTrue(s.get("acc_test").asDouble() > 0.8, "one epoch of DFA on a 32-unit net: " + s);
        assertEquals(0, s.get("frames").asLong());
        assertTrue(s.get("feedback_cosine").isNull(), "digital feedback has no optical fidelity");
        assertEquals(s.get("acc_final").asDouble(), s.get("acc_test").asDouble(), "acc_test: deprecated alias");
        assertEquals(out.toAbsolutePath().toString(), s.get("run_dir").asText(), "run_dir is absolute, as for zo");
        List<String> csv = Files.readAllLines(out.resolve("epochs.csv"));
        assertEquals(2, csv.size());
        assertEquals("epoch,loss,acc_train,acc_test,alignment,frames,device_time_s,wall_s,feedback_cosine,"
                + "nonzero_error_fraction,bench_time_s", csv.get(0));
        String[] row = csv.get(1).split(",", -1);
        assertEquals(s.get("acc_final").asDouble(), Double.parseDouble(row[3]), "the last row is the final accuracy");
        assertEquals(1, row[4].split(";").length, "one alignment cosine per hidden layer");
        assertEquals("", row[8], "unknown feedback cosine is an empty cell");
        assertTrue(Files.readString(out.resolve("config.json")).contains("\"lr\" : 0.01"));
        assertEquals(s.get("acc_test").asDouble(), new ObjectMapper().readTree(out.resolve("summary.json").toFile())
                .get("acc_test").asDouble());
    }

    @Test
    void opticalDfaLearnsWithTheAnchorMethodAndFailsWithTheNaiveDifference() throws Exception {
        Result anchor = run("train", "dfa", "--hidden", "64,64", "--epochs", "2", "--out",
                tmp.resolve("anchor").toString(), "--json", "--quiet");
        assertEquals(0, anchor.exit(), anchor.err());
        JsonNode a = anchor.json();
        assertEquals("optical", a.get("mode").asText());
        assertTrue(a.get("frames").asLong() > 0 && a.get("device_time_s").asDouble() > 0, a.toString());
        assertEquals(a.get("device_time_s").asDouble(), a.get("bench_time_s").asDouble(),
                "the projector's frame-time model is the bench time");
        assertEquals(a.get("bench_time_s").asDouble(), a.get("bench_acquisition_s").asDouble());
        assertEquals(a.get("frames").asLong(), a.get("acquisitions").asLong());
        assertTrue(a.get("feedback_cosine").asDouble() > 0.8, "anchor4 feedback vs ideal: " + a);
        assertTrue(a.get("acc_test").asDouble() > 0.5, "optical DFA learns: " + a);
        Result naive = run("train", "dfa", "--linearisation", "naive", "--hidden", "64,64", "--epochs", "2",
                "--out", tmp.resolve("naive").toString(), "--json", "--quiet");
        assertEquals(0, naive.exit(), naive.err());
        JsonNode n = naive.json();
        assertTrue(Math.abs(n.get("feedback_cosine").asDouble()) < 0.3, "naive is not the linear projection: " + n);
        assertTrue(n.get("acc_test").asDouble() < 0.2, "negative control stays near chance: " + n);
    }

    @Test
    void badInputIsOneLineOnStderrWithUsageExitCode() {
        String[][] bad = {
            {"train", "dfa", "--mode", "sgd"},
            {"train", "dfa", "--epochs", "0"},
            {"train", "dfa", "--hidden", "512,0"},
            {"train", "dfa", "--linearisation", "holo"},
            {"train", "dfa", "--bench", tmp.resolve("missing.yaml").toString()},
            {"train", "dfa", "--lr", "-1"},
            {"train", "dfa", "--epochs", "two"},
        };
        for (String[] args : bad) {
            Result r = run(args);
            assertEquals(Main.EXIT_USAGE, r.exit(), String.join(" ", args) + ": " + r.err());
            List<String> lines = r.err().isBlank() ? List.of() : List.of(r.err().strip().split("\n"));
            assertEquals(1, lines.size(), String.join(" ", args) + " → " + r.err());
            assertTrue(lines.get(0).startsWith("photonlab: "), lines.get(0));
            assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        }
        Result mode = run("train", "dfa", "--mode", "sgd");
        assertTrue(mode.err().contains("bp, dfa, dfa-ternary, optical"), mode.err());
    }

    @Test
    void benchFileBindsTheProjectorByBackend() throws Exception {
        try (SlmsuiteServer server = ProjectorServeSupport.start("127.0.0.1", 0, Set.of(), 2, "dmd")) {
            assertTrue(server.endpointLine().startsWith("projector slmsuite tcp://127.0.0.1:" + server.port()),
                    server.endpointLine());
            Path file = tmp.resolve("remote.yaml");
            Files.writeString(file, "name: remote-opu\ndevices:\n  opu:\n    kind: projector\n    backend: slmsuite\n"
                    + "    options: {host: 127.0.0.1, port: " + server.port() + "}\n");
            try (ProjectorBench b = ProjectorBench.open(ProjectorBench.load(file, 0))) {
                RandomProjector p = b.projector();
                assertInstanceOf(SlmsuiteProjector.class, p);
                p.open();
                assertEquals(48, p.info().inputWidth());
            }
        }
        Path sim = tmp.resolve("sim.yaml");
        Files.writeString(sim, "name: sim-opu\ndevices:\n  opu:\n    kind: projector\n    backend: sim\n"
                + "    options: {seed: 5, noise: false}\n");
        RandomProjector closedWithBench;
        try (ProjectorBench b = ProjectorBench.open(ProjectorBench.load(sim, 0))) {
            RandomProjector p = b.projector();
            assertTrue(p.info().simulated());
            assertEquals("opu", p.info().name());
            assertEquals(5, ((SimulatedProjector) p).physics().matrixSeed(), "the file's seed wins");
            p.open();
            closedWithBench = p;
        }
        assertFalse(closedWithBench.isOpen(), "closing the bench closes its projector");
        Path unseeded = tmp.resolve("unseeded.yaml");
        Files.writeString(unseeded, "name: sim-opu\ndevices:\n  opu:\n    kind: projector\n    backend: sim\n");
        try (ProjectorBench b = ProjectorBench.open(ProjectorBench.load(unseeded, 7))) {
            assertEquals(7, ((SimulatedProjector) b.projector()).physics().matrixSeed(), "the run's seed");
        }
        try (ProjectorBench b = ProjectorBench.open(ProjectorBench.builtIn(3))) {
            SimulatedProjector p = (SimulatedProjector) b.projector();
            assertEquals(SimulatedProjector.defaultInfo("sim-opu"), p.info());
            assertEquals(PhysicsParams.defaults(3), p.physics(), "the built-in projector as before benches");
        }
        Path other = tmp.resolve("other.yaml");
        Files.writeString(other, "name: x\ndevices:\n  opu:\n    kind: projector\n    backend: lighton\n");
        LabException e = assertThrows(LabException.class,
                () -> ProjectorBench.open(ProjectorBench.load(other, 0)));
        assertTrue(e.getMessage().startsWith("no backend 'lighton' is available; expected one of ["),
                e.getMessage());
        assertTrue(e.getMessage().contains("sim") && e.getMessage().contains("slmsuite"), e.getMessage());
        assertThrows(LabException.class, () -> ProjectorServeSupport.start("0.0.0.0", 0, Set.of(), 0, "dmd"),
                "no open server without an allowlist");
    }
}
