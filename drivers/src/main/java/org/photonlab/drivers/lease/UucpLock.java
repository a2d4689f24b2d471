package org.photonlab.drivers.lease;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.photonlab.hal.lease.LeaseHolder;
import org.photonlab.hal.lease.LeaseRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The UUCP lock-file convention for serial ports, which other serial programs (minicom, picocom, ModemManager)
 * honour: {@code <lock dir>/LCK..<name>} holding the owner's pid as ten ASCII digits and a newline. Taken after the
 * {@link HostLock} (so PhotonLab processes never race for it); a file whose pid is no longer running is stale and
 * replaced; one held by a live process refuses the port naming that pid. Removed on close; after a kill -9 it stays
 * behind, stale, and the next opener replaces it.
 */
public final class UucpLock implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(UucpLock.class);
    private final Path file;
    private final long pid;

    private UucpLock(Path file, long pid) {
        this.file = file;
        this.pid = pid;
    }

    /** Takes {@code LCK..<target.uucpName()>} in {@code dir}. */
    public static UucpLock acquire(String device, LockTarget target, LeaseHolder holder, Path dir) {
        Path file = dir.resolve("LCK.." + target.uucpName());
        byte[] content = String.format("%10d%n", holder.pid()).getBytes(StandardCharsets.US_ASCII);
        for (int attempt = 0; ; attempt++) {
            try {
                Files.write(file, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                return new UucpLock(file, holder.pid());
            } catch (FileAlreadyExistsException e) {
                long other = pidIn(file);
                boolean alive = other > 0 && ProcessHandle.of(other).map(ProcessHandle::isAlive).orElse(false);
                if (alive && other != holder.pid()) {
                    throw new LeaseRefusedException(device, target.where(), new LeaseHolder(other, holder.host(),
                            "a serial program (UUCP lock)", since(file)), "UUCP lock file " + file);
                }
                if (attempt > 0) {
                    throw new LeaseRefusedException(device, target.where(), null, "UUCP lock file " + file
                            + " that cannot be replaced");
                }
                LOG.info("{}: removing the stale UUCP lock {} (pid {} is not running)", device, file, other);
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ex) {
                    throw new LeaseRefusedException(device, target.where(), null, "stale UUCP lock file " + file
                            + " that cannot be removed: " + ex.getMessage());
                }
            } catch (IOException e) {
                // a lock directory where this user may not create files: the host lock still protects PhotonLab
                LOG.warn("{}: cannot create the UUCP lock {}: {}", device, file, e.getMessage());
                return new UucpLock(null, holder.pid());
            }
        }
    }

    private static long pidIn(Path file) {
        try {
            return Long.parseLong(Files.readString(file, StandardCharsets.US_ASCII).trim());
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    private static Instant since(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    /** Removes the lock file if it is still this process's. Idempotent. */
    @Override
    public void close() {
        if (file != null && pidIn(file) == pid) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warn("cannot remove the UUCP lock {}: {}", file, e.getMessage());
            }
        }
    }
}
