package org.photonlab.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.photonlab.app.Main;
import picocli.CommandLine;

/**
 * The standing set of bad bench files (issue 9: the ones that crashed, hung or loaded wrongly): each is refused by
 * {@code bench check} with exit 1 and one line that says what was wrong, with no stack trace and nothing opened.
 * Each file under {@code bad-benches/} names the expected message fragment on its first line
 * ({@code # expect: ...}); the huge, deeply nested and FIFO cases are made at test time.
 */
class BadBenchFilesTest {
    static Stream<Path> files() throws IOException, URISyntaxException {
        Path dir = Path.of(BadBenchFilesTest.class.getResource("/bad-benches").toURI());
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void everyBadBenchFileIsRefusedInOneLine(Path file) throws IOException {
        String first = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().findFirst()
                .orElseThrow();
        assertTrue(first.startsWith("# expect: "), file + " must start with '# expect: FRAGMENT'");
        assertRefused(file, first.substring("# expect: ".length()).trim());
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void deepNestingIsRefusedBeforeTheRecursiveParserRuns(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("deep.yaml");
        Files.writeString(f, "name: deep\ndevices: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n");
        assertRefused(f, "nesting is deeper than 32 levels");
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aTenMegabyteFileIsRefusedWithoutReadingIt(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("huge.yaml");
        byte[] line = "# padding padding padding padding padding padding padding padding padding padding\n"
                .getBytes(StandardCharsets.US_ASCII);
        try (var out = Files.newOutputStream(f)) {
            for (int i = 0; i < 10_000_000 / line.length + 1; i++) {
                out.write(line);
            }
        }
        assertRefused(f, "bytes; a bench file may have at most 1048576 (1 MiB)");
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aFifoIsRefusedWithoutBlocking(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("bench.yaml");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
        assertEquals(0, p.waitFor(), "mkfifo (coreutils) must work on the build machine");
        assertRefused(fifo, "is not a regular file (a directory, FIFO or device)");
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aMissingFileIsNamed(@TempDir Path dir) {
        assertRefused(dir.resolve("none.yaml"), "does not exist");
    }

    /** Runs {@code bench check --bench FILE} and asserts exit 1 with one line containing {@code fragment}. */
    private static void assertRefused(Path file, String fragment) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.newCommandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute("bench", "check", "--bench", file.toString());
        List<String> lines = err.toString().lines().filter(l -> !l.isBlank()).toList();
        assertEquals(Main.EXIT_LAB_ERROR, code, file + ": " + err);
        assertEquals(1, lines.size(), file + ": one line expected, got " + lines);
        String line = lines.get(0);
        assertTrue(line.startsWith("photonlab: "), line);
        assertTrue(line.contains(fragment), file.getFileName() + ": expected '" + fragment + "' in: " + line);
        assertFalse(line.contains("Exception") || line.contains("\tat "), line);
        assertEquals(line.indexOf(file.toString()), line.lastIndexOf(file.toString()), "doubled prefix: " + line);
        assertTrue(line.length() < 400, "a one-line message, not a dump: " + line);
        assertEquals("", out.toString(), "nothing was checked or printed for a refused file");
    }
}
