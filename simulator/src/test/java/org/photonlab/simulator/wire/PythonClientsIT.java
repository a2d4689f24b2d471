package org.photonlab.simulator.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Independent clients against the wire simulator: pyvisa with the pyvisa-py backend (Debian packages
 * python3-pyvisa, python3-pyvisa-py) over TCP, and a pyserial client following the Qontrol vendor library's rules
 * over a pty. Skipped with a message when Debian's python3 lacks those packages, unless
 * {@code PHOTONLAB_REQUIRE_PYTHON_CLIENTS=1} (CI installs them) turns the skip into a failure.
 */
class PythonClientsIT {
    private static final String PYTHON = "/usr/bin/python3";
    /** Seconds the vendor-style client waits for a reply (the vendor library: 0.1). */
    private static final String REPLY_TIMEOUT_S = "5";
    /** Seconds of silence that end a multi-line reply for that client (the vendor library: 0.05). */
    private static final String QUIET_S = "0.5";

    private static void requireModules(String... modules) {
        List<String> cmd = new ArrayList<>(List.of(PYTHON, "-c", "import " + String.join(", ", modules)));
        boolean ok;
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            ok = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            ok = false;
        }
        if (ok) {
            return;
        }
        String msg = PYTHON + " cannot import " + String.join(", ", modules)
                + " (apt-get install python3-pyvisa python3-pyvisa-py python3-serial)";
        if ("1".equals(System.getenv("PHOTONLAB_REQUIRE_PYTHON_CLIENTS"))) {
            fail(msg + "; PHOTONLAB_REQUIRE_PYTHON_CLIENTS=1 forbids skipping");
        }
        Assumptions.abort(msg);
    }

    private static String run(String script, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(PYTHON, Path.of("src/test/resources/wire/python", script)
                .toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(script + " did not finish within 60 s");
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), script + " failed: " + out);
        return out;
    }

    @Test
    void pyvisaOverTcpStaysInStep() throws Exception {
        requireModules("pyvisa", "pyvisa_py");
        try (WireSimulator sim = WireSimulator.start(DemoBench.description(), WireOptions.ephemeral())) {
            Endpoint pm = sim.endpoints().stream().filter(e -> e.protocol().equals("scpi")).findFirst()
                    .orElseThrow();
            run("visa_client.py", pm.tcp().getHostString(), Integer.toString(pm.tcp().getPort()), "8");
        }
    }

    @Test
    void vendorStyleSerialClientOverPtySetsReadsAndIsRefused() throws Exception {
        Socat.require();
        requireModules("serial");
        Path dir = Files.createTempDirectory("photonlab-pty");
        try (WireSimulator sim = WireSimulator.start(DemoBench.description(),
                WireOptions.ephemeral().withPty(dir))) {
            for (String dac : List.of("mesh_dac", "modulators")) {
                Endpoint e = sim.endpoints().stream().filter(x -> x.device().equals(dac)).findFirst().orElseThrow();
                // the vendor's 100 ms reply deadline and 50 ms quiet gap are taken for a silent device when a loaded
                // machine stalls the simulator or socat; the client still fails a device that never answers, and
                // prints its slowest reply against the vendor's 100 ms
                String out = run("qontrol_client.py", e.pty().toString(), sim.chain(dac).identity(0),
                        "--reply-timeout", REPLY_TIMEOUT_S, "--quiet", QUIET_S);
                assertTrue(out.contains("qontrol client: OK"), out);
                System.out.print(dac + ": " + out);
            }
        }
    }
}
