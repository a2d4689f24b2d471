package org.photonlab.simulator.opu.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An independent client in another language drives the projector server: {@code client_check.py} speaks slmsuite's
 * remote protocol with Python's standard library only (one connection per request, quote_plus JSON, zlib/base64
 * arrays) and checks ping, metadata, pattern in / image out that depends on the pattern, exposure, bursts, flush and
 * refusals. Skipped with a message where no python3 exists, unless {@code PHOTONLAB_REQUIRE_PYTHON_CLIENTS=1}.
 */
class SlmsuiteStyleClientIT {
    @TempDir
    Path tmp;

    @Test
    void aStandardLibraryPythonClientPassesEveryCheck() throws Exception {
        String python = python();
        Path script = tmp.resolve("client_check.py");
        try (var in = getClass().getResourceAsStream("/wire/slmsuite/client_check.py")) {
            Files.copy(in, script);
        }
        try (SlmsuiteServer server = SlmsuiteServer.start(ServerOptions.defaults().withPort(0).withSeed(3))) {
            Process p = new ProcessBuilder(python, script.toString(), "127.0.0.1", Integer.toString(server.port()))
                    .redirectErrorStream(true).start();
            boolean done = p.waitFor(60, TimeUnit.SECONDS);
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!done) {
                p.destroyForcibly();
                fail("the Python client did not finish within 60 s: " + out);
            }
            assertEquals(0, p.exitValue(), out);
            assertTrue(out.contains("all checks passed"), out);
        }
    }

    private static String python() {
        for (String candidate : new String[] {"/usr/bin/python3", "python3"}) {
            try {
                Process p = new ProcessBuilder(candidate, "--version").redirectErrorStream(true).start();
                if (p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return candidate;
                }
            } catch (IOException | InterruptedException e) {
                // try the next one
            }
        }
        String msg = "no python3 on this machine, so the independent slmsuite-style client cannot run";
        if ("1".equals(System.getenv("PHOTONLAB_REQUIRE_PYTHON_CLIENTS"))) {
            fail(msg + "; PHOTONLAB_REQUIRE_PYTHON_CLIENTS=1 forbids skipping it");
        }
        Assumptions.abort(msg);
        return null;
    }
}
