package org.photonlab.drivers.lease;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.photonlab.hal.lease.Access;
import org.photonlab.hal.lease.LeaseHolder;
import org.photonlab.hal.lease.LeaseRefusedException;

/**
 * Host-side device locks with real files and a real second process: a second writer is refused naming the
 * holder, a TCP observer takes nothing while a serial reader is locked out too, the lock is released on close and by
 * the operating system when the holding process is killed with SIGKILL, and stale UUCP lock files are replaced.
 */
class HostLockIT {
    private static final LeaseHolder ME = new LeaseHolder(ProcessHandle.current().pid(), "here",
            "photonlab train zo --seed 2", Instant.parse("2026-01-01T10:00:00Z"));

    @TempDir
    Path dir;

    private String before;

    @BeforeEach
    void useTheTempDir() {
        before = System.getProperty(LockDirectory.PROPERTY);
        System.setProperty(LockDirectory.PROPERTY, dir.toString());
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(LockDirectory.PROPERTY);
        } else {
            System.setProperty(LockDirectory.PROPERTY, before);
        }
    }

    @Test
    void aSecondWriterOfATcpEndpointIsRefusedNamingTheHolderUntilTheFirstCloses() {
        LockTarget t = LockTarget.tcp("localhost", 10001);
        LockTarget same = LockTarget.tcp("127.0.0.1", 10001);
        LeaseHolder other = new LeaseHolder(ME.pid(), "here", "photonlab dac set", Instant.now());
        try (DeviceLock first = DeviceLock.acquire("mesh_dac", t, Access.writer(ME))) {
            LeaseRefusedException e = assertThrows(LeaseRefusedException.class,
                    () -> DeviceLock.acquire("mesh_dac", same, Access.writer(other)));
            assertTrue(e.getMessage().startsWith("device 'mesh_dac' (tcp 127.0.0.1:10001) already has a writer: pid "
                    + ME.pid() + " on host here, command 'photonlab train zo --seed 2', since 2026-01-01T10:00:00Z"),
                    e.getMessage());
            assertEquals(ME, e.holder());
            // an observer of a TCP endpoint takes no lock: it has a connection of its own
            DeviceLock.acquire("mesh_dac", t, Access.observer()).close();
        }
        DeviceLock.acquire("mesh_dac", same, Access.writer(other)).close();
    }

    @Test
    void aSerialPortIsLockedForReadersTooAndItsUucpFileIsWrittenAndRemoved() throws Exception {
        Path port = Files.createFile(dir.resolve("ttyFAKE0"));
        LockTarget t = LockTarget.serial(port.toString());
        Path uucp = dir.resolve("LCK.." + t.uucpName());
        try (DeviceLock first = DeviceLock.acquire("mesh_dac", t, Access.writer(ME))) {
            assertEquals(String.format("%10d%n", ME.pid()), Files.readString(uucp));
            LeaseRefusedException e = assertThrows(LeaseRefusedException.class,
                    () -> DeviceLock.acquire("mesh_dac", LockTarget.serial(port.toString()), Access.observer()));
            assertTrue(e.getMessage().contains("command 'photonlab train zo --seed 2'"), e.getMessage());
        }
        assertFalse(Files.exists(uucp), "the UUCP lock is removed on close");
    }

    @Test
    void aStaleUucpFileIsReplacedAndALiveOneRefusesThePort() throws Exception {
        Path port = Files.createFile(dir.resolve("ttyFAKE1"));
        LockTarget t = LockTarget.serial(port.toString());
        Path uucp = dir.resolve("LCK.." + t.uucpName());
        Process dead = new ProcessBuilder("true").start();
        assertTrue(dead.waitFor(10, TimeUnit.SECONDS));
        Files.writeString(uucp, String.format("%10d%n", dead.pid()));
        DeviceLock.acquire("mesh_dac", t, Access.writer(ME)).close();

        Process alive = new ProcessBuilder("sleep", "30").start();
        try {
            Files.writeString(uucp, String.format("%10d%n", alive.pid()));
            LeaseRefusedException e = assertThrows(LeaseRefusedException.class,
                    () -> DeviceLock.acquire("mesh_dac", t, Access.writer(ME)));
            assertTrue(e.getMessage().contains("pid " + alive.pid()) && e.getMessage().contains("UUCP"),
                    e.getMessage());
        } finally {
            alive.destroyForcibly();
        }
    }

    @Test
    void killingTheHoldingProcessWithSigkillReleasesTheOsLock() throws Exception {
        Path port = Files.createFile(dir.resolve("ttyFAKE2"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                LockHolderMain.class.getName(), dir.toString(), port.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8));
            assertEquals("locked", out.readLine());
            LockTarget t = LockTarget.serial(port.toString());
            LeaseRefusedException e = assertThrows(LeaseRefusedException.class,
                    () -> DeviceLock.acquire("mesh_dac", t, Access.writer(ME)));
            assertTrue(e.getMessage().contains("pid " + child.pid() + " on host child-host, command "
                    + "'lock-holder-child'"), e.getMessage());

            child.destroyForcibly(); // SIGKILL: no shutdown hook, no close
            assertTrue(child.waitFor(10, TimeUnit.SECONDS));
            DeviceLock.acquire("mesh_dac", t, Access.writer(ME)).close();
        } finally {
            child.destroyForcibly();
        }
    }
}
