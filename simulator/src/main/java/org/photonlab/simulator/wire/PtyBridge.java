package org.photonlab.simulator.wire;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.photonlab.hal.DeviceIoException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a device's TCP endpoint behind a serial pseudo-terminal with {@code socat}: a host opens {@link #path()}
 * as a serial port (jSerialComm, jssc, pyserial) and talks to the same device. socat runs with {@code raw,echo=0}
 * (no line discipline: no echo, no CR/LF translation) and connects to the device's TCP port at once. When the host
 * closes the port (EIO on the pty master) or the device drops the connection, socat exits; the bridge then starts
 * it again at the same path, so every host open after a close is a fresh connection. ({@code wait-slave} is not
 * used: with it, a driver's first request after opening the port got no reply in our tests, probably because the
 * library's open sequence ended that socat; without it, jSerialComm, jssc and pyserial all work.)
 */
public final class PtyBridge implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PtyBridge.class);

    private final String device;
    private final Path link;
    private final int port;
    private final Thread supervisor;
    private volatile Process process;
    private volatile boolean closed;
    private volatile String ptsPath = "?";

    /** Starts socat for {@code device}'s TCP {@code port}, with the pty link at {@code link}. */
    public PtyBridge(String device, Path link, int port) {
        if (!socatAvailable()) {
            throw new DeviceIoException("--pty needs socat on the PATH (apt-get install socat)");
        }
        this.device = device;
        this.link = link;
        this.port = port;
        startSocat();
        awaitLink();
        supervisor = new Thread(this::supervise, "photonlab-pty " + device);
        supervisor.setDaemon(true);
        supervisor.start();
    }

    /** Whether {@code socat} can be run here. */
    public static boolean socatAvailable() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            if (Files.isExecutable(Path.of(dir, "socat"))) {
                return true;
            }
        }
        return false;
    }

    private void startSocat() {
        try {
            // -t 0.05: exit 50 ms after the device hangs up (default 0.5 s), so the host sees the pty vanish (EIO)
            // at once instead of talking into a dead link
            Process p = new ProcessBuilder(List.of("socat", "-d", "-d", "-t", "0.05",
                    "pty,raw,echo=0,link=" + link, "tcp:127.0.0.1:" + port)).redirectErrorStream(true)
                    .start();
            process = p;
            Thread drain = new Thread(() -> drain(p), "photonlab-socat-log " + device);
            drain.setDaemon(true);
            drain.start();
        } catch (IOException e) {
            throw new DeviceIoException("cannot start socat for device '" + device + "': " + e.getMessage(), e);
        }
    }

    private void drain(Process p) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                int i = line.indexOf("PTY is ");
                if (i >= 0) {
                    ptsPath = line.substring(i + 7).trim();
                }
                LOG.debug("socat {}: {}", device, line);
            }
        } catch (IOException e) {
            // socat ended
        }
    }

    private void awaitLink() {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!Files.exists(link)) {
            if (System.nanoTime() > end || !process.isAlive()) {
                throw new DeviceIoException("socat did not create the pty link " + link + " for device '" + device
                        + "' (alive: " + process.isAlive() + ")");
            }
            sleep(5);
        }
    }

    private void supervise() {
        while (!closed) {
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                return;
            }
            if (closed) {
                return;
            }
            // the host closed the port or the device hung up: offer a fresh pty at the same path
            sleep(5);
            try {
                startSocat();
                awaitLink();
            } catch (DeviceIoException e) {
                LOG.error("{}: {}", device, e.getMessage());
                sleep(100);
            }
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The stable path hosts open (a symlink to the current {@code /dev/pts/N}). */
    public Path path() {
        return link;
    }

    /** The current {@code /dev/pts/N}, as socat reported it. */
    public String ptsPath() {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return ptsPath;
        }
    }

    @Override
    public void close() {
        closed = true;
        supervisor.interrupt();
        Process p = process;
        if (p != null) {
            p.destroy();
            try {
                if (!p.waitFor(2, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            supervisor.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
